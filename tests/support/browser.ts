import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROME_PATH, launchChromium } from '../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../scripts/serve-static';
import { TEST_DIST } from './paths';

/** Whether browser tests can run here. In CI a missing Chromium is an error, never a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROME_PATH)) return true;
  if (process.env['CI']) throw new Error(`Chromium not found at ${CHROME_PATH}: CI must install it (see .ci/run).`);
  console.warn(`[browser tests skipped] no Chromium at ${CHROME_PATH}; install it with: apt-get install -y chromium`);
  return false;
}

export { launchChromium };

/** A browser and the test build served on loopback, for one describe block. */
export interface SiteUnderTest {
  browser: Browser;
  server: StaticServer;
}

/**
 * Starts Chromium and serves the test build before the tests of the calling describe block,
 * and stops both after them. Read the fields inside tests (they are set in beforeAll).
 */
export function useSite(): SiteUnderTest {
  const site = {} as SiteUnderTest;
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchChromium(), serveStatic(TEST_DIST)]);
  });
  afterAll(async () => {
    await Promise.all([site.browser.close(), site.server.close()]);
  });
  return site;
}

/** Opens a page of the site under test in a fresh context (1100 × 900), once the network is idle. */
export async function openPage(site: SiteUnderTest, path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
  return page;
}

/** A second origin serving one HTML page: a journalist's article that embeds our chart. */
export async function hostPage(
  html: string,
  headers: Record<string, string> = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Points at the first mark of the page's first chart, once it is enhanced, and waits for its tooltip. */
export async function hoverFirstMark(page: Page): Promise<void> {
  const figure = page.locator('chart-figure').first();
  await chartReady(figure);
  await figure.locator('.canvas .mark').first().hover();
  await expect.poll(() => figure.locator('[data-tooltip]').isVisible(), { timeout: 10_000 }).toBe(true);
}

/**
 * Waits until a chart's script has bound its marks (`chart-figure[data-ready]`). Before that, a
 * pointer already resting on a mark gets no tooltip until it moves, so a test must not hover yet.
 */
export async function chartReady(figure: Locator): Promise<void> {
  await expect.poll(() => figure.getAttribute('data-ready')).not.toBeNull();
}

/**
 * Waits until the header's keyboard shortcuts (/ and Ctrl/⌘+K) are bound: a key pressed before
 * its script has run does nothing, and on busy CI cores that script can run late.
 */
export async function shortcutsReady(page: Page): Promise<void> {
  await page.locator('form.quick-search[data-shortcuts]').waitFor({ state: 'attached' });
}
