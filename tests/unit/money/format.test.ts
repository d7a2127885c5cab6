import { describe, expect, it } from 'vitest';
import { toEur } from '../../../src/lib/money/convert';
import {
  currencySymbol,
  formatApprox,
  formatMoney,
  formatNumber,
  formatWithEuro,
  perPeriod,
} from '../../../src/lib/money/format';

const ECB = 'https://www.ecb.europa.eu/';

describe('formatMoney', () => {
  it('writes round millions in words', () => {
    expect(formatMoney(20_000_000, 'EUR')).toBe('€20 million');
    expect(formatMoney(30_500_000, 'EUR')).toBe('€30.5 million');
    expect(formatMoney(1_400_000_000, 'USD')).toBe('US$1.4 billion');
  });

  it('writes billions as billions, never as thousands of millions', () => {
    expect(formatMoney(1_375_000_000, 'USD')).toBe('US$1.375 billion');
    expect(formatMoney(5_000_000_000, 'USD')).toBe('US$5 billion');
    expect(formatMoney(1_234_567_890, 'USD')).toBe('US$1,234,567,890');
  });

  it('writes every digit of sums that are not round', () => {
    expect(formatMoney(7_552_800, 'GBP')).toBe('£7,552,800');
    expect(formatMoney(100_000, 'EUR')).toBe('€100,000');
    expect(formatMoney(1038, 'CNY')).toBe('CN¥1,038');
    expect(formatMoney(2_500_000.5, 'SEK')).toBe('SEK 2,500,000.50');
  });

  it('separates letter codes from the number', () => {
    expect(currencySymbol('SEK')).toBe('SEK');
    expect(formatMoney(200_000, 'SEK')).toBe('SEK 200,000');
  });
});

describe('formatApprox', () => {
  it('rounds to one decimal of a million or billion', () => {
    expect(formatApprox(8_920_456.31, 'EUR')).toBe('€8.9 million');
    expect(formatApprox(1_234_567_890, 'EUR')).toBe('€1.2 billion');
  });

  it('rounds smaller sums to the thousand', () => {
    expect(formatApprox(254_321, 'EUR')).toBe('€254,000');
    expect(formatApprox(133.4, 'EUR')).toBe('€133');
  });
});

describe('formatWithEuro', () => {
  it('gives the euro equivalent with the rate and its date', () => {
    const rate = { currency: 'GBP', date: '2022-05-23', perEur: 0.85, source: ECB };
    expect(formatWithEuro(7_552_800, 'GBP', toEur(7_552_800, 'GBP', rate))).toBe(
      '£7,552,800 (≈ €8.9 million at 0.85 on 2022-05-23)',
    );
  });

  it('adds nothing to sums already in euros', () => {
    expect(formatWithEuro(20_000_000, 'EUR', toEur(20_000_000, 'EUR', undefined))).toBe('€20 million');
  });
});

describe('perPeriod', () => {
  it('words a periodic penalty one way in text and one way in a cell, and leaves other sums alone', () => {
    expect(perPeriod('€20,000', 'day')).toBe('€20,000 per day');
    expect(perPeriod('€20,000', 'day', 'compact')).toBe('€20,000/day');
    expect(perPeriod('€20 million', null)).toBe('€20 million');
  });
});

describe('formatNumber', () => {
  it('writes numbers as toLocaleString("en-GB") does, with its formatter made once', () => {
    for (const value of [0, 7, 1000, 7552800, 20_000_000, 0.5, 1234.5678, -42, 1e21]) {
      expect(formatNumber(value)).toBe(value.toLocaleString('en-GB'));
    }
    expect(formatNumber(7552800)).toBe('7,552,800');
  });
});
