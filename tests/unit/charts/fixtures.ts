import type { ChartData, MoneyPoint } from '../../../src/lib/charts/data';
import { MAX_LANE_MARKS, MAX_MARKS } from '../../../src/lib/charts/fine-timeline/layout';

/** A money point with sensible defaults. */
export function money(overrides: Partial<MoneyPoint> & { key: string }): MoneyPoint {
  return {
    caseId: overrides.key.split('#')[0] ?? overrides.key,
    url: `/cases/${overrides.key.split('#')[0] ?? ''}/`,
    title: 'A fine',
    day: '2022-03-09',
    date: overrides.day ?? '2022-03-09',
    precision: 'day',
    dateLabel: '9 March 2022',
    kind: 'fine',
    agreed: false,
    frtSpecific: true,
    value: 20_000_000,
    currency: 'EUR',
    eur: 20_000_000,
    usd: 22_000_000,
    per: null,
    status: 'final',
    paymentStatus: 'unpaid',
    standing: true,
    region: 'Europe',
    jurisdiction: 'IT',
    regulatorId: 'it-garante',
    regulator: 'Garante',
    respondentIds: ['clearview-ai'],
    respondents: ['Clearview AI'],
    ...overrides,
  };
}

/** Five sums across regions, kinds and statuses, plus one event. */
export const SAMPLE: ChartData = {
  money: [
    money({ key: 'it#0', day: '2022-02-10', dateLabel: '10 February 2022' }),
    money({
      key: 'gb-notice#0',
      day: '2021-11-29',
      kind: 'proposed-fine',
      value: 17_000_000,
      currency: 'GBP',
      eur: 20_098_600,
      usd: 22_663_000,
      status: 'superseded',
      paymentStatus: 'not-applicable',
      standing: false,
      region: 'United Kingdom',
      jurisdiction: 'GB',
      regulatorId: 'gb-ico',
      regulator: 'ICO',
    }),
    money({
      key: 'gb-fine#0',
      day: '2022-05-18',
      value: 7_552_800,
      currency: 'GBP',
      eur: 8_920_278.73,
      usd: 9_386_809,
      status: 'under-appeal',
      region: 'United Kingdom',
      jurisdiction: 'GB',
      regulatorId: 'gb-ico',
      regulator: 'ICO',
    }),
    money({
      key: 'fr#1',
      day: '2022-10-17',
      kind: 'periodic-penalty',
      value: 100_000,
      eur: 100_000,
      usd: null,
      per: 'day',
      standing: false,
      jurisdiction: 'FR',
      regulatorId: 'fr-cnil',
      regulator: 'CNIL',
    }),
    money({
      key: 'se#0',
      day: '2021-02-10',
      dateLabel: '10 February 2021',
      value: 2_500_000,
      currency: 'SEK',
      eur: 248_016,
      usd: 300_769,
      paymentStatus: 'paid',
      jurisdiction: 'SE',
      regulatorId: 'se-imy',
      regulator: 'IMY',
      respondentIds: ['se-police'],
      respondents: ['Swedish Police'],
    }),
  ],
  events: [
    {
      caseId: 'au',
      url: '/cases/au/',
      title: 'An order',
      day: '2021-10-14',
      date: '2021-10-14',
      precision: 'day',
      dateLabel: '14 October 2021',
      actionType: 'order',
      status: 'final',
      region: 'Asia-Pacific',
      jurisdiction: 'AU',
      regulatorId: 'au-oaic',
      regulator: 'OAIC',
      respondentIds: ['clearview-ai'],
      respondents: ['Clearview AI'],
    },
  ],
  links: [{ from: 'gb-notice#0', to: 'gb-fine#0' }],
};

/** A court-approved settlement (money agreed, not a fine) and one that covers more than facial recognition. */
export const SETTLEMENTS = [
  money({
    key: 'us-bipa#0',
    day: '2021-02-26',
    kind: 'settlement',
    agreed: true,
    value: 650_000_000,
    currency: 'USD',
    eur: 536_000_000,
    usd: 650_000_000,
    paymentStatus: 'paid',
    standing: false,
    region: 'North America',
    jurisdiction: 'US-IL',
    regulatorId: 'us-nd-cal',
    regulator: 'N.D. Cal.',
    respondentIds: ['meta'],
    respondents: ['Meta'],
  }),
  money({
    key: 'us-tx#0',
    day: '2025-01-01',
    date: '2025',
    precision: 'year',
    dateLabel: '2025',
    kind: 'settlement',
    agreed: true,
    frtSpecific: false,
    value: 1_375_000_000,
    currency: 'USD',
    eur: 1_310_000_000,
    usd: 1_375_000_000,
    paymentStatus: 'unknown',
    standing: false,
    region: 'North America',
    jurisdiction: 'US-TX',
    regulatorId: 'us-tx-ag',
    regulator: 'Texas AG',
    respondentIds: ['google'],
    respondents: ['Google'],
  }),
];

/** SAMPLE with the settlements among its sums, oldest first. */
export const WITH_SETTLEMENTS: ChartData = {
  ...SAMPLE,
  money: [...SAMPLE.money, ...SETTLEMENTS].sort((a, b) => a.day.localeCompare(b.day)),
};

/**
 * A record past both timeline caps: 40 sums more than MAX_MARKS (worth 1000, 1001 … euros, spread
 * over 2010–2024) and 5 decisions more than MAX_LANE_MARKS (`e0` the oldest).
 */
export const PAST_THE_CAPS: ChartData = {
  ...SAMPLE,
  money: Array.from({ length: MAX_MARKS + 40 }, (_, i) =>
    money({ key: `c${i}#0`, value: 1000 + i, eur: 1000 + i, usd: 1100 + i, day: `20${10 + (i % 15)}-06-01` }),
  ),
  events: Array.from({ length: MAX_LANE_MARKS + 5 }, (_, i) => ({
    ...(SAMPLE.events[0] as (typeof SAMPLE.events)[number]),
    caseId: `e${i}`,
    day: `20${10 + Math.floor(i / 12)}-01-01`,
  })),
};
