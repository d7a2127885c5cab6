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

  it('pages without interactive tables load no external script at all', () => {
    expect(pageWeight(TEST_DIST, '/cases/fr-cnil-sanction-2022/').scripts).toEqual([]);
  });
});
