import { describe, expect, it } from 'vitest';
import { sha256, sha256sums } from '../../../src/lib/releases/checksums';
import {
  releaseCases,
  releaseChanges,
  releasePath,
  releasesIndex,
  type Release,
} from '../../../src/lib/releases/releases';

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string) => ({ path, bytes: bytes(text), sha256: sha256(text) });
const release = (date: string, cases: object[]): Release => {
  const files = [file('cases.json', JSON.stringify({ schemaVersion: 2, cases })), file('schema/cases.json', '{}')];
  return { date, files, checksums: bytes(sha256sums(files)) };
};

describe('releasePath', () => {
  it('is the release folder, or a file in it', () => {
    expect(releasePath('2026-12-02')).toBe('/data/releases/2026-12-02/');
    expect(releasePath('2026-12-02', 'schema/cases.json')).toBe('/data/releases/2026-12-02/schema/cases.json');
  });
});

describe('releaseCases', () => {
  it('reads the cases of a release from its cases.json, once', () => {
    const r = release('2026-12-02', [{ id: 'a', status: 'final' }]);
    expect(releaseCases(r)).toEqual([{ id: 'a', status: 'final' }]);
    // Parsed once per release: the same array every time.
    expect(releaseCases(r)).toBe(releaseCases(r));
  });

  it('refuses a release without cases.json, naming it', () => {
    const r: Release = { date: '2026-12-02', files: [file('cases.csv', '')], checksums: bytes('') };
    expect(() => releaseCases(r)).toThrow('release 2026-12-02 has no cases.json');
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

  it('before the first release, everything is unreleased', () => {
    expect(releasesIndex([], (path) => path)).toEqual({ releases: [] });
    expect(releaseChanges([], [{ id: 'a' }])).toEqual({
      releases: [],
      unreleased: { since: null, added: ['a'], removed: [], changed: [] },
    });
  });
});
