import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/lib/record/build-record';
import { moneyFigures } from '../../../src/lib/record/figures';
import type { AmountData, CaseData } from '../../../src/schemas/case';
import { caseData, recordInput } from '../../support/record-fixtures';

const sum = (
  kind: AmountData['kind'],
  value: number,
  currency: AmountData['currency'] = 'EUR',
  frtSpecific = true,
): AmountData => ({
  kind,
  value,
  currency,
  frtSpecific,
  ...(frtSpecific ? {} : { note: 'Covers more.' }),
});

const figures = (...cases: Partial<CaseData>[]) =>
  moneyFigures(buildRecord(recordInput(cases.map((data, i) => ({ id: `c${i}`, data: caseData(data) })))).cases);

const FINES_NOTE = 'facial-recognition fines and penalty payments not overturned';
const PAID_NOTE = 'only fines that public sources say were paid in full';

describe('moneyFigures', () => {
  it('gives the fines standing and the part known to be paid', () => {
    expect(
      figures(
        { amounts: [sum('fine', 20_000_000)], paymentStatus: 'unpaid' },
        { amounts: [sum('fine', 9_200_000)], paymentStatus: 'paid' },
      ),
    ).toEqual([
      { label: 'Fines standing', value: '€29.2 million', note: FINES_NOTE },
      { label: 'Known to be paid', value: '€9.2 million', note: PAID_NOTE },
    ]);
  });

  it('says "None" rather than €0 for cases without money', () => {
    expect(figures({ actionType: 'order', paymentStatus: 'not-applicable', amounts: [] })).toEqual([
      { label: 'Fines standing', value: 'None', note: FINES_NOTE },
      { label: 'Known to be paid', value: '—', note: PAID_NOTE },
    ]);
    expect(moneyFigures([])[0]?.value).toBe('None');
  });

  it('gives settlements alone, in their own currency, when a case has no fine', () => {
    expect(
      figures({
        regulator: 'gb-ico',
        decided: { date: '2022-05-18', precision: 'day' },
        actionType: 'settlement',
        paymentStatus: 'paid',
        amounts: [sum('settlement', 50_000_000, 'GBP')],
      }),
    ).toEqual([
      {
        label: 'Settlements and damages',
        value: '£50 million',
        note: 'money agreed or awarded in 1 case, not a fine',
      },
    ]);
  });

  it('gives fines and settlements apart, in euros when the settlements are in several currencies', () => {
    const result = figures(
      { amounts: [sum('fine', 20_000_000)] },
      { amounts: [sum('settlement', 1_000_000)], paymentStatus: 'paid' },
      {
        regulator: 'gb-ico',
        decided: { date: '2022-05-18', precision: 'day' },
        amounts: [sum('damages', 846_700, 'GBP', false)],
        paymentStatus: 'paid',
      },
    );
    expect(result.map((f) => f.label)).toEqual(['Fines standing', 'Known to be paid', 'Settlements and damages']);
    expect(result[2]).toEqual({
      label: 'Settlements and damages',
      value: '€2 million',
      note: 'money agreed or awarded in 2 cases, not a fine; one sum also covers more than facial recognition',
    });
  });

  it('counts sums that cover more than facial recognition in the plural', () => {
    const result = figures(
      { actionType: 'settlement', paymentStatus: 'paid', amounts: [sum('settlement', 1_000_000, 'EUR', false)] },
      { actionType: 'settlement', paymentStatus: 'paid', amounts: [sum('settlement', 2_000_000, 'EUR', false)] },
    );
    expect(result).toEqual([
      {
        label: 'Settlements and damages',
        value: '€3 million',
        note: 'money agreed or awarded in 2 cases, not a fine; 2 sums also cover more than facial recognition',
      },
    ]);
  });
});
