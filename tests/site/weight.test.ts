import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight';
import { TEST_DIST } from '../support/paths';

// Budgets from the reading-experience brief: reading pages stay light on slow phones.
const JS_BUDGET = 3 * 1024;
const HTML_CSS_BUDGET = 20 * 1024;

const READING_PAGES = [
  '/',
  '/cases/fr-cnil-sanction-2022/',
  '/cases/gb-ico-mpn-enforcement-notice-2022/',
  '/regulators/fr-cnil/',
  '/regulators/',
  '/respondents/',
  '/laws/',
  '/explainers/',
  '/cases/',
];

describe('page weight (gzip)', () => {
  it.each(READING_PAGES)('%s ships at most 3 KB of JavaScript and 20 KB of HTML + CSS', (path) => {
    const weight = pageWeight(TEST_DIST, path);
    expect(weight.js).toBeLessThanOrEqual(JS_BUDGET);
    expect(weight.html + weight.css).toBeLessThanOrEqual(HTML_CSS_BUDGET);
  });

  it('a chart page loads at most 25 KB of JavaScript, with only the d3 modules it uses', () => {
    const weight = pageWeight(TEST_DIST, '/timeline/');
    expect(weight.lazyJs).toBeGreaterThan(0);
    expect(weight.js + weight.lazyJs).toBeLessThanOrEqual(25 * 1024);
  });

  it.each(['fine-timeline', 'enforcement-gap', 'fines-by-regulator'])(
    'the %s embed weighs at most 60 KB in total',
    (chart) => {
      const weight = pageWeight(TEST_DIST, `/embed/${chart}/`);
      const data = gzipSync(readFileSync(join(TEST_DIST, 'charts', 'context.json')), { level: 9 }).length;
      expect(weight.html + weight.css + weight.js + weight.lazyJs + data).toBeLessThanOrEqual(60 * 1024);
    },
  );

  it('/embed.js stays under 1 KB', () => {
    expect(gzipSync(readFileSync(join(TEST_DIST, 'embed.js')), { level: 9 }).length).toBeLessThanOrEqual(1024);
  });

  it('a case page ships no chart or search code up front, only the header and theme scripts', () => {
    const { scripts } = pageWeight(TEST_DIST, '/cases/fr-cnil-sanction-2022/');
    const code = scripts.map((src) => readFileSync(join(TEST_DIST, src), 'utf8')).join('');
    expect(code).not.toContain('pagefind.js');
    expect(code).not.toMatch(/scaleLog|d3-scale/);
  });
});
