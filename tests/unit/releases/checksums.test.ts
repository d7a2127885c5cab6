import { describe, expect, it } from 'vitest';
import { parseSha256sums, sha256, sha256sums } from '../../../src/lib/releases/checksums';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sha256', () => {
  it('is the lower-case hex digest, the same for text and its UTF-8 bytes', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256(bytes('€'))).toBe(sha256('€'));
  });
});

describe('sha256sums', () => {
  it('is what sha256sum writes: hex, two spaces, path, sorted by path', () => {
    const text = sha256sums([
      { path: 'cases.json', bytes: bytes('b') },
      { path: 'cases.csv', bytes: bytes('a') },
    ]);
    expect(text).toBe(`${sha256('a')}  cases.csv\n${sha256('b')}  cases.json\n`);
  });

  it('is empty for no files, and leaves its input in order', () => {
    expect(sha256sums([])).toBe('');
    const files = [
      { path: 'b', bytes: 'b' },
      { path: 'a', bytes: 'a' },
    ];
    sha256sums(files);
    expect(files.map((f) => f.path)).toEqual(['b', 'a']);
  });
});

describe('parseSha256sums', () => {
  it('reads back what sha256sums writes', () => {
    const text = sha256sums([
      { path: 'cases.json', bytes: bytes('b') },
      { path: 'schema/cases.json', bytes: bytes('a') },
    ]);
    expect([...parseSha256sums(text)]).toEqual([
      ['cases.json', sha256('b')],
      ['schema/cases.json', sha256('a')],
    ]);
  });

  it('reads binary-mode lines and skips blank ones, as sha256sum --check does', () => {
    expect([...parseSha256sums(`\n${sha256('a')} *a.csv\n\n${sha256('b')}  b c.json\n`)]).toEqual([
      ['a.csv', sha256('a')],
      ['b c.json', sha256('b')],
    ]);
  });

  it('a malformed line is an error naming the file and line', () => {
    expect(() => parseSha256sums(`${sha256('a')}  a.csv\nnot a checksum\n`, 'r/SHA256SUMS')).toThrow(
      'r/SHA256SUMS line 2: expected "<64 hex digits>  <path>", got "not a checksum"',
    );
    expect(() => parseSha256sums(`${sha256('a').toUpperCase()}  a.csv`)).toThrow(/^SHA256SUMS line 1: /);
    expect(() => parseSha256sums(`${sha256('a')}  `)).toThrow('SHA256SUMS line 1');
  });
});
