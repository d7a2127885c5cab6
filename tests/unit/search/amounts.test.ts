import { describe, expect, it } from 'vitest';
import { amountForms, sumsIn } from '../../../src/lib/search/amounts';
import { formatApprox, formatMoney } from '../../../src/lib/money/format';

describe('sumsIn', () => {
  it('reads back sums as the record writes them', () => {
    const text = `Fines of ${formatMoney(20_000_000, 'EUR')}, ${formatMoney(7_552_800, 'GBP')} (${formatApprox(8_900_000, 'EUR')}), ${formatMoney(1_400_000_000, 'USD')} and ${formatMoney(200_000, 'SEK')}; ${formatMoney(100_000, 'EUR')} per day.`;
    expect(sumsIn(text)).toEqual([
      { value: 20_000_000, currency: 'EUR' },
      { value: 7_552_800, currency: 'GBP' },
      { value: 8_900_000, currency: 'EUR' },
      { value: 1_400_000_000, currency: 'USD' },
      { value: 200_000, currency: 'SEK' },
      { value: 100_000, currency: 'EUR' },
    ]);
  });

  it('reads no sum into codes, years, articles or words in capitals', () => {
    expect(sumsIn('GDPR Art. 9, 2022, TOP 10, CNIL 2023, (2) 5 million people')).toEqual([]);
  });

  it('reads each sum once', () => {
    expect(sumsIn('€20 million, then €20 million again')).toHaveLength(1);
  });
});

describe('amountForms', () => {
  it('writes a sum as people type it: every digit, its scale rounded and cut, signs, code and name', () => {
    const forms = amountForms({ value: 7_552_800, currency: 'GBP' });
    for (const form of [
      '7,552,800',
      '7552800',
      '£7.5m',
      '£7.6m',
      '£7.55m',
      '7.5 million pounds',
      'GBP 7.5 million',
      '7.55m',
    ])
      expect(forms).toContain(form);
    // Never rounded to a whole number that is not the sum.
    expect(forms).not.toContain('£8m');
    expect(forms).not.toContain('£7m');
  });

  it('writes round sums once, with the signs readers use beside the record’s', () => {
    const forms = amountForms({ value: 20_000_000, currency: 'EUR' });
    expect(forms).toEqual(
      expect.arrayContaining(['20,000,000', '20000000', '€20m', '€20 million', '20 million euros', 'EUR 20m']),
    );
    expect(forms.filter((form) => form === '€20m')).toHaveLength(1);
    expect(amountForms({ value: 1_400_000_000, currency: 'USD' })).toEqual(
      expect.arrayContaining(['US$1.4bn', '$1.4 billion', '1.4 billion dollars']),
    );
    expect(amountForms({ value: 250_000, currency: 'EUR' })).toEqual(expect.arrayContaining(['€250k', '250,000']));
  });
});
