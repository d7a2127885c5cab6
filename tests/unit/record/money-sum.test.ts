import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/lib/record/build-record';
import { headlineEur } from '../../../src/lib/record/money-sum';
import type { AmountData, CaseData } from '../../../src/schemas/case';
import { caseData, recordInput } from '../../support/record-fixtures';

const eur = (kind: AmountData['kind'], value: number, extra: Partial<AmountData> = {}): AmountData => ({
  kind,
  value,
  currency: 'EUR',
  frtSpecific: true,
  ...extra,
});

const headline = (data: Partial<CaseData>) => {
  const [view] = buildRecord(recordInput([{ id: 'a', data: caseData(data) }])).cases;
  if (!view) throw new Error('no case built');
  return headlineEur(view);
};

describe('headlineEur', () => {
  it('adds every sum owed: fines, penalty payments, settlements and damages', () => {
    expect(
      headline({
        amounts: [
          eur('fine', 20_000_000),
          eur('penalty-payment', 5_200_000),
          eur('settlement', 1_000_000, { frtSpecific: false, note: 'Broader.' }),
          eur('damages', 50_000),
        ],
      }),
    ).toBe(26_250_000);
  });

  it('leaves out a proposed fine and the rate of a periodic penalty, which are not sums owed', () => {
    expect(
      headline({
        amounts: [
          eur('proposed-fine', 17_000_000),
          eur('fine', 7_000_000),
          eur('periodic-penalty', 100_000, { per: 'day' }),
        ],
      }),
    ).toBe(7_000_000);
  });

  it('adds sums in other currencies by their euro value at the decision date', () => {
    expect(
      headline({
        regulator: 'gb-ico',
        decided: { date: '2022-05-18', precision: 'day' },
        amounts: [{ kind: 'fine', value: 7_552_800, currency: 'GBP', frtSpecific: true }],
      }),
    ).toBe(8_920_278.73);
  });

  it('is zero for a case without money', () => {
    expect(headline({ actionType: 'order', paymentStatus: 'not-applicable', amounts: [] })).toBe(0);
  });
});

describe('headlineEur, summed', () => {
  it('is rounded to the cent like every other total, with no floating-point noise', () => {
    // 1,000,000.10 + 0.20 is 1,000,000.2999999999 in floating point.
    expect(headline({ amounts: [eur('fine', 1_000_000.1), eur('penalty-payment', 0.2)] })).toBe(1_000_000.3);
  });
});
