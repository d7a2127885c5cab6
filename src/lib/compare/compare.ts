// Side-by-side comparison of decisions: rows aligned across two to four cases (more for a prebuilt
// comparison). Built from the published case export (`/data/cases/<id>.json`), so the page drawn
// at build and the one assembled in the browser from a URL are the same table, from the same code.
import { formatPartialDate, type PartialDate } from '../dates/partial-date';
import { formatApprox, formatMoney } from '../money/format';
import { escapeXml } from '../text/escape';
import { toCsv } from '../export/csv';
import { label, PROVISION_ROLES } from '../../schemas/vocabulary';
import type { CasesExport } from '../../schemas/export';
import { casePath, lawPath, provisionPath, regulatorPath, respondentPath } from '../routes';

export type ComparedCase = CasesExport['cases'][number];

/** The fewest and most cases a comparison from a URL may hold. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** One line in a cell: text, and a link when it points somewhere. */
export interface CellLine {
  text: string;
  href?: string;
}

/** One aligned row: its heading, its group, and a cell per case (an empty cell means "not stated"). */
export interface CompareRow {
  group: string;
  heading: string;
  /** A provision row's page, so the heading links to it. */
  href?: string;
  cells: CellLine[][];
}

export interface CompareTable {
  cases: { id: string; title: string; url: string }[];
  rows: CompareRow[];
}

const date = (value: string | null, precision: PartialDate['precision'] | null): CellLine[] =>
  value && precision ? [{ text: formatPartialDate({ date: value, precision }) }] : [];

/** The row a citation belongs to: its law and provision (none for a whole-law citation). */
const rowKey = (p: ComparedCase['provisions'][number]) => `${p.law}/${p.provision ?? ''}`;

/** The provisions of every case, one row per provision (or whole law), in first-cited order. */
function provisionRows(cases: readonly ComparedCase[]): CompareRow[] {
  const keys = new Map<string, { heading: string; href: string }>();
  for (const c of cases)
    for (const p of c.provisions) {
      const key = rowKey(p);
      if (keys.has(key)) continue;
      // The citation without its pinpoint names the row: "GDPR Art. 5(1)(a)" → "GDPR Art. 5".
      const heading =
        p.pinpoint && p.citation.endsWith(p.pinpoint) ? p.citation.slice(0, -p.pinpoint.length) : p.citation;
      keys.set(key, { heading, href: p.provision ? provisionPath(p.law, p.provision) : lawPath(p.law) });
    }
  // Laws in the order first cited; within a law, provisions by number (art-5 before art-12).
  const lawOrder = [...new Set([...keys.keys()].map((key) => key.split('/')[0]))];
  const byNumber = (key: string) => (key.split('/')[1] ?? '').split(/\D+/).filter(Boolean).map(Number);
  const order = (a: string, b: string) => {
    const law = lawOrder.indexOf(a.split('/')[0]) - lawOrder.indexOf(b.split('/')[0]);
    if (law !== 0) return law;
    const [x, y] = [byNumber(a), byNumber(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i += 1)
      if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  return [...keys]
    .sort(([a], [b]) => order(a, b))
    .map(([key, { heading, href }]) => ({
      group: 'Provisions',
      heading,
      href,
      cells: cases.map((c) =>
        c.provisions
          .filter((p) => rowKey(p) === key)
          .sort((a, b) => PROVISION_ROLES.indexOf(a.role) - PROVISION_ROLES.indexOf(b.role))
          .map((p) => ({
            text: `${p.pinpoint ? `${p.pinpoint}: ` : ''}${label(p.role).toLowerCase()}${p.note ? ` (${p.note})` : ''}`,
          })),
      ),
    }));
}

/** Aligns the cases row by row, in the order the issue's readers compare decisions. */
export function compareTable(cases: readonly ComparedCase[]): CompareTable {
  const row = (group: string, heading: string, cell: (c: ComparedCase) => CellLine[]): CompareRow => ({
    group,
    heading,
    cells: cases.map(cell),
  });
  return {
    cases: cases.map((c) => ({ id: c.id, title: c.title, url: c.url })),
    rows: [
      row('Decision', 'Authority', (c) => [
        { text: `${c.regulator.name} (${c.regulator.jurisdiction})`, href: regulatorPath(c.regulator.id) },
      ]),
      row('Decision', 'Against', (c) => c.respondents.map((r) => ({ text: r.name, href: respondentPath(r.id) }))),
      row('Decision', 'Decided', (c) => date(c.decided, c.decidedPrecision)),
      row('Decision', 'Made public', (c) => date(c.announced, c.announcedPrecision)),
      row('Decision', 'Action', (c) => [{ text: label(c.actionType) }]),
      row('Decision', 'Identifiers', (c) =>
        c.identifiers.map((i) => ({ text: `${label(i.scheme)}: ${i.value}`, ...(i.url ? { href: i.url } : {}) })),
      ),
      ...provisionRows(cases),
      row('Provisions', 'Doctrines', (c) => c.doctrines.map((text) => ({ text }))),
      row('Provisions', 'Legal bases rejected', (c) =>
        c.provisions.filter((p) => p.role === 'rejected').map((p) => ({ text: p.citation })),
      ),
      row('Outcome', 'Orders and deadlines', (c) => c.orders.map((text) => ({ text }))),
      row('Outcome', 'Amounts', (c) =>
        c.amounts.map((a) => ({
          text: `${label(a.kind)}: ${formatMoney(a.value, a.currency)}${a.per ? ` per ${a.per}` : ''}${
            a.currency === 'EUR' ? '' : ` (about ${formatApprox(a.eur, 'EUR')})`
          }`,
        })),
      ),
      row('Outcome', 'Status', (c) => [{ text: label(c.status) }]),
      row('Outcome', 'Payment', (c) => [{ text: label(c.paymentStatus) }]),
      row('Outcome', 'Proceedings that followed or preceded', (c) =>
        c.related.map((r) => ({ text: `${label(r.relation)}: ${r.title}`, href: casePath(r.case) })),
      ),
      row('Sources', 'Sources', (c) => c.sources.map((s) => ({ text: `${s.publisher}: ${s.title}`, href: s.url }))),
      row('Sources', 'Last verified', (c) => [{ text: formatPartialDate({ date: c.lastVerified, precision: 'day' }) }]),
    ],
  };
}

/** Why a list of case ids cannot be compared, or null when it can. */
export function compareProblem(ids: readonly string[], known: ReadonlySet<string>, max = COMPARE_MAX): string | null {
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) return `No case with the id ${unknown.map((id) => `“${id}”`).join(', ')} is in the record.`;
  if (new Set(ids).size !== ids.length) return 'Each case can appear only once.';
  if (ids.length < COMPARE_MIN) return `Choose at least ${COMPARE_MIN} cases to compare.`;
  if (ids.length > max) return `A comparison holds at most ${max} cases.`;
  return null;
}

/** Reads `?cases=a,b,c` (or the form's `?cases=a&cases=b`) into ids, in order. */
export function parseCompareIds(params: URLSearchParams): string[] {
  return params
    .getAll('cases')
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter(Boolean);
}

/** The comparison's address for a set of cases: `/compare/?cases=a,b,c`. */
export function comparePath(ids: readonly string[]): string {
  return `/compare/?cases=${ids.map(encodeURIComponent).join(',')}`;
}

/** The table as HTML: drawn at build with set:html and in the browser with the same string. */
export function compareHtml(table: CompareTable, withBase: (path: string) => string, caption: string): string {
  const link = (line: CellLine) => {
    const text = escapeXml(line.text);
    if (!line.href) return text;
    if (!line.href.startsWith('/')) return `<a href="${escapeXml(line.href)}" rel="noopener noreferrer">${text}</a>`;
    return `<a href="${escapeXml(withBase(line.href))}">${text}</a>`;
  };
  const cell = (lines: CellLine[]) =>
    lines.length === 0
      ? '<td class="none"><span aria-hidden="true">—</span><span class="visually-hidden">Not stated</span></td>'
      : lines.length === 1 && lines[0]
        ? `<td>${link(lines[0])}</td>`
        : `<td>${lines.map((line) => `<div>${link(line)}</div>`).join('')}</td>`;
  const head = table.cases
    .map((c) => `<th scope="col"><a href="${escapeXml(withBase(c.url))}">${escapeXml(c.title)}</a></th>`)
    .join('');
  const groups = [...new Set(table.rows.map((row) => row.group))];
  const body = groups
    .map((group) => {
      const rows = table.rows
        .filter((row) => row.group === group)
        .map((row) => {
          const heading = row.href
            ? `<a href="${escapeXml(withBase(row.href))}">${escapeXml(row.heading)}</a>`
            : escapeXml(row.heading);
          return `<tr><th scope="row">${heading}</th>${row.cells.map(cell).join('')}</tr>`;
        })
        .join('');
      return `<tbody><tr><th scope="rowgroup" colspan="${table.cases.length + 1}"><strong>${escapeXml(group)}</strong></th></tr>${rows}</tbody>`;
    })
    .join('');
  return `<table class="compare"><caption>${escapeXml(caption)}</caption><thead><tr><td></td>${head}</tr></thead>${body}</table>`;
}

/** The table as CSV, one column per case, cells' lines joined with "; ". */
export function compareCsv(table: CompareTable): string {
  return toCsv(
    ['Row', ...table.cases.map((c) => c.title)],
    [
      ['Case id', ...table.cases.map((c) => c.id)],
      ...table.rows.map((row) => [
        row.group === 'Provisions' && row.href ? `Provision: ${row.heading}` : row.heading,
        ...row.cells.map((lines) => lines.map((line) => line.text).join('; ')),
      ]),
    ],
  );
}
