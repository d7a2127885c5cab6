import type { ChartData } from './data';
import { escapeXml } from './svg';

/** The rows of a chart's data table as HTML (plain text cells, escaped), oldest first. */
export function chartTableRows(shown: ChartData, base: string): string {
  const rows = shown.money.map((p) => {
    const amount = `${p.value.toLocaleString('en-GB')} ${p.currency}${p.per ? ` per ${p.per}` : ''}`;
    return `<tr><td>${escapeXml(p.dateLabel)}</td><th scope="row"><a href="${escapeXml(base.replace(/\/$/, '') + p.url)}">${escapeXml(p.title)}</a></th><td>${escapeXml(p.regulator)}</td><td>${escapeXml(p.kind.replace('-', ' '))}</td><td class="num">${escapeXml(amount)}</td><td class="num">${Math.round(p.eur).toLocaleString('en-GB')}</td><td>${escapeXml(p.status.replace(/-/g, ' '))}</td><td>${escapeXml(p.paymentStatus.replace(/-/g, ' '))}</td></tr>`;
  });
  return rows.join('');
}
