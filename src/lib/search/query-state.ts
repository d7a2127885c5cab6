/** The filters the search page offers, in display order, with their labels. */
export const SEARCH_FILTERS = [
  ['type', 'Page type'],
  ['regulator', 'Regulator'],
  ['jurisdiction', 'Place'],
  ['respondent', 'Respondent'],
  ['year', 'Year'],
  ['action', 'Action'],
  ['instrument', 'Legal instrument'],
  ['provision', 'Provision'],
  ['status', 'Status'],
] as const;

export type FilterName = (typeof SEARCH_FILTERS)[number][0];

/**
 * Sort orders: by relevance (Pagefind's), or by one of the orders in the search's sort file
 * (lib/search/sort-order.ts), read forwards or backwards.
 */
export const SORTS: Record<
  'relevance' | 'newest' | 'oldest' | 'largest',
  { label: string; by?: 'date' | 'amount'; reverse?: boolean }
> = {
  relevance: { label: 'Relevance' },
  newest: { label: 'Newest first', by: 'date' },
  oldest: { label: 'Oldest first', by: 'date', reverse: true },
  largest: { label: 'Largest amount', by: 'amount' },
};

export type SortName = keyof typeof SORTS;

/** What a search is: its words, its chosen filter values and its order. */
export interface SearchState {
  query: string;
  filters: Partial<Record<FilterName, string[]>>;
  sort: SortName;
}

const FILTER_NAMES = new Set<string>(SEARCH_FILTERS.map(([name]) => name));

/** Reads a search from URL parameters (`q`, one parameter per filter value, `sort`); unknown ones are ignored. */
export function parseSearch(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (FILTER_NAMES.has(key) && value) {
      const name = key as FilterName;
      filters[name] = [...(filters[name] ?? []), value];
    }
  }
  const sort = params.get('sort') ?? 'relevance';
  return {
    query: (params.get('q') ?? '').slice(0, 200),
    filters,
    sort: sort in SORTS ? (sort as SortName) : 'relevance',
  };
}

/** Writes a search as URL parameters, in a stable order, leaving out what is default. */
export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const [name] of SEARCH_FILTERS)
    for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filter object Pagefind's search takes: any of the chosen values, per filter. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(state.filters)) if (values.length > 0) out[name] = { any: values };
  return out;
}

/** The search page listing every case with one filter value, newest first. */
export function casesSearchPath(filter: FilterName, value: string): string {
  return `/search/${searchQuery({ query: '', filters: { type: ['Case'], [filter]: [value] }, sort: 'newest' })}`;
}

/**
 * A query as the index can match it: Pagefind finds no word in "$650m" (the dollar sign), so a
 * currency sign before a figure is dropped ("US$650m" → "650m", "€20m" → "20m"). Every sum is in
 * the index without its sign too, so nothing is lost.
 */
export function withoutCurrencySigns(query: string): string {
  return query.replace(/(?<![\p{L}\p{N}])[A-Z]{0,2}[$€£¥₩₹₱](?=\d)/gu, '');
}
