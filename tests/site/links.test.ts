// Link integrity and CSP coverage over the built site: read from files, no server needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSiteLinks, pageLinks } from '../../scripts/lib/site-links';
import { builtPages, inlineScripts, metaPolicy } from '../../src/integrations/built-pages';
import { scriptHash } from '../../src/lib/security/script-hash';
import { httpsUrl } from '../../src/schemas/primitives';
import { TEST_DIST } from '../support/paths';

const ORIGIN = 'https://facerules.org';

describe('link integrity of the build', () => {
  it('every internal link and #fragment resolves; every link off the site is https with noopener noreferrer', () => {
    expect(checkSiteLinks(TEST_DIST, { origin: ORIGIN })).toEqual([]);
  });

  it('every source URL in the open data is a well-formed https URL', () => {
    const { cases } = JSON.parse(readFileSync(join(TEST_DIST, 'data/cases.json'), 'utf8')) as {
      cases: { id: string; sources: { url: string }[] }[];
    };
    const urls = cases.flatMap((c) => c.sources.map((s) => `${c.id}: ${s.url}`));
    expect(urls.length).toBeGreaterThan(300);
    const malformed = urls.filter((line) => !httpsUrl.safeParse(line.slice(line.indexOf(': ') + 2)).success);
    expect(malformed).toEqual([]);
  });

  it('the crawler itself catches a broken link, a missing fragment and an unsafe external link', () => {
    const html = `<a href="/cases/">ok</a><a href="/no/">x</a><a href="/cases/#nowhere">y</a>
      <a href="http://example.org/">z</a><a href="https://example.org/">w</a><code><a href="/ignored/"></a></code>`;
    expect(pageLinks(html).map((l) => l.url)).toEqual([
      '/cases/',
      '/no/',
      '/cases/#nowhere',
      'http://example.org/',
      'https://example.org/',
    ]);
  });
});

describe('Content-Security-Policy coverage of the build', () => {
  const pages = builtPages(TEST_DIST);

  it('every page carries a policy whose hashes allow each of its inline scripts', () => {
    const unhashed: string[] = [];
    for (const page of pages) {
      const policy = metaPolicy(page.html) ?? '';
      expect(policy, page.path).toMatch(/script-src 'self'/);
      for (const code of inlineScripts(page.html)) {
        if (!policy.includes(scriptHash(code))) unhashed.push(`${page.path}: ${code.slice(0, 60)}`);
      }
    }
    expect(unhashed).toEqual([]);
  });

  it('the _headers file stays within what hosts accept: lines under 2,000 characters, at most 100 rules', () => {
    const text = readFileSync(join(TEST_DIST, '_headers'), 'utf8');
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThan(2000);
    expect(text.split('\n').filter((line) => line.startsWith('/')).length).toBeLessThanOrEqual(100);
    expect(text).toMatch(/\/embed\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors \*/);
  });

  it('no page uses inline style attributes, which style-src without unsafe-inline refuses', () => {
    const styled = pages
      .filter((page) =>
        /<(?!code|pre|textarea)[a-z][^>]*\sstyle="/.test(
          page.html.replace(/<(code|pre|textarea)\b[\s\S]*?<\/\1>/g, ''),
        ),
      )
      .map((page) => page.path);
    expect(styled).toEqual([]);
  });
});
