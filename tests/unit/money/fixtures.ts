import { rateBook } from '../../../src/lib/money/rates';

/** Where the test rates come from. */
export const source = 'https://www.ecb.europa.eu/';

/** Two ECB rates for sterling, out of order as a content file may list them. */
export const book = rateBook([
  {
    currency: 'GBP',
    rates: [
      { date: '2022-05-18', perEur: 0.8467, source },
      { date: '2021-11-29', perEur: 0.84583, source },
    ],
  },
]);
