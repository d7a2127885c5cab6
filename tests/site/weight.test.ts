import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { embedDataBytes, pageWeight } from '../../scripts/lib/page-weight';
import { CHART_IDS, DEFAULTS, type ChartContext } from '../../src/lib/charts/registry';
import { chartSource, pointsPath } from '../../src/lib/charts/views';
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

  it.each(CHART_IDS)('the %s embed weighs at most 60 KB in total, with the data it fetches', (chart) => {
    const weight = pageWeight(TEST_DIST, `/embed/${chart}/`);
    expect(weight.html + weight.css + weight.js + weight.lazyJs + embedDataBytes(TEST_DIST, chart)).toBeLessThanOrEqual(
      60 * 1024,
    );
  });

  it('a chart fetches only what it draws: the unfiltered timeline a prebuilt view, smaller than all its points', () => {
    const context = JSON.parse(readFileSync(join(TEST_DIST, 'charts', 'context.json'), 'utf8')) as ChartContext;
    expect(context).not.toHaveProperty('data');
    const source = chartSource('fine-timeline', DEFAULTS['fine-timeline'], context);
    expect(source.kind).toBe('view');
    const gz = (path: string) => gzipSync(readFileSync(join(TEST_DIST, path)), { level: 9 }).length;
    expect(gz(source.path)).toBeLessThan(gz(pointsPath('fine-timeline', '')));
  });

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
