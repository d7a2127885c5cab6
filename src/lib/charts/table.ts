import type { ChartData } from './data';
import { CHARTS } from './definitions';
import type { ChartId, ChartOptions } from './registry';
import { attrs, linkAttrs, type LinkOptions } from './svg';
import { TABLE_ROW_LIMIT, type ChartTable } from './table-model';
import { escapeXml } from '../text/escape';

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
  return CHARTS[chart].table(options, shown, title, names, limit);
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
