// Sorting search results by date or amount without Pagefind's sort index. Pagefind keeps each sort
// as a list over every page in the metadata that every search downloads first: at 10,000 cases
// that is a large part of the first search. Here the orders are a file of their own, fetched only
// when a reader sorts, and every result is sorted, not just a page of them.

/** A page's sort keys as the search page files it (components/SearchMeta.astro). */
export interface SortKeys {
  date: string;
  amount: number;
}

/** The orders of every indexed page, by Pagefind's page id: newest first, largest first. */
export interface SortOrders {
  date: string[];
  amount: string[];
}

/** The sort keys a built page carries on its search markers, if it has them. */
export function sortKeysOf(html: string): SortKeys | undefined {
  const marker = /<div hidden class="search-meta"[^>]*\sdata-sort-date="([^"]+)"[^>]*\sdata-sort-amount="(\d+)"/.exec(
    html,
  );
  return marker ? { date: marker[1] ?? '', amount: Number(marker[2]) } : undefined;
}

/** Orders page ids newest first and largest first; ties keep the id order, so builds are stable. */
export function sortOrders(pages: readonly ({ id: string } & SortKeys)[]): SortOrders {
  const byId = [...pages].sort((a, b) => a.id.localeCompare(b.id));
  return {
    date: [...byId].sort((a, b) => b.date.localeCompare(a.date)).map((page) => page.id),
    amount: [...byId].sort((a, b) => b.amount - a.amount).map((page) => page.id),
  };
}

/**
 * Every hit in `order` (`reverse` for oldest or smallest first); a hit the order does not know
 * (it cannot happen with one build's files) keeps its place after the others.
 */
export function sortHits<T extends { id: string }>(hits: readonly T[], order: readonly string[], reverse = false): T[] {
  const rank = new Map(order.map((id, index) => [id, reverse ? order.length - index : index]));
  const at = (hit: T) => rank.get(hit.id) ?? Number.MAX_SAFE_INTEGER;
  return [...hits].sort((a, b) => at(a) - at(b));
}
