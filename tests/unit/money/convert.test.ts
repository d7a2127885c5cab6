import { describe, expect, it } from 'vitest';
import { toEur } from '../../../src/lib/money/convert';
import { MAX_RATE_AGE_DAYS, rateBook, rateFor } from '../../../src/lib/money/rates';

const source = 'https://www.ecb.europa.eu/';
const book = rateBook([
  {
    currency: 'GBP',
    rates: [
      { date: '2022-05-18', perEur: 0.8467, source },
      { date: '2021-11-29', perEur: 0.84583, source },
    ],
  },
]);

describe('toEur', () => {
  it('converts with units of the currency per euro, to the cent', () => {
    const rate = rateFor(book, 'GBP', '2022-05-18');
    expect(toEur(7_552_800, 'GBP', rate)).toEqual({ eur: 8_920_278.73, rate });
  });

  it('passes euros through without a rate', () => {
    expect(toEur(20_000_000, 'EUR', undefined)).toEqual({ eur: 20_000_000, rate: null });
  });

  it('refuses to convert without a rate, or with the wrong one', () => {
    expect(() => toEur(1, 'USD', undefined)).toThrow(/no USD rate/);
    expect(() => toEur(1, 'USD', rateFor(book, 'GBP', '2022-05-18'))).toThrow(/a GBP rate cannot convert USD/);
  });
});

describe('rateFor', () => {
  it('uses the rate of the day when there is one', () => {
    expect(rateFor(book, 'GBP', '2021-11-29')?.perEur).toBe(0.84583);
  });

  it('falls back to the latest earlier rate within the allowed age', () => {
    expect(rateFor(book, 'GBP', '2022-05-21')?.date).toBe('2022-05-18');
    expect(rateFor(book, 'GBP', `2022-05-${18 + MAX_RATE_AGE_DAYS}`)?.date).toBe('2022-05-18');
  });

  it('finds nothing too old, too early or in another currency', () => {
    expect(rateFor(book, 'GBP', '2022-05-26')).toBeUndefined();
    expect(rateFor(book, 'GBP', '2021-11-28')).toBeUndefined();
    expect(rateFor(book, 'USD', '2022-05-18')).toBeUndefined();
  });
});
