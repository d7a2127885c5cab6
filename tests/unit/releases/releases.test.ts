import { describe, expect, it } from 'vitest';
import { parseSha256sums, sha256, sha256sums } from '../../../src/lib/releases/checksums';
import { diffCases } from '../../../src/lib/releases/diff';
import { releaseChanges, releasesIndex, type Release } from '../../../src/lib/releases/releases';

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string) => ({ path, bytes: bytes(text), sha256: sha256(text) });
const release = (date: string, cases: object[]): Release => {
  const files = [file('cases.json', JSON.stringify({ schemaVersion: 2, cases })), file('schema/cases.json', '{}')];
  return { date, files, checksums: bytes(sha256sums(files)) };
};

describe('SHA256SUMS', () => {
  it('is what sha256sum writes: hex, two spaces, path, sorted by path', () => {
    const text = sha256sums([
      { path: 'cases.json', bytes: bytes('b') },
      { path: 'cases.csv', bytes: bytes('a') },
    ]);
    expect(text).toBe(`${sha256('a')}  cases.csv\n${sha256('b')}  cases.json\n`);
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect([...parseSha256sums(text)]).toEqual([
      ['cases.csv', sha256('a')],
      ['cases.json', sha256('b')],
    ]);
  });

  it('a malformed line is an error naming the file and line', () => {
    expect(() => parseSha256sums(`${sha256('a')}  a.csv\nnot a checksum\n`, 'r/SHA256SUMS')).toThrow(
      'r/SHA256SUMS line 2: expected "<64 hex digits>  <path>", got "not a checksum"',
    );
  });
});

describe('the difference between two snapshots', () => {
  it('lists cases added and removed, and each changed field with its old and new value', () => {
    const older = [
      { id: 'a', status: 'under-appeal', amounts: [{ value: 1, currency: 'EUR' }] },
      { id: 'gone', status: 'final' },
    ];
    const newer = [
      { id: 'new', status: 'final' },
      { id: 'a', status: 'final', amounts: [{ currency: 'EUR', value: 1 }], added: '2026-12-02' },
    ];
    expect(diffCases(older, newer)).toEqual({
      added: ['new'],
      removed: ['gone'],
      changed: [
        {
          id: 'a',
          fields: [
            { field: 'added', from: null, to: '2026-12-02' },
            { field: 'status', from: 'under-appeal', to: 'final' },
          ],
        },
      ],
    });
  });
});

describe('releases', () => {
  const first = release('2026-12-02', [{ id: 'a', status: 'pending' }]);
  const second = release('2027-01-05', [
    { id: 'a', status: 'final' },
    { id: 'b', status: 'final' },
  ]);

  it('are indexed newest first, each file with its absolute URL, size and SHA-256', () => {
    const index = releasesIndex([first, second], (path) => `https://x.org${path}`);
    expect(index.releases.map((r) => r.date)).toEqual(['2027-01-05', '2026-12-02']);
    expect(index.releases[1]).toMatchObject({
      url: 'https://x.org/data/releases/2026-12-02/',
      checksums: 'https://x.org/data/releases/2026-12-02/SHA256SUMS',
      cases: 1,
    });
    expect(index.releases[1]?.files[1]).toEqual({
      path: 'schema/cases.json',
      url: 'https://x.org/data/releases/2026-12-02/schema/cases.json',
      bytes: 2,
      sha256: sha256('{}'),
    });
  });

  it('say what each release changed against the one before, and what is not released yet', () => {
    const changes = releaseChanges([second, first], [{ id: 'a', status: 'final' }]);
    expect(changes.releases.map((r) => [r.release, r.since, r.added, r.changed.map((c) => c.id)])).toEqual([
      ['2027-01-05', '2026-12-02', ['b'], ['a']],
      ['2026-12-02', null, ['a'], []],
    ]);
    expect(changes.unreleased).toEqual({ since: '2027-01-05', added: [], removed: ['b'], changed: [] });
  });
});
