import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/lib/record/build-record';
import { recordNumbers } from '../../../src/lib/record/numbers';
import { caseData, recordInput } from '../../support/record-fixtures';

const record = buildRecord(
  recordInput([
    {
      id: 'fr-notice',
      data: caseData({ actionType: 'notice', amounts: [], decided: { date: '2021-11-26', precision: 'day' } }),
    },
    {
      id: 'fr-fine',
      data: caseData({
        decided: { date: '2022-10-17', precision: 'day' },
        amounts: [
          { kind: 'fine', value: 20_000_000, currency: 'EUR', frtSpecific: true },
          { kind: 'periodic-penalty', value: 100_000, currency: 'EUR', per: 'day', frtSpecific: true },
        ],
        paymentStatus: 'unpaid',
        related: [{ case: 'fr-notice', relation: 'follows' }],
        lastVerified: '2026-12-01',
      }),
    },
    {
      id: 'gb-fine',
      data: caseData({
        regulator: 'gb-ico',
        decided: { date: '2022-05-18', precision: 'day' },
        amounts: [{ kind: 'fine', value: 7_552_800, currency: 'GBP', frtSpecific: true }],
        paymentStatus: 'paid',
        lastVerified: '2026-11-20',
      }),
    },
  ]),
);
const numbers = recordNumbers(record);

describe('recordNumbers', () => {
  it('counts cases by year, oldest first, and by region and action, each row linking to the cases', () => {
    expect(numbers.byYear.map((r) => [r.label, r.count])).toEqual([
      ['2021', 1],
      ['2022', 2],
    ]);
    expect(numbers.byYear[1]?.href).toBe('/search/?type=Case&year=2022&sort=newest');
    expect(numbers.byRegion.map((r) => [r.label, r.count])).toEqual([
      ['Europe', 2],
      ['United Kingdom', 1],
    ]);
    expect(numbers.byAction.find((r) => r.label === 'Notice')?.count).toBe(1);
  });

  it('leaves daily penalty rates out of the median and the largest sums', () => {
    expect(numbers.largest.map((s) => [s.caseId, s.eur])).toEqual([
      ['fr-fine', 20_000_000],
      ['gb-fine', 8_920_278.73],
    ]);
    expect(numbers.stats.find((s) => s.id === 'median-fine')?.value).toBe('€14.5 million');
  });

  it('says what share of the fines is known paid, and every figure as of the last check', () => {
    expect(numbers.asOf).toBe('2026-12-01');
    const paid = numbers.stats.find((s) => s.id === 'fines-paid');
    expect(paid?.value).toBe('€8.9 million');
    expect(paid?.note).toMatch(/^31% of the fines standing/);
    for (const stat of numbers.stats) expect(stat.href).toMatch(/^\//);
  });

  it('measures the days from the first step of a fine’s proceedings to the fine, where both are dated to the day', () => {
    expect(numbers.timeToFine).toEqual({ cases: 1, medianDays: 325, shortestDays: 325, longestDays: 325 });
  });
});
