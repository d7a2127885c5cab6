// Splits a long list into numbered pages, so index pages stay light however large the record grows.

/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages there are (at least 1, even for an empty list). */
  count: number;
  items: readonly T[];
  /** 1-based positions of the first and last item on this page, in the whole list. */
  first: number;
  last: number;
  total: number;
}

/** Every page of `items`, `size` to a page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number ≥ 1, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      number: i + 1,
      count,
      items: slice,
      first: slice.length > 0 ? i * size + 1 : 0,
      last: i * size + slice.length,
      total: items.length,
    };
  });
}

/**
 * The page numbers to link from page `current` of `count`: the first, the last and two either
 * side of the current one, with null where numbers are skipped ("1 … 4 5 6 7 8 … 100").
 */
export function pageNumbers(current: number, count: number): (number | null)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] ?? 0) > 1 ? [null, n] : [n]));
}
