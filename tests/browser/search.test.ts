import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { benchSearch } from '../../scripts/bench-search';
import { chromiumAvailable, shortcutsReady, useSite } from '../support/browser';
import { TEST_DIST } from '../support/paths';
import { sortKeysOf } from '../../src/lib/search/sort-order';

describe.runIf(chromiumAvailable())('search in Chromium', () => {
  const site = useSite();

  async function open(path: string, javaScriptEnabled = true): Promise<Page> {
    const context = await site.browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    return page;
  }

  const results = (page: Page) => page.locator('[data-results] > li');
  const firstResult = async (page: Page) => {
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    return results(page).first();
  };

  it('"CNIL" finds the authority’s own page first, marked as such', async () => {
    const page = await open('/search/?q=CNIL');
    const first = await firstResult(page);
    expect(await first.locator('.meta').textContent()).toMatch(/^Regulator · .*Data protection authority/);
    expect(await first.locator('a.title').textContent()).toBe('French Data Protection Authority');
    await page.context().close();
  });

  it('a misspelt respondent gets a suggestion that, clicked, searches for it and updates the URL', async () => {
    // Pagefind finds 33 pages for "Clearviw", led by an unrelated one: the name is what was meant.
    const page = await open('/search/?q=Clearviw');
    const suggestion = page.locator('[data-suggest] a', { hasText: 'Clearview AI' });
    await expect.poll(() => suggestion.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-suggest]').textContent()).toBe('Did you mean Clearview AI?');
    await suggestion.click();
    await expect.poll(() => page.url()).toMatch(/\?q=Clearview(\+|%20)AI(&|$)/);
    expect(await page.locator('#search-q').inputValue()).toBe('Clearview AI');
    await expect.poll(async () => (await firstResult(page)).locator('a.title').textContent()).toMatch(/Clearview/);
    await expect.poll(() => page.locator('[data-suggest]').isHidden()).toBe(true);
    // A word the record uses gets no suggestion.
    const police = await open('/search/?q=police');
    await firstResult(police);
    expect(await police.locator('[data-suggest]').isHidden()).toBe(true);
    await page.context().close();
    await police.context().close();
  });

  it('"Mercadona" finds the respondent’s page first, then its decisions', async () => {
    const page = await open('/search/?q=Mercadona');
    const first = await firstResult(page);
    expect(await first.locator('a.title').getAttribute('href')).toBe('/respondents/mercadona/');
    await expect.poll(() => results(page).count()).toBeGreaterThan(2);
    for (const next of [1, 2])
      expect(await results(page).nth(next).locator('a.title').getAttribute('href')).toMatch(/^\/cases\/es-.*mercadona/);
    await page.context().close();
  });

  it('local-language names find their authority', async () => {
    const page = await open('/search/?q=Autoriteit+Persoonsgegevens');
    const first = await firstResult(page);
    expect(await first.locator('a.title').textContent()).toMatch(/Dutch|AP|Autoriteit/);
    await page.context().close();
  });

  it('a name typed without its accents finds the page that spells it with them', async () => {
    const page = await open('/search/?q=Brondby');
    const first = await firstResult(page);
    expect(await first.locator('a.title').textContent()).toMatch(/Brøndby/);
    await page.context().close();
  });

  it('on a phone the filters fold away, so the first results show on the first screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/search/?q=Clearview`, { waitUntil: 'networkidle' });
    const first = await firstResult(page);
    expect(await page.locator('[data-filters-panel]').getAttribute('open')).toBeNull();
    expect((await first.boundingBox())?.y ?? 1000).toBeLessThan(600);
    await context.close();
    const wide = await open('/search/?q=Clearview');
    await firstResult(wide);
    expect(await wide.locator('[data-filters-panel]').getAttribute('open')).toBe('');
    await wide.context().close();
  });

  it('a filter narrows the results and is written to the URL; the URL restores the same results', async () => {
    const page = await open('/search/?q=Clearview');
    await firstResult(page);
    const status = page.locator('[data-status]');
    const all = Number((await status.textContent())?.match(/\d+/)?.[0]);
    await page.locator('summary', { hasText: /^Regulator/ }).click();
    await page.getByRole('checkbox', { name: /^CNIL/ }).check();
    await expect.poll(async () => Number((await status.textContent())?.match(/\d+/)?.[0])).toBeLessThan(all);
    await expect.poll(() => page.url()).toMatch(/\?q=Clearview&regulator=CNIL$/);
    // The count is announced before the results are drawn: read them once the list is filled.
    await expect.poll(() => page.locator('[data-results]').getAttribute('aria-busy')).toBe('false');
    const narrowed = await results(page).evaluateAll((items) =>
      items.map((item) => item.querySelector('a')?.getAttribute('href')),
    );
    expect(narrowed.length).toBeGreaterThan(0);
    const restored = await open('/search/?q=Clearview&regulator=CNIL');
    await firstResult(restored);
    await expect
      .poll(() =>
        results(restored).evaluateAll((items) => items.map((item) => item.querySelector('a')?.getAttribute('href'))),
      )
      .toEqual(narrowed);
    expect(await restored.getByRole('checkbox', { name: /^CNIL/ }).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\?q=Clearview$/);
    await expect.poll(async () => Number((await status.textContent())?.match(/\d+/)?.[0])).toBe(all);
    await page.context().close();
    await restored.context().close();
  });

  /** The sort keys of the pages the results link to, in the order shown, read from the built pages. */
  const shownKeys = async (page: Page) =>
    Promise.all(
      (await page.locator('[data-results] > li > a.title').all()).map(async (link) => {
        const href = (await link.getAttribute('href')) ?? '';
        const keys = sortKeysOf(readFileSync(join(TEST_DIST, href, 'index.html'), 'utf8'));
        if (!keys) throw new Error(`${href} has no sort keys`);
        return keys;
      }),
    );

  it('browses every case by facet without a query, sorted by amount: the largest first, in order', async () => {
    const page = await open('/search/?type=Case&sort=largest');
    await firstResult(page);
    expect(await page.locator('[data-status]').textContent()).toMatch(/^\d+ results$/);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('largest');
    await expect.poll(() => results(page).count()).toBe(10);
    const amounts = (await shownKeys(page)).map((keys) => keys.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    // The largest sum of any case in the record leads: every result was sorted, not a page of them.
    const largest = Math.max(
      ...readdirSync(join(TEST_DIST, 'cases'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(TEST_DIST, 'cases', entry.name, 'index.html')))
        .map(
          (entry) => sortKeysOf(readFileSync(join(TEST_DIST, 'cases', entry.name, 'index.html'), 'utf8'))?.amount ?? 0,
        ),
    );
    expect(amounts[0]).toBe(largest);
    await page.context().close();
  });

  it('sorts a search newest first and oldest first, fetching the orders only then', async () => {
    const relevance = await open('/search/?q=Clearview');
    await firstResult(relevance);
    const fetched = await relevance.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(fetched.some((url) => url.endsWith('/search/sort.json'))).toBe(false);
    await relevance.context().close();
    for (const [sort, newestFirst] of [
      ['newest', true],
      ['oldest', false],
    ] as const) {
      const page = await open(`/search/?q=Clearview&sort=${sort}`);
      await expect.poll(() => results(page).count()).toBe(10);
      const dates = (await shownKeys(page)).map((keys) => keys.date);
      const ordered = [...dates].sort();
      expect(dates).toEqual(newestFirst ? ordered.reverse() : ordered);
      await page.context().close();
    }
  });

  it('works by keyboard alone', async () => {
    const page = await open('/search/');
    // Searching in place starts once the script is ready (before, Enter reloads with the query).
    await page.locator('site-search[data-ready]').waitFor();
    await page.locator('#search-q').focus();
    await page.keyboard.type('Bunnings');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-status]').textContent(), { timeout: 10_000 })
      .toMatch(/for “Bunnings”$/);
    const first = await firstResult(page);
    expect(await first.locator('a.title').textContent()).toMatch(/Bunnings/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await page.context().close();
  });

  it('results of a slow earlier search never mix into the newer search the reader typed', async () => {
    const page = await open('/search/');
    await page.locator('site-search[data-ready]').waitFor();
    // The first search's results are slow to arrive; the second's are not.
    let slow = true;
    await page.route('**/pagefind/fragment/**', async (route) => {
      if (slow) await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    });
    const box = page.locator('#search-q');
    await box.fill('Mercadona');
    await box.press('Enter');
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/for “Mercadona”$/);
    slow = false;
    await box.fill('Bunnings');
    await box.press('Enter');
    await expect
      .poll(() => page.locator('[data-results]').getAttribute('aria-busy'), { timeout: 10_000 })
      .toBe('false');
    // Past the moment the first search's results arrive.
    await page.waitForTimeout(2_500);
    const titles = await results(page).locator('a.title').allTextContents();
    expect(titles[0]).toMatch(/Bunnings/);
    expect(titles.filter((title) => /Mercadona/.test(title))).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript the page says so and links to the case table', async () => {
    const page = await open('/search/', false);
    expect(await page.locator('[data-no-js]').isVisible()).toBe(true);
    expect(await page.locator('[data-no-js] a[href="/cases/"]').count()).toBe(1);
    await page.context().close();
  });

  it('the quick search offers the name a misspelt search meant, and opens its search', async () => {
    const page = await open('/cases/fr-cnil-sanction-2022/');
    await shortcutsReady(page);
    await page.keyboard.press('/');
    await page.keyboard.type('Clearviw');
    const suggestion = page.locator('#quick-results [role="option"].suggestion');
    await expect.poll(() => suggestion.textContent(), { timeout: 10_000 }).toBe('Did you mean Clearview AI?');
    expect(await page.locator('[data-quick-status]').textContent()).toMatch(/Did you mean Clearview AI\?$/);
    // Reached with the arrow keys like any option; Enter runs the search for the name.
    const options = page.locator('#quick-results [role="option"][data-url]');
    for (let i = await options.count(); i > 0; i -= 1) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#quick-q').getAttribute('aria-activedescendant')).toBe('quick-option-suggest-0');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'Clearview AI');
    expect(await (await firstResult(page)).locator('a.title').getAttribute('href')).toBe('/respondents/clearview-ai/');
    // A name the record knows gets no suggestion.
    await page.goto(`${site.server.origin}/cases/fr-cnil-sanction-2022/`);
    await shortcutsReady(page);
    await page.keyboard.press('/');
    await page.keyboard.type('Mercadona');
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await suggestion.count()).toBe(0);
    await page.context().close();
  });

  it('the quick search lists first the page named exactly as typed', async () => {
    const page = await open('/cases/fr-cnil-sanction-2022/');
    await shortcutsReady(page);
    await page.keyboard.press('/');
    // Pagefind alone ranks the FTC Act's page ("FTC Act") before the Commission's ("FTC").
    await page.keyboard.type('FTC');
    const first = page.locator('#quick-results [role="option"][data-url]').first();
    await expect.poll(() => first.getAttribute('data-url'), { timeout: 10_000 }).toBe('/regulators/us-ftc/');
    await page.context().close();
  });

  it('says how to search, and where to go when a search finds nothing', async () => {
    const page = await open('/search/?q=zzzyqx+wobble');
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('0 results for “zzzyqx wobble”');
    expect(await page.locator('#search-q').getAttribute('aria-describedby')).toBe('search-help');
    expect(await page.locator('#search-help').isVisible()).toBe(true);
    const empty = page.locator('[data-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.locator('[data-unfilter]').isHidden()).toBe(true);
    expect(await empty.locator('a[href="/cases/"]').count()).toBe(1);
    expect(await empty.locator('a', { hasText: 'Every case, newest first' }).getAttribute('href')).toBe(
      '/search/?type=Case&sort=newest',
    );
    // With filters, it offers to drop them, in place.
    const filtered = await open('/search/?q=Mercadona&type=Explainer&year=2019');
    await expect.poll(() => filtered.locator('[data-empty]').isVisible()).toBe(true);
    await filtered.locator('[data-unfilter] a').click();
    await expect.poll(() => filtered.url()).toMatch(/\/search\/\?q=Mercadona$/);
    expect(await (await firstResult(filtered)).locator('a.title').getAttribute('href')).toBe('/respondents/mercadona/');
    expect(await filtered.locator('[data-empty]').isHidden()).toBe(true);
    // A search with results shows no empty state.
    await page.context().close();
    await filtered.context().close();
  });

  it('finds an exact phrase in quotes, and fewer pages than its words apart', async () => {
    const count = async (query: string) => {
      const page = await open(`/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/^\d+ results?/);
      const total = Number(/^\d+/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[0]);
      await page.context().close();
      return total;
    };
    const phrase = await count('"facial recognition cameras"');
    expect(phrase).toBeGreaterThan(0);
    expect(phrase).toBeLessThan(await count('facial recognition cameras'));
  });

  it('a case page loads no search code or index until the reader shows intent', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.server.origin}/cases/fr-cnil-sanction-2022/`, { waitUntil: 'networkidle' });
    expect(requested.filter((url) => url.includes('/pagefind/') || url.includes('quick-search'))).toEqual([]);
    await shortcutsReady(page);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('quick-q');
    await page.keyboard.type('Clearview');
    await expect.poll(() => requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    const options = page.locator('#quick-results [role="option"][data-url]');
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The combobox pattern: focus stays in the box, the arrow keys choose an option, Enter opens it.
    const box = page.locator('#quick-q');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-q');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    const url = await options.first().getAttribute('data-url');
    await page.keyboard.press('Enter');
    await page.waitForURL((current) => current.pathname === url);
    await context.close();
  });

  it('words typed before the search code has loaded still get results', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/cases/fr-cnil-sanction-2022/`, { waitUntil: 'networkidle' });
    // Hold back the search module so that the whole word is typed before it runs.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/quick-search.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await shortcutsReady(page);
    await page.keyboard.press('/');
    await page.keyboard.type('Mercadona');
    release();
    const options = page.locator('#quick-results [role="option"][data-url]');
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await options.first().textContent()).toMatch(/Mercadona/);
    await context.close();
  });

  it('Ctrl+K opens the quick search too', async () => {
    const page = await open('/regulators/');
    await shortcutsReady(page);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-q');
    await page.context().close();
  });

  it('the first search fetches no sort or filter data and transfers at most 150 KB gzip', async () => {
    // Bytes, not time: counted from the files each request fetched, page and Pagefind worker alike,
    // that finished before the first results were on screen: 137.3 KB on an idle machine on
    // 2 December 2026 (an earlier note's 124.6 KB did not reproduce: its commit measures 137.4).
    // Pagefind's own code is 83.6 KB of it (WebAssembly 58.4, library 13.1, worker 12.1), the
    // page 14, the index chunk 25, the first five results 9: the 100 KB issue 18 hoped for is not
    // reachable with Pagefind. The bound leaves room for the record to grow; what must never be
    // in the first search is asserted by name.
    const { firstSearchKB, requests, paths } = await benchSearch(TEST_DIST, 'clearview');
    expect(requests).toBeGreaterThan(10);
    // The five results drawn first, and no more, before they are on screen.
    expect(paths.filter((path) => path.endsWith('.pf_fragment')).length).toBeLessThanOrEqual(5);
    expect(paths.filter((path) => path.includes('/pagefind/filter/') || path.startsWith('/search/'))).toEqual([
      '/search/',
    ]);
    expect(firstSearchKB).toBeLessThanOrEqual(150);
  });
});
