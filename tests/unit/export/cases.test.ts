import { describe, expect, it } from 'vitest';
import { casesCsv, casesExport, regulatorsExport } from '../../../src/lib/export/cases';
import { buildRecord } from '../../../src/lib/record/build-record';
import { casesExportSchema, regulatorsExportSchema } from '../../../src/schemas/export';
import { caseData, recordInput } from '../../support/record-fixtures';

const record = buildRecord(
  recordInput([
    {
      id: 'ico-2022',
      data: caseData({
        title: 'ICO fines Clearview AI, again',
        regulator: 'gb-ico',
        decided: { date: '2022-05-18', precision: 'day' },
        announced: { date: '2022-05', precision: 'month' },
        amounts: [
          { kind: 'fine', value: 7_552_800, currency: 'GBP', frtSpecific: true },
          { kind: 'periodic-penalty', value: 1000, currency: 'EUR', per: 'day', frtSpecific: true },
        ],
      }),
    },
    {
      id: 'order-2021',
      data: caseData({
        actionType: 'order',
        paymentStatus: 'not-applicable',
        amounts: [],
        decided: { date: '2021', precision: 'year' },
      }),
    },
  ]),
);

describe('casesExport', () => {
  const exported = casesExport(record);

  it('follows its own contract', () => {
    expect(casesExportSchema.safeParse(exported).success).toBe(true);
  });

  it('keeps dates at their precision and carries the rate used', () => {
    const [ico] = exported.cases;
    if (!ico) throw new Error('no case exported');
    expect(ico).toMatchObject({
      decided: '2022-05-18',
      decidedPrecision: 'day',
      announced: '2022-05',
      announcedPrecision: 'month',
    });
    expect(ico.amounts[0]).toEqual({
      kind: 'fine',
      value: 7_552_800,
      currency: 'GBP',
      per: null,
      eur: 8_920_278.73,
      fx: { perEur: 0.8467, date: '2022-05-18', source: 'https://www.ecb.europa.eu/' },
      frtSpecific: true,
      note: null,
    });
    expect(exported.cases[1]).toMatchObject({
      decided: '2021',
      decidedPrecision: 'year',
      announced: null,
      amounts: [],
    });
  });
});

describe('casesCsv', () => {
  const lines = casesCsv(casesExport(record), 'https://facerules.org/').split('\r\n');

  it('writes one row per amount, and one for a case without any', () => {
    expect(lines).toHaveLength(1 + 2 + 1 + 1); // header, two amounts, one bare case, final CRLF
    expect(lines[1]).toMatch(
      /^ico-2022,"ICO fines Clearview AI, again",https:\/\/facerules\.org\/cases\/ico-2022\/,gb-ico,/,
    );
    expect(lines[1]).toContain(',fine,7552800,GBP,,8920278.73,0.8467,2022-05-18,true,');
    expect(lines[2]).toContain(',periodic-penalty,1000,EUR,day,1000,,,true,');
    expect(lines[3]).toMatch(/^order-2021,.*,not-applicable,,,,,,,,,GDPR Art\. 6,,https:\/\/www\.cnil\.fr\/$/);
  });
});

describe('regulatorsExport', () => {
  it('counts cases per regulator, including none', () => {
    const exported = regulatorsExport(record);
    expect(regulatorsExportSchema.safeParse(exported).success).toBe(true);
    expect(exported.regulators.map((r) => [r.id, r.caseCount])).toEqual([
      ['fr-cnil', 1],
      ['gb-ico', 1],
    ]);
  });
});
