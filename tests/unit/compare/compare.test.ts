import { describe, expect, it } from 'vitest';
import {
  compareCsv,
  compareHtml,
  comparePath,
  compareProblem,
  compareTable,
  parseCompareIds,
} from '../../../src/lib/compare/compare';
import { casesExport } from '../../../src/lib/export/cases';
import { buildRecord } from '../../../src/lib/record/build-record';
import { caseData, recordInput } from '../../support/record-fixtures';

const exported = casesExport(
  buildRecord(
    recordInput([
      {
        id: 'fr',
        data: caseData({
          title: 'CNIL fines <Clearview>',
          provisions: [
            { law: 'eu-gdpr', provision: 'art-6', pinpoint: '(1)(f)', role: 'rejected' },
            { law: 'eu-gdpr', provision: 'art-6', role: 'breached' },
          ],
          orders: ['Delete the data within two months.'],
        }),
      },
      {
        id: 'gb',
        data: caseData({
          title: 'ICO fines Clearview',
          regulator: 'gb-ico',
          decided: { date: '2022-05-18', precision: 'day' },
          announced: { date: '2022-05', precision: 'month' },
          amounts: [{ kind: 'fine', value: 7_552_800, currency: 'GBP', frtSpecific: true }],
          provisions: [{ law: 'eu-gdpr', provision: 'art-9', pinpoint: '(1)', role: 'breached' }],
          identifiers: [{ scheme: 'decision-number', value: 'COM0746614' }],
        }),
      },
    ]),
  ),
).cases;
const byId = (id: string) => {
  const found = exported.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};
const table = compareTable([byId('fr'), byId('gb')]);
const cells = (heading: string) =>
  table.rows.find((row) => row.heading === heading)?.cells.map((c) => c.map((l) => l.text));

describe('comparing decisions', () => {
  it('aligns provisions across cases: one row per provision, a blank where a case does not cite it', () => {
    expect(table.rows.filter((r) => r.group === 'Provisions' && r.href).map((r) => [r.heading, r.href])).toEqual([
      ['GDPR Art. 6', '/laws/eu-gdpr/art-6/'],
      ['GDPR Art. 9', '/laws/eu-gdpr/art-9/'],
    ]);
    expect(cells('GDPR Art. 6')).toEqual([['found breached', '(1)(f): rejected as a basis'], []]);
    expect(cells('GDPR Art. 9')).toEqual([[], ['(1): found breached']]);
    expect(cells('Legal bases rejected')).toEqual([['GDPR Art. 6(1)(f)'], []]);
  });

  it('shows dates at their precision, sums with their euro value, orders and identifiers', () => {
    expect(cells('Decided')).toEqual([['17 October 2022'], ['18 May 2022']]);
    expect(cells('Made public')).toEqual([[], ['May 2022']]);
    expect(cells('Amounts')).toEqual([['Fine: €20 million'], ['Fine: £7,552,800 (about €8.9 million)']]);
    expect(cells('Orders and deadlines')).toEqual([['Delete the data within two months.'], []]);
    expect(cells('Identifiers')).toEqual([[], ['Decision number: COM0746614']]);
  });

  it('draws escaped HTML with site links under the base, and a CSV with a column per case', () => {
    const html = compareHtml(table, (path) => `/base${path}`, 'Two decisions');
    expect(html).toContain('<a href="/base/cases/fr/">CNIL fines &lt;Clearview&gt;</a>');
    expect(html).toContain('<a href="/base/laws/eu-gdpr/art-9/">GDPR Art. 9</a>');
    expect(html).toContain('<caption>Two decisions</caption>');
    const csv = compareCsv(table).split('\r\n');
    expect(csv[0]).toBe('Row,CNIL fines <Clearview>,ICO fines Clearview');
    expect(csv[1]).toBe('Case id,fr,gb');
    expect(csv).toContain('Provision: GDPR Art. 6,found breached; (1)(f): rejected as a basis,');
  });

  it('reads ids from the address in either form and refuses a list it cannot compare', () => {
    expect(parseCompareIds(new URLSearchParams('cases=a,b, c'))).toEqual(['a', 'b', 'c']);
    expect(parseCompareIds(new URLSearchParams('cases=a&cases=b'))).toEqual(['a', 'b']);
    expect(comparePath(['a', 'b'])).toBe('/compare/?cases=a,b');
    const known = new Set(['a', 'b', 'c', 'd', 'e']);
    expect(compareProblem(['a', 'b'], known)).toBeNull();
    expect(compareProblem(['a'], known)).toBe('Choose at least 2 cases to compare.');
    expect(compareProblem(['a', 'b', 'c', 'd', 'e'], known)).toBe('A comparison holds at most 4 cases.');
    expect(compareProblem(['a', 'a'], known)).toBe('Each case can appear only once.');
    expect(compareProblem(['a', 'zz'], known)).toBe('No case with the id “zz” is in the record.');
  });
});

describe('provision rows', () => {
  it('follow each law in the order first cited, and its provisions by number, whichever case cites them first', () => {
    const [first, second] = [byId('gb'), byId('fr')];
    const rows = compareTable([first, second]).rows.filter((r) => r.group === 'Provisions' && r.href);
    expect(rows.map((r) => r.heading)).toEqual(['GDPR Art. 6', 'GDPR Art. 9']);
  });
});
