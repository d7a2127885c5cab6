// Builds the Pagefind search index as part of `astro build`: no separate CLI step.
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { withSearchAdditions } from '../lib/search/additions';
import { sortKeysOf, sortOrders, type SortKeys } from '../lib/search/sort-order';
import { builtPages } from './built-pages';

/** Pagefind's page id (its fragment's name) for each indexed URL, read back from its fragments. */
function pageIds(outputPath: string): Map<string, string> {
  const ids = new Map<string, string>();
  const folder = join(outputPath, 'fragment');
  for (const file of readdirSync(folder)) {
    const id = /^(.+)\.pf_fragment$/.exec(file)?.[1];
    if (!id) continue;
    // A gzip file whose content starts with Pagefind's signature, then the fragment's JSON.
    const fragment = JSON.parse(
      gunzipSync(readFileSync(join(folder, file)))
        .subarray(12)
        .toString('utf8'),
    ) as {
      url: string;
    };
    ids.set(fragment.url, id);
  }
  return ids;
}

/**
 * Writes `search/sort.json`: every indexed page's id newest first and largest first, which the
 * search page fetches only when a reader sorts (lib/search/sort-order.ts). Every indexed page
 * must have its sort keys, or it would drop out of sorted results: one without fails the build.
 */
function writeSortOrders(outDir: string, outputPath: string, keys: ReadonlyMap<string, SortKeys>): void {
  const pages = [...pageIds(outputPath)].map(([url, id]) => {
    const found = keys.get(url);
    if (!found) throw new Error(`${url} is in the search index without sort keys: give it a <SearchMeta>`);
    return { id, ...found };
  });
  mkdirSync(join(outDir, 'search'), { recursive: true });
  writeFileSync(join(outDir, 'search', 'sort.json'), JSON.stringify(sortOrders(pages)));
}

/**
 * Indexes the built site when the build finishes. Only elements marked `data-pagefind-body`
 * (case, regulator, respondent, law, place and explainer pages) are indexed, so navigation, lists and
 * footers never become results. Each page is given to Pagefind with its search additions
 * (accent-free spellings, other terms of art, sums as people type them; the files in the build
 * are not changed), and the sort orders are written beside the index. A failure fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'face-rules:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // URLs without the base path, as Pagefind gives them for a folder; the search adds it.
        const sortKeys = new Map<string, SortKeys>();
        for (const page of builtPages(outDir)) {
          const keys = sortKeysOf(page.html);
          if (keys) sortKeys.set(page.path, keys);
          const added = await index.addHTMLFile({ url: page.path, content: withSearchAdditions(page.html) });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${page.path}: ${added.errors.join('; ')}`);
        }
        const outputPath = `${outDir.replace(/\/$/, '')}/pagefind`;
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        writeSortOrders(outDir, outputPath, sortKeys);
        // Pages without data-pagefind-body are dropped when the index is written: count what it kept.
        const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const pages = Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
