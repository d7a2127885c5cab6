import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIST } from '../support/paths';

const html = (path: string) => readFileSync(join(TEST_DIST, path, 'index.html'), 'utf8');
const cases = (JSON.parse(readFileSync(join(TEST_DIST, 'data', 'cases.json'), 'utf8')) as { cases: unknown[] }).cases;

describe('/numbers/', () => {
  const page = html('/numbers/');
  const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));

  it('gives the record in figures, each as of its date', () => {
    expect(main).toMatch(new RegExp(`<dd[^>]*>\\s*${cases.length}\\s*<span`));
    for (const heading of [
      'Cases by year decided',
      'Cases by region',
      'Cases by kind of action',
      'Cases by kind of respondent',
      'The largest fines standing',
      'How long until a fine',
    ])
      expect(main).toContain(heading);
    expect(main.match(/as of \d{1,2} \w+ 20\d\d/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('links every figure and every row to the list or search behind it, and each exists', () => {
    const links = [...main.matchAll(/href="([^"#]+)/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
    expect(links.length).toBeGreaterThan(30);
    for (const link of links) {
      if (link.startsWith('/search/')) {
        expect(link).toMatch(/^\/search\/\?type=Case&(year|action)=/);
        continue;
      }
      const path = link.split('?')[0] ?? '';
      expect(existsSync(join(TEST_DIST, path, 'index.html')), link).toBe(true);
    }
  });

  it('each figure embeds as a tile that credits the record and says as of when', () => {
    for (const id of ['cases', 'places', 'fines-standing', 'fines-paid', 'median-fine', 'clearview-fines']) {
      const tile = html(`/embed/stat/${id}/`);
      expect(tile).toContain('<meta name="robots" content="noindex">');
      expect(tile).toMatch(
        /href="https:\/\/facerules\.org\/[^"]*" target="_blank" rel="noopener"[^>]*>\s*the cases behind it/,
      );
      expect(tile).toMatch(/>Face Rules<\/a>, as of \d{1,2} \w+ 20\d\d\./);
    }
    expect(html('/')).toContain('href="/numbers/"');
  });
});
