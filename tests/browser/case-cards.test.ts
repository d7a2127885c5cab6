import { describe, expect, it } from 'vitest';
import { chromiumAvailable, hostPage, openPage, useSite } from '../support/browser';
import { CASE_CARD_HEIGHT } from '../../src/lib/embeds/case-card';

describe.runIf(chromiumAvailable())('case cards in Chromium', () => {
  const site = useSite();

  it("a case's embed code, pasted into a page on another origin, shows the card and resizes to it, in either theme", async () => {
    const page = await openPage(site, '/cases/gb-ico-mpn-enforcement-notice-2022/');
    const snippet = (await page.locator('textarea#embed-case').inputValue()).replaceAll(
      'https://facerules.org',
      site.server.origin,
    );
    await page.context().close();
    const dark = snippet.replace('/embed/case/gb-ico-mpn-enforcement-notice-2022/', '$&?theme=dark');
    const host = await hostPage(
      `<!doctype html><html><body><h1>My article</h1>${snippet}${dark}<p>After.</p></body></html>`,
    );
    const context = await site.browser.newContext();
    const article = await context.newPage();
    await article.goto(host.origin, { waitUntil: 'networkidle' });
    const frames = article.locator('iframe');
    expect(await frames.count()).toBe(2);
    for (const index of [0, 1]) {
      const frame = frames.nth(index).contentFrame();
      await expect.poll(() => frame.locator('.case-card h1').textContent(), { timeout: 15_000 }).toContain('ICO');
      const contentHeight = await frame
        .locator('html')
        .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
      await expect
        .poll(async () => Math.round((await frames.nth(index).boundingBox())?.height ?? 0), { timeout: 10_000 })
        .toBe(contentHeight);
      expect(contentHeight).not.toBe(CASE_CARD_HEIGHT);
    }
    const theme = await frames
      .nth(1)
      .contentFrame()
      .locator('html')
      .evaluate((html) => html.dataset['theme']);
    expect(theme).toBe('dark');
    await context.close();
    await host.close();
  });

  it('the copy button copies the embed code', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/cases/fr-cnil-sanction-2022/`, { waitUntil: 'networkidle' });
    await page.getByText('Embed this case').click();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => page.locator('embed-copy [role="status"]').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/embed/case/fr-cnil-sanction-2022/');
    await context.close();
  });
});
