// Loads Pagefind's search library from the built site, once, on the reader's intent.
import { withBase } from '../lib/paths';
import { movedToFront, namedResultIndex } from '../lib/search/named-first';
import { withoutCurrencySigns } from '../lib/search/query-state';
import type { SortOrders } from '../lib/search/sort-order';

/** The parts of Pagefind's browser API this site uses. */
export interface Pagefind {
  options: (options: { baseUrl?: string; excerptLength?: number; ranking?: Record<string, unknown> }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ) => Promise<{
    results: PagefindHit[];
    unfilteredResultCount: number;
    filters: Record<string, Record<string, number>>;
    totalFilters: Record<string, Record<string, number>>;
  } | null>;
}

/** One hit; its data loads separately, page by page. */
export interface PagefindHit {
  id: string;
  data: () => Promise<PagefindResult>;
}

/** A hit's content: where it is, what it says, and its best sub-sections. */
export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

/**
 * Pagefind's own title boost (5), and the names meta (components/SearchMeta.astro: `names` the
 * short ones, `aka` every form) boosted to the top weight: a search for a name ("CNIL",
 * "Clearview", "Garante per la protezione dei dati personali") finds the authority's or the
 * respondent's page before the cases that name it. tests/browser/search-ranking.test.ts holds the
 * queries this is tuned on.
 */
const RANKING = { metaWeights: { title: 5, names: 10, aka: 10 } };

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded from `<base>pagefind/pagefind.js` the first time it is asked for. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = withBase(base, '/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Pagefind keeps its web worker, though the worker downloads its search code a second time
    // (12 KB gzip): on the main thread, decompressing the index blocked a phone for 190 ms
    // (Lighthouse's total blocking time on the search page went from about 200 ms to 700–1,400 ms).
    await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: RANKING });
    await pagefind.init();
    // Every search goes through here, so a sum typed with its sign ("$650m") is found.
    return { ...pagefind, search: (query, options) => pagefind.search(query && withoutCurrencySigns(query), options) };
  })();
  return loading;
}

/**
 * The hits of a search, with the page named exactly as asked first (lib/search/named-first.ts),
 * if it is among the first `within`: those shown first, whose data is fetched to show them
 * anyway (Pagefind keeps each page's data once loaded).
 */
export async function namedFirst(query: string, hits: PagefindHit[], within: number): Promise<PagefindHit[]> {
  if (!query.trim()) return hits;
  const first = await Promise.all(hits.slice(0, within).map((hit) => hit.data()));
  return movedToFront(hits, namedResultIndex(query, first));
}

let filterIndex: Promise<Record<string, Record<string, number>>> | undefined;

/**
 * Loads Pagefind's filter index, once, and returns every filter value with its page count. Until
 * it is loaded, searches report no filter counts. It lists every page under every filter, so it
 * grows with the record: the quick search never loads it, the search page after its first results.
 */
export function loadFilterIndex(pagefind: Pagefind): Promise<Record<string, Record<string, number>>> {
  filterIndex ??= pagefind.filters();
  return filterIndex;
}

const files = new Map<string, Promise<unknown>>();

/** One of the search's own JSON files, fetched once, when first needed. */
function searchFile<T>(base: string, path: string): Promise<T> {
  let file = files.get(path);
  if (!file) {
    file = fetch(withBase(base, path)).then((response) => response.json() as Promise<unknown>);
    files.set(path, file);
  }
  return file as Promise<T>;
}

/** The names a search may have meant (/search/names.json), fetched when one finds little. */
export const loadSearchNames = (base: string): Promise<string[]> => searchFile(base, '/search/names.json');

/** Every page newest first and largest first (/search/sort.json), fetched when a reader sorts. */
export const loadSortOrders = (base: string): Promise<SortOrders> => searchFile(base, '/search/sort.json');
