import type { ChartData } from './data';
import { largestInOrder } from './shared';
import { escapeXml } from './svg';

/**
 * The most rows a chart's table lists. Past it the table keeps the largest sums (in euros), so
 * pages stay light as the record grows; the CSV beside every chart holds every sum.
 */
export const TABLE_ROW_LIMIT = 100;

/** The rows of a chart's data table as HTML (plain text cells, escaped), oldest first. */
export function chartTableRows(shown: ChartData, base: string, limit = TABLE_ROW_LIMIT): string {
  const listed = largestInOrder(shown.money, limit, (p) => p.eur);
  const rows = listed.map((p) => {
    const amount = `${p.value.toLocaleString('en-GB')} ${p.currency}${p.per ? ` per ${p.per}` : ''}`;
    return `<tr><td>${escapeXml(p.dateLabel)}</td><th scope="row"><a href="${escapeXml(base.replace(/\/$/, '') + p.url)}">${escapeXml(p.title)}</a></th><td>${escapeXml(p.regulator)}</td><td>${escapeXml(p.kind.replace('-', ' '))}</td><td class="num">${escapeXml(amount)}</td><td class="num">${Math.round(p.eur).toLocaleString('en-GB')}</td><td>${escapeXml(p.status.replace(/-/g, ' '))}</td><td>${escapeXml(p.paymentStatus.replace(/-/g, ' '))}</td></tr>`;
  });
  const left = shown.money.length - listed.length;
  if (left > 0)
    rows.push(
      `<tr><td colspan="8">Listed: the ${listed.length.toLocaleString('en-GB')} largest of ${shown.money.length.toLocaleString('en-GB')} sums. The ${left.toLocaleString('en-GB')} smaller ones are in the CSV, with every other.</td></tr>`,
    );
  return rows.join('');
}
