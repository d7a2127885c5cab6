import { describe, expect, it } from 'vitest';
import { book, source } from './fixtures';
import { MAX_RATE_AGE_DAYS, rateBook, rateFor } from '../../../src/lib/money/rates';

describe('rateBook', () => {
  it('sorts each currency’s rates by date and labels each with its currency', () => {
    expect(book.get('GBP')).toEqual([
      { currency: 'GBP', date: '2021-11-29', perEur: 0.84583, source },
      { currency: 'GBP', date: '2022-05-18', perEur: 0.8467, source },
    ]);
    expect([...book.keys()]).toEqual(['GBP']);
  });

  it('merges tables of the same currency', () => {
    const merged = rateBook([
      { currency: 'USD', rates: [{ date: '2022-10-17', perEur: 0.9835, source }] },
      { currency: 'USD', rates: [{ date: '2022-05-18', perEur: 1.0532, source }] },
    ]);
    expect(merged.get('USD')?.map((r) => r.date)).toEqual(['2022-05-18', '2022-10-17']);
  });
});

describe('rateFor', () => {
  it('uses the rate of the day when there is one', () => {
    expect(rateFor(book, 'GBP', '2021-11-29')?.perEur).toBe(0.84583);
  });

  it('falls back to the latest earlier rate within the allowed age', () => {
    expect(rateFor(book, 'GBP', '2022-05-21')?.date).toBe('2022-05-18');
    expect(rateFor(book, 'GBP', `2022-05-${18 + MAX_RATE_AGE_DAYS}`)?.date).toBe('2022-05-18');
    // Not the earlier one, even though both are before the day.
    expect(rateFor(book, 'GBP', '2022-05-19')?.perEur).toBe(0.8467);
  });

  it('finds nothing too old, too early or in another currency', () => {
    expect(rateFor(book, 'GBP', '2022-05-26')).toBeUndefined();
    expect(rateFor(book, 'GBP', '2021-11-28')).toBeUndefined();
    expect(rateFor(book, 'USD', '2022-05-18')).toBeUndefined();
  });
});
