import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/lib/record/build-record';
import { ContentIntegrityError } from '../../../src/lib/record/integrity';
import { caseData, recordInput } from '../../support/record-fixtures';

describe('buildRecord', () => {
  it('resolves references and sorts cases newest first, ties by id', () => {
    const record = buildRecord(
      recordInput([
        { id: 'b-2021', data: caseData({ decided: { date: '2021', precision: 'year' } }) },
        { id: 'z-2022', data: caseData({ decided: { date: '2022-10', precision: 'month' } }) },
        {
          id: 'a-2022',
          data: caseData({
            decided: { date: '2022-10', precision: 'month' },
            related: [{ case: 'b-2021', relation: 'follows' }],
          }),
        },
      ]),
    );
    expect(record.cases.map((c) => c.id)).toEqual(['a-2022', 'z-2022', 'b-2021']);
    const [first] = record.cases;
    if (!first) throw new Error('no case built');
    expect(first.url).toBe('/cases/a-2022/');
    expect(first.regulator.data.shortName).toBe('CNIL');
    expect(first.related[0]?.case.id).toBe('b-2021');
  });

  it('indexes the cases of each regulator, respondent, law and place once, newest first', () => {
    const record = buildRecord(
      recordInput([
        { id: 'fr-2021', data: caseData({ decided: { date: '2021', precision: 'year' } }) },
        { id: 'gb-2022', data: caseData({ regulator: 'gb-ico', decided: { date: '2022-05', precision: 'month' } }) },
        { id: 'fr-2023', data: caseData({ decided: { date: '2023-01-02', precision: 'day' } }) },
      ]),
    );
    const ids = (cases: readonly { id: string }[]) => cases.map((c) => c.id);
    const cnil = record.cases[0]?.regulator.id ?? '';
    expect(ids(record.casesOf.regulator(cnil))).toEqual(['fr-2023', 'fr-2021']);
    expect(ids(record.casesOf.regulator('gb-ico'))).toEqual(['gb-2022']);
    expect(ids(record.casesOf.respondent('clearview-ai'))).toEqual(['fr-2023', 'gb-2022', 'fr-2021']);
    expect(ids(record.casesOf.law('eu-gdpr'))).toEqual(['fr-2023', 'gb-2022', 'fr-2021']);
    expect(ids(record.casesOf.place('FR'))).toEqual(['fr-2023', 'fr-2021']);
    expect(ids(record.casesOf.place('GB'))).toEqual(['gb-2022']);
    expect(record.casesOf.place('ZZ')).toEqual([]);
    expect(record.casesOf.respondent('nobody')).toEqual([]);
  });

  it('converts each sum with the rate of its decision date', () => {
    const record = buildRecord(
      recordInput([
        {
          id: 'ico',
          data: caseData({
            regulator: 'gb-ico',
            decided: { date: '2022-05-18', precision: 'day' },
            amounts: [{ kind: 'fine', value: 7_552_800, currency: 'GBP', frtSpecific: true }],
          }),
        },
      ]),
    );
    expect(record.cases[0]?.amounts[0]?.euro).toMatchObject({
      eur: 8_920_278.73,
      rate: { date: '2022-05-18', perEur: 0.8467 },
    });
  });

  it('throws one error listing every problem', () => {
    const attempt = () =>
      buildRecord(recordInput([{ id: 'a', data: caseData({ regulator: 'x', respondents: ['y'] }) }]));
    expect(attempt).toThrow(ContentIntegrityError);
    expect(attempt).toThrow(
      /has 2 problems:\n {2}content\/cases\/a\.mdx → regulator: .*\n {2}content\/cases\/a\.mdx → respondents\.0/,
    );
  });
});
