import { describe, expect, it } from 'vitest';
import {
  chartData,
  filterChartData,
  filtersOf,
  matchesFilters,
  originalAmountText,
  valueIn,
} from '../../../src/lib/charts/data';
import { DEFAULTS } from '../../../src/lib/charts/registry';
import { buildRecord } from '../../../src/lib/record/build-record';
import type { RecordInput } from '../../../src/lib/record/types';
import { caseData, recordInput } from '../../support/record-fixtures';
import { money, SAMPLE } from './fixtures';

const source = 'https://www.ecb.europa.eu/';

/**
 * The ICO's proposed fine and the fine that followed it, a CNIL fine with a daily penalty and a
 * sum about more than facial recognition, a settlement, and an order without money.
 */
function record() {
  const input = recordInput([
    {
      id: 'ico-notice',
      data: caseData({
        regulator: 'gb-ico',
        decided: { date: '2021-11-29', precision: 'day' },
        actionType: 'notice',
        status: 'superseded',
        paymentStatus: 'not-applicable',
        amounts: [{ kind: 'proposed-fine', value: 17_000_000, currency: 'GBP', frtSpecific: true }],
      }),
    },
    {
      id: 'ico-fine',
      data: caseData({
        regulator: 'gb-ico',
        decided: { date: '2022-05-18', precision: 'day' },
        status: 'under-appeal',
        amounts: [{ kind: 'fine', value: 7_552_800, currency: 'GBP', frtSpecific: true }],
        related: [{ case: 'ico-notice', relation: 'follows' }],
      }),
    },
    {
      id: 'cnil-fine',
      data: caseData({
        amounts: [
          { kind: 'fine', value: 20_000_000, currency: 'EUR', frtSpecific: true },
          { kind: 'periodic-penalty', value: 100_000, currency: 'EUR', per: 'day', frtSpecific: true },
          { kind: 'fine', value: 5_000_000, currency: 'EUR', frtSpecific: false, note: 'Cookies.' },
        ],
      }),
    },
    {
      id: 'cnil-settlement',
      data: caseData({
        decided: { date: '2023', precision: 'year' },
        actionType: 'settlement',
        paymentStatus: 'paid',
        amounts: [{ kind: 'settlement', value: 1_000_000, currency: 'EUR', frtSpecific: false, note: 'Broader.' }],
      }),
    },
    {
      id: 'cnil-order',
      data: caseData({ decided: { date: '2022-10', precision: 'month' }, actionType: 'order', amounts: [] }),
    },
  ]);
  const fx: RecordInput['fx'] = [
    ...input.fx.map((table) => ({
      ...table,
      data: { ...table.data, rates: [...table.data.rates, { date: '2021-11-29', perEur: 0.84583, source }] },
    })),
    {
      id: 'usd',
      filePath: 'content/fx/usd.yaml',
      data: { currency: 'USD', rates: [{ date: '2022-10-17', perEur: 0.9835, source }] },
    },
  ];
  return buildRecord({ ...input, fx });
}

describe('chartData', () => {
  const data = chartData(record());

  it('charts facial-recognition sums and settlements, oldest first, keyed by case and amount index', () => {
    // The CNIL's third amount covers more than facial recognition and is not a settlement: not charted.
    expect(data.money.map((p) => p.key)).toEqual([
      'ico-notice#0',
      'ico-fine#0',
      'cnil-fine#0',
      'cnil-fine#1',
      'cnil-settlement#0',
    ]);
  });

  it('puts each decision without a charted sum on the lane, dated at its precision', () => {
    expect(data.events).toEqual([
      {
        caseId: 'cnil-order',
        url: '/cases/cnil-order/',
        title: 'Regulator fines a company',
        day: '2022-10-01',
        date: '2022-10',
        precision: 'month',
        dateLabel: 'October 2022',
        status: 'final',
        region: 'Europe',
        jurisdiction: 'FR',
        regulatorId: 'fr-cnil',
        regulator: 'CNIL',
        respondentIds: ['clearview-ai'],
        respondents: ['Clearview AI'],
        actionType: 'order',
      },
    ]);
  });

  it('converts to euros and dollars at the decision date, and leaves dollars out where no rate is recorded', () => {
    const byKey = new Map(data.money.map((p) => [p.key, p]));
    expect(byKey.get('cnil-fine#0')).toMatchObject({ eur: 20_000_000, usd: 19_670_000, standing: true });
    expect(byKey.get('ico-fine#0')).toMatchObject({
      value: 7_552_800,
      currency: 'GBP',
      eur: 8_920_278.73,
      usd: null,
      region: 'United Kingdom',
      status: 'under-appeal',
      standing: true,
    });
    expect(byKey.get('cnil-fine#1')).toMatchObject({ kind: 'periodic-penalty', per: 'day', standing: false });
    expect(byKey.get('ico-notice#0')).toMatchObject({ kind: 'proposed-fine', standing: false, agreed: false });
    expect(byKey.get('cnil-settlement#0')).toMatchObject({
      agreed: true,
      frtSpecific: false,
      standing: false,
      day: '2023-01-01',
      dateLabel: '2023',
    });
  });

  it('links a proposed fine to the fine that followed it', () => {
    expect(data.links).toEqual([{ from: 'ico-notice#0', to: 'ico-fine#0' }]);
  });
});

describe('matchesFilters', () => {
  const point = { respondentIds: ['clearview-ai'], regulatorId: 'us-il-ag', jurisdiction: 'US-IL' };

  it('matches a country and its subdivisions, never a code that merely starts the same', () => {
    expect(matchesFilters(point, { jurisdiction: 'US' })).toBe(true);
    expect(matchesFilters(point, { jurisdiction: 'US-IL' })).toBe(true);
    expect(matchesFilters(point, { jurisdiction: 'U' })).toBe(false);
    expect(matchesFilters({ ...point, jurisdiction: 'USX' }, { jurisdiction: 'US' })).toBe(false);
  });

  it('requires every filter given, and treats an empty one as none', () => {
    expect(matchesFilters(point, {})).toBe(true);
    expect(matchesFilters(point, { respondent: '', regulator: '' })).toBe(true);
    expect(matchesFilters(point, { respondent: 'clearview-ai', regulator: 'us-il-ag' })).toBe(true);
    expect(matchesFilters(point, { respondent: 'clearview-ai', regulator: 'fr-cnil' })).toBe(false);
    expect(matchesFilters(point, { respondent: 'meta' })).toBe(false);
  });
});

describe('filterChartData', () => {
  it('filters by country including its subdivisions, and keeps links only with both ends', () => {
    expect(filterChartData(SAMPLE, { jurisdiction: 'GB' }).money.map((p) => p.key)).toEqual([
      'gb-notice#0',
      'gb-fine#0',
    ]);
    expect(filterChartData(SAMPLE, { jurisdiction: 'GB' }).links).toEqual(SAMPLE.links);
    expect(filterChartData(SAMPLE, { regulator: 'it-garante' }).links).toEqual([]);
  });

  it('filters the decisions without money too', () => {
    expect(filterChartData(SAMPLE, { respondent: 'clearview-ai' }).events).toHaveLength(1);
    expect(filterChartData(SAMPLE, { respondent: 'se-police' }).events).toEqual([]);
  });
});

describe('filtersOf', () => {
  it('keeps the filters that are set, and nothing else of the options', () => {
    const options = { ...DEFAULTS['fine-timeline'], respondent: 'clearview-ai', regulator: '' };
    expect(filtersOf(options)).toEqual({ respondent: 'clearview-ai' });
    expect(filtersOf({ regulator: 'gb-ico', jurisdiction: 'GB' })).toEqual({ regulator: 'gb-ico', jurisdiction: 'GB' });
    expect(filtersOf({})).toEqual({});
  });
});

describe('valueIn', () => {
  it('gives dollars for USD, and euros for EUR and for each sum in its own currency', () => {
    const p = money({ key: 'x#0', eur: 100, usd: 110 });
    expect([valueIn(p, 'EUR'), valueIn(p, 'USD'), valueIn(p, 'original')]).toEqual([100, 110, 100]);
    expect(valueIn({ ...p, usd: null }, 'USD')).toBeNull();
  });
});

describe('originalAmountText', () => {
  it('writes the sum as decided, in full, with its period', () => {
    expect(originalAmountText({ value: 7_552_800, currency: 'GBP', per: null })).toBe('7,552,800 GBP');
    expect(originalAmountText({ value: 20_000, currency: 'EUR', per: 'day' })).toBe('20,000 EUR per day');
    expect(originalAmountText({ value: 0.5, currency: 'EUR', per: null })).toBe('0.5 EUR');
  });
});
