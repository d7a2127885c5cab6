// The site as deployed: served with the headers of its own _headers file. No page or embed may
// request another origin or break its Content-Security-Policy, even once the reader searches,
// opens the quick search or brings a chart to life (Pagefind's WebAssembly, lazy d3 modules).
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chartReady, chromiumAvailable, hostPage, hoverFirstMark, shortcutsReady, useSite } from '../support/browser';

/** What a page did that a reference site must not: requests elsewhere, CSP violations, errors. */
interface Watch {
  problems: string[];
}

/** Records every request to a foreign origin and every CSP violation, in all frames of `context`. */
async function watch(context: BrowserContext, allowedOrigins: readonly string[]): Promise<Watch> {
  const watched: Watch = { problems: [] };
  await context.exposeBinding('__reportViolation', ({ frame }, text: string) => {
    watched.problems.push(`CSP violation in ${frame.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!allowedOrigins.includes(url.origin)) watched.problems.push(`request to another origin: ${request.url()}`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') watched.problems.push(`console error: ${message.text()}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) watched.problems.push(`${response.status()}: ${response.url()}`);
  });
  context.on('weberror', (error) => watched.problems.push(`page error: ${error.error().message}`));
  return watched;
}

/** Each page type, and what a reader does there that loads more code. */
const PAGES: [path: string, act?: (page: Page) => Promise<void>][] = [
  ['/'],
  ['/cases/'],
  ['/cases/fr-cnil-sanction-2022/', quickSearch],
  ['/regulators/'],
  ['/respondents/'],
  ['/laws/'],
  ['/explainers/'],
  ['/regulators/fr-cnil/'],
  ['/respondents/clearview-ai/'],
  ['/laws/eu-gdpr/'],
  ['/explainers/does-clearview-pay-its-fines/'],
  ['/about/'],
  ['/methodology/'],
  ['/data/'],
  ['/timeline/', hoverFirstMark],
  ['/search/?q=clearview', searchResults],
  ['/cases/no-such-case/'],
  ['/embed/fine-timeline/', hoverFirstMark],
  ['/embed/enforcement-gap/?respondent=clearview-ai', hoverFirstMark],
  ['/embed/fines-by-regulator/', hoverFirstMark],
];

async function quickSearch(page: Page): Promise<void> {
  await shortcutsReady(page);
  await page.keyboard.press('/');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('quick-q');
  await page.keyboard.type('Clearview');
  await expect
    .poll(() => page.locator('#quick-results [role="option"][data-url]').count(), { timeout: 10_000 })
    .toBeGreaterThan(0);
}

async function searchResults(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[data-results] > li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

describe.runIf(chromiumAvailable())('security in Chromium', () => {
  const site = useSite();

  it.each(PAGES)('%s requests nothing from another origin and breaks no CSP rule', async (path, act) => {
    const context = await site.browser.newContext();
    const watched = await watch(context, [site.server.origin]);
    const page = await context.newPage();
    const response = await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    if (act) await act(page);
    await page.waitForLoadState('networkidle');
    // The 404 status of an unknown address is expected; nothing else may fail.
    expect(watched.problems.filter((p) => !(path === '/cases/no-such-case/' && p.includes('404')))).toEqual([]);
    await context.close();
  });

  it('every HTML response has a policy without unsafe-inline scripts, and the headers a reference site needs', async () => {
    for (const [path] of PAGES) {
      const response = await fetch(site.server.origin + path);
      const headers = Object.fromEntries(response.headers);
      const policy = headers['content-security-policy'] ?? '';
      const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scripts, path).not.toContain("'unsafe-inline'");
      expect(scripts, path).not.toContain("'unsafe-eval'");
      expect(policy, path).toContain("object-src 'none'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      // Only pages that run Pagefind may compile WebAssembly.
      expect(scripts.includes("'wasm-unsafe-eval'"), path).toBe(!path.startsWith('/embed/'));
      expect(policy, path).toContain(path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'");
      // The same policy is in the page itself, for hosts that cannot send headers (GitHub Pages).
      expect(await response.text(), path).toContain('<meta http-equiv="content-security-policy"');
    }
  });

  it('another site can frame an embed but not a page of the site', async () => {
    const host = await hostPage(
      `<!doctype html><title>Article</title>
       <iframe id="embed" src="${site.server.origin}/embed/fine-timeline/" width="600" height="500"></iframe>
       <iframe id="page" src="${site.server.origin}/cases/fr-cnil-sanction-2022/" width="600" height="500"></iframe>`,
    );
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(host.origin, { waitUntil: 'networkidle' });
    await expect
      .poll(() => page.frameLocator('#embed').locator('svg.fine-timeline').count(), { timeout: 10_000 })
      .toBe(1);
    // Chromium replaces a refused frame with its own error page.
    const refused = await (await page.locator('#page').elementHandle()).contentFrame();
    expect(refused?.url()).toBe('chrome-error://chromewebdata/');
    await context.close();
    await host.close();
  });

  it('an embed pasted into another site requests nothing but that site and ours', async () => {
    const host = await hostPage(
      `<!doctype html><title>Article</title><p>Before.</p>
       <iframe src="${site.server.origin}/embed/fine-timeline/" title="chart" height="620"></iframe>
       <script src="${site.server.origin}/embed.js" async></script>`,
    );
    const context = await site.browser.newContext();
    const watched = await watch(context, [site.server.origin, host.origin]);
    const page = await context.newPage();
    await page.goto(host.origin, { waitUntil: 'networkidle' });
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('svg.fine-timeline').count(), { timeout: 10_000 }).toBe(1);
    await chartReady(frame.locator('chart-figure').first());
    await frame.locator('.canvas .mark').first().hover();
    await expect.poll(() => frame.locator('[data-tooltip]').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(watched.problems).toEqual([]);
    await context.close();
    await host.close();
  });
});
