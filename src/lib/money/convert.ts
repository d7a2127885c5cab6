import type { Rate } from './rates';

/** A sum in euros with the rate that produced it (`rate` is null for sums already in EUR). */
export interface EuroValue {
  eur: number;
  rate: Rate | null;
}

/** Rounds to cents, so exported figures do not carry floating-point noise. */
export function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Converts `value` in `currency` to euros with `rate` (units of the currency per euro). */
export function toEur(value: number, currency: string, rate: Rate | undefined): EuroValue {
  if (currency === 'EUR') return { eur: value, rate: null };
  if (!rate) throw new Error(`no ${currency} rate given to convert ${value} ${currency} to EUR`);
  if (rate.currency !== currency) throw new Error(`a ${rate.currency} rate cannot convert ${currency}`);
  return { eur: cents(value / rate.perEur), rate };
}
