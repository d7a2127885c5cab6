import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chartReady, chromiumAvailable, hostPage, openPage, useSite } from '../support/browser';
import { TEST_DIST } from '../support/paths';

describe.runIf(chromiumAvailable())('charts and embeds in Chromium', () => {
  const site = useSite();

  const open = (path: string, javaScriptEnabled = true) => openPage(site, path, javaScriptEnabled);

  const timeline = (page: Page) => page.locator('#figure-timeline-main');

  /** Waits for the embedded chart to draw and for embed.js to size its iframe to it; the height. */
  async function chartFitsFrame(article: Page): Promise<number> {
    const frame = article.frameLocator('iframe');
    await expect.poll(() => frame.locator('svg.fine-timeline').count(), { timeout: 15_000 }).toBe(1);
    const contentHeight = await frame
      .locator('html')
      .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.round((await article.locator('iframe').boundingBox())?.height ?? 0), { timeout: 10_000 })
      .toBe(contentHeight);
    return contentHeight;
  }

  /** The timeline's embed code as a reader copies it, pointing at the test server. */
  async function copiedSnippet(): Promise<string> {
    const page = await open('/timeline/');
    const snippet = await timeline(page).locator('textarea[data-embed-snippet]').inputValue();
    await page.context().close();
    return snippet.replaceAll('https://facerules.org', site.server.origin);
  }

  it('without JavaScript the timeline is a complete SVG with a title, description, axes and linked marks', async () => {
    const page = await open('/timeline/', false);
    const svg = timeline(page).locator('svg.fine-timeline');
    expect(await svg.locator('title').textContent()).toBe('Facial-recognition fines and settlements over time');
    expect(await svg.locator('desc').textContent()).toMatch(/standing fines and penalty payments/);
    expect(await svg.locator('.axes text').count()).toBeGreaterThan(8);
    expect(await svg.locator('a.mark').count()).toBeGreaterThan(10);
    expect(await timeline(page).locator('form[data-controls]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows a tooltip on hover and on keyboard focus, and arrow keys move between marks', async () => {
    const page = await open('/timeline/');
    const marks = timeline(page).locator('a.mark');
    const tooltip = timeline(page).locator('[data-tooltip]');
    await chartReady(timeline(page).locator('chart-figure'));
    await marks.nth(2).hover();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toBe(await marks.nth(2).getAttribute('aria-label'));
    await page.mouse.move(0, 0);
    await marks.first().focus();
    expect(await tooltip.textContent()).toBe(await marks.first().getAttribute('aria-label'));
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(
      await marks.nth(1).getAttribute('data-key'),
    );
    expect(await tooltip.textContent()).toBe(await marks.nth(1).getAttribute('aria-label'));
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(
      await marks.first().getAttribute('data-key'),
    );
    await page.keyboard.press('Escape');
    expect(await tooltip.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cases\/[a-z0-9-]+\/$/);
    await page.context().close();
  });

  it('a filter updates the chart, its title and the URL; the URL restores the same view', async () => {
    const page = await open('/timeline/');
    const before = await timeline(page).locator('a.mark').count();
    await timeline(page).getByLabel('Respondent').selectOption('clearview-ai');
    await timeline(page).getByLabel('Scale').selectOption('linear');
    await expect.poll(() => page.url()).toMatch(/\?respondent=clearview-ai&scale=linear$/);
    // The address changes at once; the chart when the view it fetches has arrived.
    await expect.poll(() => timeline(page).locator('a.mark').count()).toBeLessThan(before);
    const after = await timeline(page).locator('a.mark').count();
    expect(await timeline(page).locator('[data-chart-title]').textContent()).toBe(
      'Facial-recognition fines and settlements over time: Clearview AI',
    );
    expect(await timeline(page).locator('svg.fine-timeline').getAttribute('aria-labelledby')).toBeTruthy();
    // The embed code follows the view on screen.
    const snippet = await timeline(page).locator('textarea[data-embed-snippet]').inputValue();
    expect(snippet).toContain('/embed/fine-timeline/?respondent=clearview-ai&amp;scale=linear"');
    expect(snippet).toContain('/timeline/?respondent=clearview-ai&amp;scale=linear"');
    expect(await timeline(page).locator('[data-chart-images]').isHidden()).toBe(true);
    const restored = await open('/timeline/?respondent=clearview-ai&scale=linear');
    // The options from the address are applied once the script has loaded the chart's data.
    await chartReady(timeline(restored).locator('chart-figure'));
    expect(await timeline(restored).locator('a.mark').count()).toBe(after);
    expect(await timeline(restored).getByLabel('Respondent').inputValue()).toBe('clearview-ai');
    expect(await timeline(restored).locator('text', { hasText: 'linear scale' }).count()).toBe(1);
    await page.context().close();
    await restored.context().close();
  });

  it('re-draws to the width of its container', async () => {
    const page = await open('/timeline/');
    await page.setViewportSize({ width: 400, height: 900 });
    await expect
      .poll(() => timeline(page).locator('svg.fine-timeline').getAttribute('width'))
      .toBe(
        String(
          await timeline(page)
            .locator('[data-canvas]')
            .evaluate((el) => el.clientWidth),
        ),
      );
    await page.context().close();
  });

  it('on a phone, a chart below the fold keeps its build drawing until it nears the screen, then fits', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/timeline/`, { waitUntil: 'networkidle' });
    // The first chart's arrival enhances all three (one module); the third is two screens below.
    await timeline(page).scrollIntoViewIfNeeded();
    const gap = page.locator('#figure-timeline-gap');
    await chartReady(gap.locator('chart-figure'));
    const svg = gap.locator('[data-canvas] svg').first();
    const built = await svg.getAttribute('width');
    const width = String(await gap.locator('[data-canvas]').evaluate((el) => el.clientWidth));
    expect(built).not.toBe(width);
    // Re-drawing at load what the reader cannot see would only block a phone: not yet.
    await page.waitForTimeout(300);
    expect(await svg.getAttribute('width')).toBe(built);
    await gap.scrollIntoViewIfNeeded();
    await expect.poll(() => gap.locator('[data-canvas] svg').first().getAttribute('width')).toBe(width);
    await context.close();
  });

  it('the copied snippet, pasted into a page on another origin, shows the chart and resizes its iframe', async () => {
    const snippet = await copiedSnippet();
    const host = await hostPage(
      `<!doctype html><html><body><h1>My article</h1>${snippet}<p>After the chart.</p></body></html>`,
    );
    const context = await site.browser.newContext();
    const article = await context.newPage();
    await article.goto(host.origin, { waitUntil: 'networkidle' });
    const iframe = article.locator('iframe');
    expect(await iframe.getAttribute('loading')).toBe('lazy');
    expect(await iframe.getAttribute('title')).toContain('Face Rules');
    const contentHeight = await chartFitsFrame(article);
    expect(contentHeight).not.toBe(620);
    await context.close();
    await host.close();
  });

  it('a host with a strict Content-Security-Policy that allows the frame and embed.js shows and sizes the chart', async () => {
    const snippet = await copiedSnippet();
    // What the README tells a host to add, and nothing else: no inline style, no other origin.
    const policy = `default-src 'none'; frame-src ${site.server.origin}; script-src ${site.server.origin}`;
    const host = await hostPage(`<!doctype html><html><body><h1>Strict news site</h1>${snippet}</body></html>`, {
      'Content-Security-Policy': policy,
    });
    const context = await site.browser.newContext();
    const article = await context.newPage();
    const refused: string[] = [];
    article.on('console', (message) => {
      if (/Refused to (frame|load the script)/.test(message.text())) refused.push(message.text());
    });
    await article.goto(host.origin, { waitUntil: 'networkidle' });
    const iframe = article.locator('iframe');
    await chartFitsFrame(article);
    // embed.js gave the frame its width from script, though the inline style attribute was refused.
    expect(await iframe.evaluate((el) => (el as HTMLIFrameElement).style.width)).toBe('100%');
    expect(refused).toEqual([]);
    await context.close();
    await host.close();
  });

  it('the embed does not shift its layout when the chart is re-drawn at its real width', async () => {
    const context = await site.browser.newContext({ viewport: { width: 420, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.server.origin}/embed/fine-timeline/`, { waitUntil: 'networkidle' });
    await expect
      .poll(() => page.locator('svg.fine-timeline').getAttribute('width'))
      .toBe(String(await page.locator('[data-canvas]').evaluate((el) => el.clientWidth)));
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.01);
    await context.close();
  });

  it('a hostile parameter is neither executed nor echoed', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const page = await open(
      `/embed/fine-timeline/?respondent=${encodeURIComponent(hostile)}&theme=${encodeURIComponent('"><script>window.__pwned=2</script>')}`,
    );
    // Read once the script has applied (and refused) the parameters, not before.
    await chartReady(page.locator('chart-figure'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const html = await page.content();
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('__pwned');
    expect(await page.locator('[data-chart-title]').textContent()).toBe(
      'Facial-recognition fines and settlements over time',
    );
    await page.context().close();
  });

  it('says when a filter in the address is not recognised, instead of silently showing another view', async () => {
    const page = await open('/embed/enforcement-gap/?respondent=no-such-company');
    const notice = page.locator('[data-chart-notice]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Not recognised, so not applied: “respondent=no-such-company”');
    await page.context().close();
    const known = await open('/embed/enforcement-gap/?respondent=clearview-ai');
    await expect.poll(() => known.locator('[data-chart-title]').textContent()).toContain('Clearview AI');
    expect(await known.locator('[data-chart-notice]').isHidden()).toBe(true);
    await known.context().close();
  });

  it('a chart is one Tab stop: arrows, Home and End move inside it, Tab leaves it', async () => {
    const page = await open('/timeline/');
    const marks = timeline(page).locator('[data-canvas] a.mark');
    await expect.poll(() => timeline(page).locator('form[data-controls]').isVisible()).toBe(true);
    await timeline(page).getByLabel('Scale').focus();
    await page.keyboard.press('Tab');
    const focusedKey = () => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null);
    expect(await focusedKey()).toBe(await marks.first().getAttribute('data-key'));
    await page.keyboard.press('End');
    expect(await focusedKey()).toBe(await marks.last().getAttribute('data-key'));
    expect(await marks.last().getAttribute('tabindex')).toBe('0');
    expect(await marks.first().getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('Home');
    expect(await focusedKey()).toBe(await marks.first().getAttribute('data-key'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-canvas]') === null)).toBe(true);
    await page.context().close();
  });

  it('a mark clicked in a chart embedded on another site opens its case in a new tab', async () => {
    const snippet = await copiedSnippet();
    const host = await hostPage(`<!doctype html><html><body><h1>News</h1>${snippet}</body></html>`);
    const context = await site.browser.newContext({ viewport: { width: 1100, height: 1200 } });
    const article = await context.newPage();
    await article.goto(host.origin, { waitUntil: 'networkidle' });
    const frame = article.frameLocator('iframe');
    await expect.poll(() => frame.locator('svg.fine-timeline').count(), { timeout: 15_000 }).toBe(1);
    const mark = frame.locator('[data-canvas] a.mark').first();
    const href = await mark.getAttribute('href');
    const [tab] = await Promise.all([context.waitForEvent('page'), mark.click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe(href);
    expect(await tab.locator('h1').count()).toBe(1);
    // The embed itself stayed where it was.
    expect(await frame.locator('svg.fine-timeline').count()).toBe(1);
    await context.close();
    await host.close();
  });

  it('an embed applies its parameters and credits its source', async () => {
    const page = await open('/embed/fine-timeline/?respondent=clearview-ai&theme=dark&currency=USD');
    // On busy CI cores the data can arrive after the network has gone quiet.
    await chartReady(page.locator('chart-figure'));
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.locator('[data-chart-title]').textContent()).toBe(
      'Facial-recognition fines and settlements over time: Clearview AI',
    );
    expect(await page.locator('svg text', { hasText: 'US dollars' }).count()).toBe(1);
    expect(await page.locator('.credit a').first().getAttribute('target')).toBe('_blank');
    const csv = await page.locator('a[data-csv]').getAttribute('href');
    expect(csv).toMatch(/^blob:/);
    await page.context().close();
  });
});

describe('static chart exports', () => {
  it('are published as SVG, PNG and CSV', () => {
    for (const chart of ['fine-timeline', 'enforcement-gap', 'fines-by-regulator']) {
      expect(readFileSync(join(TEST_DIST, 'charts', `${chart}.svg`), 'utf8')).toMatch(/^<svg [^>]*xmlns/);
      expect(
        readFileSync(join(TEST_DIST, 'charts', `${chart}.png`))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      expect(readFileSync(join(TEST_DIST, 'charts', `${chart}.csv`), 'utf8')).toMatch(/^case_id,decided,/);
      const oembed = JSON.parse(readFileSync(join(TEST_DIST, 'oembed', `${chart}.json`), 'utf8')) as {
        type: string;
        html: string;
      };
      expect(oembed.type).toBe('rich');
      expect(oembed.html).toContain('<iframe');
    }
  });
});
