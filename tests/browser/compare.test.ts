import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useSite } from '../support/browser';

const THREE = ['fr-cnil-sanction-2022', 'it-garante-fine-2022', 'gr-hdpa-fine-2022'];

describe.runIf(chromiumAvailable())('comparing decisions in Chromium', () => {
  const site = useSite();

  it('/compare/?cases=a,b,c shows the three side by side, provisions aligned, with a CSV to download', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/compare/?cases=${THREE.join(',')}`);
    const table = page.locator('[data-output] table.compare');
    await expect.poll(() => table.count(), { timeout: 10_000 }).toBe(1);
    const columns = await table.locator('thead th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(columns).toEqual(THREE.map((id) => `/cases/${id}/`));
    // One row for GDPR Art. 6 with a cell per decision, each stating what it did with it.
    const row = table.locator('tr', { has: page.locator('th a[href="/laws/eu-gdpr/art-6/"]') });
    expect(await row.locator('td').count()).toBe(3);
    expect(await row.locator('td').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/breached/)]),
    );
    const download = page.locator('a[data-download]');
    expect(await download.isVisible()).toBe(true);
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe(`compare-${THREE.join('-')}.csv`);
    await context.close();
  });

  it('the case index builds the address from the ticked cases', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/cases/`);
    const boxes = page.locator('input[name="cases"]');
    await expect.poll(() => boxes.count()).toBeGreaterThan(1);
    const ids = [await boxes.nth(0).getAttribute('value'), await boxes.nth(1).getAttribute('value')];
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await Promise.all([
      page.waitForURL(/\/compare\//),
      page.getByRole('button', { name: 'Compare the ticked cases' }).click(),
    ]);
    await expect.poll(() => page.locator('[data-output] table.compare thead th').count(), { timeout: 10_000 }).toBe(2);
    expect(new URL(page.url()).search).toBe(`?cases=${ids.join(',')}`);
    await context.close();
  });

  it('refuses one case, or an id the record does not have, in words', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/compare/?cases=fr-cnil-sanction-2022,no-such-case`);
    await expect
      .poll(() => page.locator('[data-status]').textContent(), { timeout: 10_000 })
      .toBe('No case with the id “no-such-case” is in the record.');
    await context.close();
  });

  it('the prebuilt comparison reads with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/compare/clearview-europe/`);
    expect(await page.locator('table.compare thead th').count()).toBe(5);
    expect(await page.locator('table.compare a[href="/laws/eu-gdpr/art-9/"]').count()).toBe(1);
    await context.close();
  });
});
