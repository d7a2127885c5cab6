import { label } from '../../schemas/vocabulary';
import { originalAmountText, type ChartData } from './data';
import { gapSeries } from './enforcement-gap/layout';
import { fineGroups, groupPath } from './fines-by-regulator/layout';
import type { ChartId, ChartOptions } from './registry';
import { largestInOrder } from './shared';
import { attrs, linkAttrs, type LinkOptions } from './svg';
import { escapeXml } from '../text/escape';

/**
 * The most rows a chart's table lists. Past it the table keeps the largest sums (in euros), so
 * pages stay light as the record grows; the CSV beside every chart holds every sum.
 */
export const TABLE_ROW_LIMIT = 100;

/** One column of a chart's table. */
interface Column {
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

const euros = (value: number) => Math.round(value).toLocaleString('en-GB');

function capped<T>(items: readonly T[], limit: number, size: (item: T) => number, what: string) {
  const listed = largestInOrder(items, limit, size);
  const left = items.length - listed.length;
  const note =
    left > 0
      ? `Listed: the ${listed.length.toLocaleString('en-GB')} largest of ${items.length.toLocaleString('en-GB')} ${what}. The ${left.toLocaleString('en-GB')} smaller ones are in the CSV, with every other.`
      : '';
  return { listed, note };
}

/**
 * The table under a chart: for the timeline, every sum drawn; for fines by authority, one row per
 * bar; for the enforcement gap, one row per step of the lines. So the table says, in text, what
 * the picture shows.
 */
export function chartTable(
  chart: ChartId,
  options: ChartOptions,
  shown: ChartData,
  title: string,
  names: Record<string, string>,
  limit = TABLE_ROW_LIMIT,
): ChartTable {
  if (chart === 'fines-by-regulator') {
    const groups = fineGroups(shown.money, options.by, names);
    return {
      caption: `${title}: one row per bar, largest first (euros at the ECB rate of each decision date)`,
      columns: [
        { label: options.by === 'regulator' ? 'Authority' : 'Country' },
        { label: 'Standing fines', numeric: true },
        { label: 'Total in euros', numeric: true },
      ],
      rows: groups.map((g) => ({ cells: [g.label, String(g.count), euros(g.total)], path: groupPath(g, options.by) })),
      header: 0,
      note: '',
    };
  }
  if (chart === 'enforcement-gap') {
    const { listed, note } = capped(gapSeries(shown.money), limit, (s) => s.p.eur, 'fines');
    return {
      caption: `${title}: one row per step of the lines, oldest first (euros at the ECB rate of each decision date)`,
      columns: [
        { label: 'Decided' },
        { label: 'Case' },
        { label: 'Authority' },
        { label: 'Fine in euros', numeric: true },
        { label: 'Imposed to date', numeric: true },
        { label: 'Known paid to date', numeric: true },
      ],
      rows: listed.map((s) => ({
        cells: [s.p.dateLabel, s.p.title, s.p.regulator, euros(s.p.eur), euros(s.imposed), euros(s.paid)],
        path: s.p.url,
      })),
      header: 1,
      note,
    };
  }
  const { listed, note } = capped(shown.money, limit, (p) => p.eur, 'sums');
  return {
    caption: `${title}: every sum shown, oldest first (euros at the ECB rate of the decision date)`,
    columns: [
      { label: 'Decided' },
      { label: 'Case' },
      { label: 'Authority' },
      { label: 'Kind of sum' },
      { label: 'Amount', numeric: true },
      { label: 'In euros', numeric: true },
      { label: 'Status' },
      { label: 'Payment' },
    ],
    rows: listed.map((p) => ({
      cells: [
        p.dateLabel,
        p.title,
        p.regulator,
        `${label(p.kind)}${p.frtSpecific ? '' : ' (covers more than facial recognition)'}`,
        originalAmountText(p),
        euros(p.eur),
        label(p.status),
        label(p.paymentStatus),
      ],
      path: p.url,
    })),
    header: 1,
    note,
  };
}

/** A chart's table as HTML: text cells escaped, the row header linking to its page. */
export function chartTableHtml(table: ChartTable, link: LinkOptions): string {
  const numeric = (i: number) => (table.columns[i]?.numeric ? ' class="num"' : '');
  const head = table.columns.map((c, i) => `<th scope="col"${numeric(i)}>${escapeXml(c.label)}</th>`).join('');
  const rows = table.rows.map(
    (row) =>
      `<tr>${row.cells
        .map((cell, i) =>
          i === table.header
            ? `<th scope="row"><a ${attrs(linkAttrs(link, row.path))}>${escapeXml(cell)}</a></th>`
            : `<td${numeric(i)}>${escapeXml(cell)}</td>`,
        )
        .join('')}</tr>`,
  );
  if (table.note) rows.push(`<tr><td colspan="${table.columns.length}">${escapeXml(table.note)}</td></tr>`);
  return `<table><caption>${escapeXml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
