import { describe, expect, it } from 'vitest';
import { book } from './fixtures';
import { toEur } from '../../../src/lib/money/convert';
import { rateFor } from '../../../src/lib/money/rates';

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
