import { z } from 'astro/zod';
import { currency, day, httpsUrl, strictObject } from './primitives';

/** One published reference rate: units of the currency for one euro on a day. */
export const fxRateSchema = strictObject({
  /** The day the rate was published for. */
  date: day,
  /** Units of the currency per 1 EUR (the ECB's convention). */
  perEur: z.number().positive({ error: 'expected a positive rate' }),
  /** Where the rate was published. */
  source: httpsUrl,
});

/** Reference rates for one currency: `content/fx/<currency>.yaml`. */
export const fxTableSchema = strictObject({
  /** The currency the rates convert from. */
  currency,
  /** Rates, any order; one per day at most. */
  rates: z.array(fxRateSchema).min(1),
}).superRefine((table, ctx) => {
  const seen = new Set<string>();
  table.rates.forEach((rate, index) => {
    if (seen.has(rate.date)) {
      ctx.addIssue({ code: 'custom', path: ['rates', index, 'date'], message: `two rates for ${rate.date}` });
    }
    seen.add(rate.date);
  });
});

export type FxTable = z.infer<typeof fxTableSchema>;
