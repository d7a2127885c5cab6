import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, openPage, useSite } from '../support/browser';

describe.runIf(chromiumAvailable())('the enforcement map in Chromium', () => {
  const site = useSite();

  const open = (path: string, javaScriptEnabled = true) => openPage(site, path, javaScriptEnabled);
  const figure = (page: Page) => page.locator('figure.map-figure');
  const fill = (page: Page, key: string) =>
    page.locator(`.mark[data-key="${key}"] > *`).evaluate((el) => getComputedStyle(el).fill);

  it('without JavaScript shows every place shaded by cases, as links, and no control that cannot work', async () => {
    const page = await open('/map/', false);
    expect(await figure(page).getAttribute('data-shade')).toBe('count');
    expect(await page.locator('[data-controls]').isHidden()).toBe(true);
    expect(await page.locator('enforcement-map .mark').count()).toBeGreaterThan(40);
    expect(await fill(page, 'FR')).not.toBe(await fill(page, 'BR'));
    await page.context().close();
  });

  it('the shading choice changes the shades and the legend, is kept in the URL, and the URL restores it', async () => {
    const page = await open('/map/');
    await page.locator('enforcement-map[data-ready]').waitFor();
    const byCount = await fill(page, 'NL');
    await page.getByRole('radio', { name: 'Standing fines (euros)' }).check();
    await expect.poll(() => page.url()).toMatch(/\/map\/\?shade=fines$/);
    expect(await figure(page).getAttribute('data-shade')).toBe('fines');
    expect(await fill(page, 'NL')).not.toBe(byCount);
    expect(await page.locator('.legend[data-legend="fines"]').isVisible()).toBe(true);
    expect(await page.locator('.legend[data-legend="count"]').isVisible()).toBe(false);
    const restored = await open('/map/?shade=fines');
    await restored.locator('enforcement-map[data-ready]').waitFor();
    expect(await figure(restored).getAttribute('data-shade')).toBe('fines');
    expect(await restored.getByRole('radio', { name: 'Standing fines (euros)' }).isChecked()).toBe(true);
    await page.context().close();
    await restored.context().close();
  });

  it('is one Tab stop: arrows move between places, each named in a tooltip, and Enter opens its page', async () => {
    const page = await open('/map/');
    await page.locator('enforcement-map[data-ready]').waitFor();
    const first = page.locator('enforcement-map .mark[tabindex="0"]');
    await first.focus();
    const name = await first.getAttribute('aria-label');
    await expect.poll(() => page.locator('enforcement-map [data-tooltip]').textContent()).toBe(name);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(second).not.toBe(name);
    expect(await page.locator('enforcement-map .mark[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/places\/[a-z]+\/(#[a-z-]+)?$/);
    await page.context().close();
  });
});
