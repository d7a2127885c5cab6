// The search page driven as a reader drives it: a query in the address, the results it shows.
import type { Page } from 'playwright-core';

/** One result as shown: its link and title. */
export interface ShownResult {
  href: string;
  title: string;
}

/**
 * Opens `/search/?q=<query>` on `origin` in `page` and returns the first `count` results the page
 * draws, in order (fewer when the search finds fewer). Waits for the announced count first, so a
 * search that finds nothing returns [] rather than timing out.
 */
export async function shownResults(page: Page, origin: string, query: string, count = 3): Promise<ShownResult[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-status]');
  await status.filter({ hasText: /^\d+ results?/ }).waitFor({ timeout: 15_000 });
  const total = Number(/^\d+/.exec((await status.textContent()) ?? '')?.[0] ?? 0);
  const links = page.locator('[data-results] > li > a.title');
  const wanted = Math.min(count, total);
  if (wanted > 0) await links.nth(wanted - 1).waitFor({ timeout: 15_000 });
  return Promise.all(
    (await links.all()).slice(0, wanted).map(async (link) => ({
      href: (await link.getAttribute('href')) ?? '',
      title: (await link.textContent()) ?? '',
    })),
  );
}
