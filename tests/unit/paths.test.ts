import { describe, expect, it } from 'vitest';
import { absoluteUrl, withBase } from '../../src/lib/paths';

describe('withBase', () => {
  it('joins with the base path of a site served from a sub-folder', () => {
    expect(withBase('/face-rules/', '/cases/x/')).toBe('/face-rules/cases/x/');
    expect(withBase('/', '/laws/y/')).toBe('/laws/y/');
  });

  it('writes exactly one slash between base and path, whichever side has it', () => {
    expect(withBase('/face-rules', '/cases/x/')).toBe('/face-rules/cases/x/');
    expect(withBase('/face-rules/', 'cases/x/')).toBe('/face-rules/cases/x/');
    expect(withBase('/', 'feeds/cases.xml')).toBe('/feeds/cases.xml');
    expect(withBase('', '/')).toBe('/');
  });
});

describe('absoluteUrl', () => {
  it('puts the base path between the site and the path', () => {
    const site = new URL('https://example.org');
    expect(absoluteUrl(site, '/face-rules/', '/cases/x/')).toBe('https://example.org/face-rules/cases/x/');
    expect(absoluteUrl(site, '/', '/')).toBe('https://example.org/');
  });

  it('drops any path the site URL has, since the base path says where the site lives', () => {
    expect(absoluteUrl(new URL('https://example.org/old/'), '/', '/oembed.json')).toBe(
      'https://example.org/oembed.json',
    );
  });

  it('cannot make a URL absolute without a site', () => {
    expect(() => absoluteUrl(undefined, '/', '/cases/x/')).toThrow(TypeError);
  });
});
