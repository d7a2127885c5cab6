import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useSite } from '../support/browser';

const PAGES = [
  '/',
  '/cases/',
  '/cases/fr-cnil-sanction-2022/',
  '/regulators/',
  '/regulators/fr-cnil/',
  '/respondents/',
  '/respondents/clearview-ai/',
  '/laws/',
  '/laws/eu-gdpr/',
  '/explainers/',
  '/explainers/how-clearview-built-its-database/',
  '/about/',
  '/methodology/',
  '/data/',
];

describe.runIf(chromiumAvailable())('pages in Chromium', () => {
  const site = useSite();

  it.each(PAGES)('%s renders with no console errors or failed requests', async (path) => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on(
      'response',
      (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`),
    );
    const response = await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an unknown address gets the helpful 404 page', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.server.origin}/cases/no-such-case/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('could not find');
    expect(await page.locator('main a[href="/cases/"]').count()).toBe(1);
    await page.close();
  });

  it('without JavaScript a case page still shows its facts, story and sources', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/cases/gb-ico-mpn-enforcement-notice-2022/`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('ICO fines Clearview AI');
    const text = await page.locator('main').innerText();
    expect(text).toContain('£7,552,800 (≈ €8.9 million at 0.8467 on 2022-05-18)');
    expect(text).toContain('Where sources disagree');
    expect(text).toContain('Information Commissioner');
    expect(await page.locator('.sources li a[href^="https://"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('the case index lists every case, newest first, page after page, and links to each one', async () => {
    const page = await site.browser.newPage();
    const exported = (await (await fetch(`${site.server.origin}/data/cases.json`)).json()) as {
      cases: { url: string }[];
    };
    const links: (string | null)[] = [];
    for (let n = 1; links.length < exported.cases.length; n += 1) {
      await page.goto(`${site.server.origin}/cases/${n === 1 ? '' : `page/${n}/`}`);
      const found = await page
        .locator('main table th a[href^="/cases/"]')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(found.length, `page ${n}`).toBeGreaterThan(0);
      links.push(...found);
    }
    expect(links).toEqual(exported.cases.map((c) => c.url));
    await page.close();
  });
});
