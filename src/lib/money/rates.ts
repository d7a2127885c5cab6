import { daysBetween } from '../dates/partial-date';

/** A reference rate: `perEur` units of `currency` buy one euro on `date`. */
export interface Rate {
  currency: string;
  date: string;
  perEur: number;
  source: string;
}

/** How far back a rate may be from the day it is used for (weekends, bank holidays). */
export const MAX_RATE_AGE_DAYS = 7;

/** Reference rates by currency, each list sorted by date. */
export type RateBook = ReadonlyMap<string, readonly Rate[]>;

/** Builds a rate book from tables of rates (any order in, sorted out). */
export function rateBook(tables: readonly { currency: string; rates: readonly Omit<Rate, 'currency'>[] }[]): RateBook {
  const book = new Map<string, Rate[]>();
  for (const table of tables) {
    const rates = table.rates.map((rate) => ({ ...rate, currency: table.currency }));
    book.set(
      table.currency,
      [...(book.get(table.currency) ?? []), ...rates].sort((a, b) => a.date.localeCompare(b.date)),
    );
  }
  return book;
}

/**
 * The rate to convert a sum decided on `day`: the rate of that day, or the latest one up to
 * {@link MAX_RATE_AGE_DAYS} before it. `undefined` when the book holds none that close.
 */
export function rateFor(book: RateBook, currency: string, day: string): Rate | undefined {
  const rates = book.get(currency) ?? [];
  let best: Rate | undefined;
  for (const rate of rates) {
    if (rate.date > day) break;
    best = rate;
  }
  return best && daysBetween(best.date, day) <= MAX_RATE_AGE_DAYS ? best : undefined;
}
