import { describe, expect, it } from 'vitest';
import { bodyOfFile, filesSharingAnId, idOfFile } from '../../src/lib/content-files';

describe('idOfFile', () => {
  it('is the file name without its extension', () => {
    expect(idOfFile('content/cases/fr-cnil-sanction-2022.mdx')).toBe('fr-cnil-sanction-2022');
  });
});

describe('filesSharingAnId', () => {
  it('groups files whose names differ only by extension', () => {
    expect(filesSharingAnId(['a.mdx', 'b.md', 'a.md', 'c.mdx'])).toEqual([['a', ['a.md', 'a.mdx']]]);
    expect(filesSharingAnId(['a.mdx', 'b.mdx'])).toEqual([]);
  });
});

describe('bodyOfFile', () => {
  it('blanks the front matter line for line, so body lines are file lines', () => {
    const body = bodyOfFile('---\ntitle: A\nsources: []\n---\nFirst line.\n');
    expect(body).toBe('\n\n\n\nFirst line.\n');
    expect(body.split('\n').indexOf('First line.') + 1).toBe(5);
  });
});
