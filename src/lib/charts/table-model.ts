// A chart's table as plain data, and the helpers each chart's table uses to build it.
import { largestInOrder } from './shared';
import { formatNumber } from '../money/format';

/**
 * The most rows a chart's table lists. Past it the table keeps the largest sums (in euros), so
 * pages stay light as the record grows; the CSV beside every chart holds every sum.
 */
export const TABLE_ROW_LIMIT = 100;

/** One column of a chart's table. */
export interface Column {
  label: string;
  numeric?: boolean;
}

/** A chart's table as plain data: one row per thing the chart draws, in the chart's order. */
export interface ChartTable {
  caption: string;
  columns: Column[];
  /** Each row: its cells as text, and the path its row header links to. */
  rows: { cells: string[]; path: string }[];
  /** Which column is the row header (a link). */
  header: number;
  /** Said under the rows when some were left out. */
  note: string;
}

/** Whole euros with thousands separators, as tables print them. */
export const euros = (value: number): string => formatNumber(Math.round(value));

/** The largest `limit` items in their own order, and the note that says what was left out. */
export function capped<T>(
  items: readonly T[],
  limit: number,
  size: (item: T) => number,
  what: string,
): { listed: T[]; note: string } {
  const listed = largestInOrder(items, limit, size);
  const left = items.length - listed.length;
  const note =
    left > 0
      ? `Listed: the ${formatNumber(listed.length)} largest of ${formatNumber(items.length)} ${what}. The ${formatNumber(left)} smaller ones are in the CSV, with every other.`
      : '';
  return { listed, note };
}
