// Measures the first search in Chromium: bytes transferred to load the search page and run a
// query (UI, Pagefind and index chunks included), and the time from the index being ready to
// results on screen. Usage: node scripts/bench-search.ts [dist] [query]
// Prints JSON; nothing is timed inside `npm test`.
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { serveStatic } from './serve-static.ts';

/** First-search cost: transfer in KB and latency in ms. */
export interface SearchBench {
  query: string;
  firstSearchKB: number;
  firstSearchMs: number;
  requests: number;
}

/** Runs the measurement against a built site folder. */
export async function benchSearch(dist: string, query = 'clearview'): Promise<SearchBench> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => performance.getEntriesByName('search:first-results').length > 0);
    const ms = await page.evaluate(() => performance.getEntriesByName('search:first-results')[0]?.duration ?? -1);
    return {
      query,
      firstSearchKB: Math.round((bytes / 1024) * 10) / 10,
      firstSearchMs: Math.round(ms * 10) / 10,
      requests,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchSearch(process.argv[2] ?? 'dist', process.argv[3] ?? 'clearview'), null, 2));
}
