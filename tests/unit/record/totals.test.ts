import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/lib/record/build-record';
import { fineTotals, groupBy } from '../../../src/lib/record/totals';
import type { AmountData } from '../../../src/schemas/case';
import { caseData, recordInput } from '../../support/record-fixtures';

const eur = (
  value: number,
  kind: 'fine' | 'penalty-payment' | 'settlement' | 'proposed-fine' = 'fine',
  frtSpecific = true,
): AmountData => ({
  kind,
  value,
  currency: 'EUR' as const,
  frtSpecific,
  ...(frtSpecific ? {} : { note: 'covers more' }),
});

describe('fineTotals', () => {
  it('adds standing fines and penalty payments, and counts only fully paid ones as paid', () => {
    const record = buildRecord(
      recordInput([
        { id: 'a', data: caseData({ amounts: [eur(20_000_000)], paymentStatus: 'unpaid' }) },
        { id: 'b', data: caseData({ amounts: [eur(5_200_000, 'penalty-payment')], paymentStatus: 'paid' }) },
        { id: 'c', data: caseData({ amounts: [eur(1_000_000)], paymentStatus: 'partially-paid' }) },
        {
          id: 'appealed',
          data: caseData({ amounts: [eur(3_000_000)], status: 'under-appeal', paymentStatus: 'unpaid' }),
        },
        {
          id: 'gone',
          data: caseData({ amounts: [eur(9_000_000)], status: 'overturned', paymentStatus: 'not-applicable' }),
        },
        {
          id: 'old',
          data: caseData({ amounts: [eur(17_000_000)], status: 'superseded', paymentStatus: 'not-applicable' }),
        },
        { id: 'deal', data: caseData({ amounts: [eur(50_000_000, 'settlement')], paymentStatus: 'paid' }) },
        { id: 'broad', data: caseData({ amounts: [eur(7_000_000, 'fine', false)], paymentStatus: 'paid' }) },
      ]),
    );
    expect(fineTotals(record.cases)).toEqual({ imposedEur: 29_200_000, knownPaidEur: 5_200_000, finedCases: 4 });
  });
});

describe('groupBy', () => {
  it('groups in input order and sorts groups by key', () => {
    expect(groupBy(['b1', 'a1', 'b2'], (s) => s.slice(0, 1))).toEqual([
      ['a', ['a1']],
      ['b', ['b1', 'b2']],
    ]);
  });
});
