// Measures the first search in Chromium: gzip bytes to load the search page and run a query
// (UI, Pagefind, its WebAssembly and index chunks included), and the time from navigation to the
// first results on screen. Usage: node scripts/bench-search.ts [dist] [query]
// Prints JSON; nothing is timed inside `npm test`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/chromium.ts';
import { servedFile, serveStatic } from './serve-static.ts';

/** First-search cost: transfer in KB and latency in ms. */
export interface SearchBench {
  query: string;
  firstSearchKB: number;
  firstSearchMs: number;
  requests: number;
  /** The paths counted: what a reader's first search fetched before its results showed. */
  paths: string[];
}

/** Bytes on the wire: Pagefind's index files are gzip already (magic 1f 8b); the rest a host gzips. */
function transferBytes(bytes: Buffer): number {
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes.length : gzipSync(bytes).length;
}

/**
 * Runs the measurement against a built site folder. Bytes are counted as a host would send them,
 * gzip-compressed, for every request of the page and of Pagefind's web worker (which fetches the
 * WebAssembly, the index chunks and the result fragments) that finished before the first results
 * were on screen; what loads afterwards (the filter index for facet counts) is not counted.
 */
export async function benchSearch(dist: string, query = 'clearview'): Promise<SearchBench> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const requested: { url: URL; finished: number }[] = [];
    // Playwright reports the requests of a page's dedicated workers with the page's own.
    page.on('requestfinished', (request) => {
      const timing = request.timing();
      requested.push({ url: new URL(request.url()), finished: timing.startTime + timing.responseEnd });
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => performance.getEntriesByName('search:first-results').length > 0);
    const [ms, shown] = await page.evaluate(() => {
      const entry = performance.getEntriesByName('search:first-results')[0];
      // From the start of navigation: what a reader arriving with a query waits for.
      const end = entry ? entry.startTime + entry.duration : -1;
      return [end, performance.timeOrigin + end];
    });
    // What the reader waited for: requests done by the time the first results were on screen.
    const paths = requested
      .filter(({ url, finished }) => url.origin === server.origin && finished <= shown)
      .map(({ url }) => decodeURIComponent(url.pathname));
    const bytes = paths
      .map((path) => servedFile(dist, path))
      .filter((file) => existsSync(file))
      .reduce((sum, file) => sum + transferBytes(readFileSync(file)), 0);
    return {
      query,
      firstSearchKB: Math.round((bytes / 1024) * 10) / 10,
      firstSearchMs: Math.round(ms * 10) / 10,
      requests: requested.filter(({ finished }) => finished <= shown).length,
      paths,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchSearch(process.argv[2] ?? 'dist', process.argv[3] ?? 'clearview'), null, 2));
}
