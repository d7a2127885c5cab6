import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, shortcutsReady, useSite } from '../support/browser';
import { CONTENT_DIR } from '../support/content';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LATEST_RELEASE = readdirSync(join(CONTENT_DIR, 'releases')).sort().at(-1) ?? '';

/** One page of each type. */
const PAGE_TYPES = {
  home: '/',
  cases: '/cases/',
  case: '/cases/gb-ico-mpn-enforcement-notice-2022/',
  regulators: '/regulators/',
  regulator: '/regulators/fr-cnil/',
  respondents: '/respondents/',
  respondent: '/respondents/clearview-ai/',
  laws: '/laws/',
  law: '/laws/eu-gdpr/',
  provision: '/laws/eu-gdpr/art-9/',
  comparison: '/compare/clearview-europe/',
  explainers: '/explainers/',
  explainer: '/explainers/does-clearview-pay-its-fines/',
  about: '/about/',
  methodology: '/methodology/',
  data: '/data/',
  'corrected case': '/cases/us-ftc-intellivision-2024/',
  changes: '/changes/',
  feeds: '/feeds/',
  'data release': `/data/releases/${LATEST_RELEASE}/`,
  places: '/places/',
  place: '/places/us/',
  map: '/map/',
  numbers: '/numbers/',
} as const;

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

describe.runIf(chromiumAvailable())('reading experience in Chromium', () => {
  const site = useSite();

  async function open(
    path: string,
    options: {
      javaScriptEnabled?: boolean;
      colorScheme?: 'light' | 'dark';
      viewport?: { width: number; height: number };
    } = {},
  ): Promise<Page> {
    const context = await site.browser.newContext(options);
    const page = await context.newPage();
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    return page;
  }

  /** axe-core with the WCAG 2.2 AA rules and best practices, on the page as it is now. */
  async function axeViolations(page: Page, label: string): Promise<string[]> {
    // Evaluated through the devtools protocol: the site's CSP rightly refuses injected <script> tags.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } })
        .axe;
      return axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
    });
    return result.violations.map(
      (v) =>
        `${label} ${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  }

  it.each(Object.entries(PAGE_TYPES))(
    '%s page has no axe-core violations in light and dark themes',
    async (_type, path) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await open(path, { colorScheme });
        expect(await axeViolations(page, colorScheme)).toEqual([]);
        await page.context().close();
      }
    },
  );

  /** Pages in the states a reader puts them in: what axe must find clean too. */
  const STATES: [string, string, (page: Page) => Promise<void>][] = [
    [
      'quick search open, an option chosen',
      '/cases/fr-cnil-sanction-2022/',
      async (page) => {
        await shortcutsReady(page);
        await page.keyboard.press('/');
        await page.keyboard.type('Clearview');
        await expect
          .poll(() => page.locator('#quick-results [role="option"][data-url]').count(), { timeout: 10_000 })
          .toBeGreaterThan(0);
        await page.keyboard.press('ArrowDown');
      },
    ],
    [
      'search results with a filter applied',
      '/search/?q=Clearview&regulator=CNIL',
      async (page) => {
        await expect.poll(() => page.locator('[data-results] > li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
        await expect.poll(() => page.locator('[data-filters] input[type="checkbox"]').count()).toBeGreaterThan(0);
      },
    ],
    [
      'timeline filtered, a mark’s tooltip shown',
      '/timeline/?respondent=clearview-ai',
      async (page) => {
        const mark = page.locator('#figure-timeline-main [data-canvas] a.mark').first();
        await expect.poll(() => page.locator('#figure-timeline-main form[data-controls]').isVisible()).toBe(true);
        await mark.focus();
        await expect.poll(() => page.locator('#figure-timeline-main [data-tooltip]').isVisible()).toBe(true);
      },
    ],
    [
      'case table filtered to nothing',
      '/cases/',
      async (page) => {
        await page.getByLabel('Filter', { exact: true }).fill('zzzz-no-such-case');
        await expect.poll(() => page.locator('[data-empty]').isVisible()).toBe(true);
      },
    ],
    ['an embed', '/embed/fine-timeline/?respondent=clearview-ai', async () => {}],
    [
      'the map shaded by fines, a place focused',
      '/map/?shade=fines',
      async (page) => {
        await page.locator('enforcement-map[data-ready]').waitFor();
        await page.locator('enforcement-map .mark').first().focus();
        await expect.poll(() => page.locator('enforcement-map [data-tooltip]').isVisible()).toBe(true);
      },
    ],
    ['the map embedded', '/embed/enforcement-map/', async () => {}],
    ['a case card', '/embed/case/fr-cnil-sanction-2022/', async () => {}],
    ['a figure embedded', '/embed/stat/fines-paid/', async () => {}],
    [
      'three decisions compared from the address',
      '/compare/?cases=fr-cnil-sanction-2022,it-garante-fine-2022,gr-hdpa-fine-2022',
      async (page) => {
        await expect.poll(() => page.locator('[data-output] table.compare').count(), { timeout: 10_000 }).toBe(1);
      },
    ],
  ];

  it.each(STATES)('%s (%s): no axe-core violations, light and dark', async (_state, path, act) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(path, { colorScheme });
      await act(page);
      expect(await axeViolations(page, colorScheme)).toEqual([]);
      await page.context().close();
    }
  });

  it.each([...Object.entries(PAGE_TYPES), ['compare tool', '/compare/?cases=fr-cnil-sanction-2022,gr-hdpa-fine-2022']])(
    '%s page does not scroll sideways on a 390 px phone: wide tables scroll inside their box',
    async (_type, path) => {
      const page = await open(path, { viewport: { width: 390, height: 844 } });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.context().close();
    },
  );

  it.each(Object.entries(PAGE_TYPES))('%s page has one h1, landmarks and a working skip link', async (_type, path) => {
    const page = await open(path);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('header, main, footer, nav').count()).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.context().close();
  });

  it.each(Object.entries(PAGE_TYPES))('%s page shows the same content with JavaScript off', async (_type, path) => {
    const withJs = await open(path);
    const withoutJs = await open(path, { javaScriptEnabled: false });
    // Decorative text (aria-hidden: a chart's axis ticks and mark labels) is placed for the width the
    // chart is drawn at, which JavaScript adapts to the screen; controls only JavaScript can run
    // (data-enhancement: the case tables' Compare checkboxes) are not content. The rest must match.
    const text = (page: Page) =>
      page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        for (const hidden of copy.querySelectorAll('[aria-hidden="true"], [data-enhancement]')) hidden.remove();
        return copy.textContent.replace(/\s+/g, ' ').trim();
      });
    expect(await text(withoutJs)).toBe(await text(withJs));
    await withJs.context().close();
    await withoutJs.context().close();
  });

  it('the theme toggle cycles system → light → dark and the choice survives a reload, with no flash', async () => {
    const page = await open('/cases/fr-cnil-sanction-2022/', { colorScheme: 'light' });
    const button = page.locator('theme-toggle button');
    await expect.poll(() => button.isVisible()).toBe(true);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    await button.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await button.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background()).not.toBe(lightBackground);
    // The stored theme is applied by an inline script in <head>, before the body paints.
    // Checked as soon as the body exists (just after the response is committed there may be no
    // document element yet): the theme is already set.
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('body', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.waitForLoadState('networkidle');
    expect(await button.getAttribute('data-theme')).toBe('dark');
    await button.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    await page.context().close();
  });

  it('the print stylesheet hides navigation and the footer, and keeps the facts', async () => {
    const page = await open('/cases/fr-cnil-sanction-2022/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.fact-box').isVisible()).toBe(true);
    await page.context().close();
  });

  it('the case table sorts by amount and filters by text, and says what it shows', async () => {
    const page = await open('/cases/');
    const rows = page.locator('tbody tr:not([hidden])');
    const caption = page.locator('caption');
    const total = await rows.count();
    expect(await caption.textContent()).toContain('newest first');
    await page.getByLabel('Filter', { exact: true }).fill('Clearview Italy');
    await expect.poll(() => rows.count()).toBeLessThan(total);
    // A filter that matches nothing says so, rather than leaving an empty table.
    await page.getByLabel('Filter', { exact: true }).fill('zzzz-no-such-case');
    await expect.poll(() => page.locator('[data-empty]').textContent()).toContain('No row matches “zzzz-no-such-case”');
    await page.getByLabel('Filter', { exact: true }).fill('');
    expect(await page.locator('[data-empty]').isHidden()).toBe(true);
    const sortKeys = async () =>
      rows.evaluateAll((list) =>
        list.map((row) => [...row.querySelectorAll('td.num')].at(-1)?.getAttribute('data-sort') ?? ''),
      );
    // First click: largest sums first; the caption no longer claims "newest first".
    await page.getByRole('button', { name: 'In euros' }).click();
    let keys = await sortKeys();
    expect(Number(keys[0])).toBeGreaterThanOrEqual(Number(keys[1]));
    expect(await caption.textContent()).toContain('sorted by In euros, largest first');
    expect(await caption.textContent()).not.toContain('newest first');
    // Second click: smallest sums first, and cases without a sum still come last.
    await page.getByRole('button', { name: 'In euros' }).click();
    keys = await sortKeys();
    expect(keys[0]).not.toBe('');
    expect(Number(keys[0])).toBeLessThanOrEqual(Number(keys[1]));
    expect(keys.indexOf('')).toBeGreaterThan(keys.findLastIndex((k) => k !== ''));
    await page.context().close();
  });

  it('an explainer citation links to its numbered source', async () => {
    const page = await open('/explainers/does-clearview-pay-its-fines/');
    const citation = page.locator('a.citation').first();
    const href = await citation.getAttribute('href');
    expect(href).toMatch(/^#source-\d+$/);
    expect(await page.locator(href ?? '#none').count()).toBe(1);
    await page.context().close();
  });
});
