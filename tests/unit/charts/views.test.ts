import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../../src/lib/charts/data';
import { MAX_LANE_MARKS, MAX_MARKS } from '../../../src/lib/charts/fine-timeline/layout';
import {
  CHART_IDS,
  chartPoints,
  chartSummary,
  chartVariant,
  chartVariants,
  DEFAULTS,
  renderChart,
  type ChartContext,
  type ChartOptions,
} from '../../../src/lib/charts/registry';
import {
  chartSource,
  chartView,
  needsViews,
  pointsOptions,
  pointsPath,
  prebuiltViews,
  variantOptions,
  viewCsvPath,
  viewKey,
  viewKeys,
  viewPath,
  viewRoutes,
} from '../../../src/lib/charts/views';
import { PAST_THE_CAPS, SAMPLE, WITH_SETTLEMENTS } from './fixtures';

const names = { 'clearview-ai': 'Clearview AI', 'it-garante': 'Garante' };
const context: ChartContext = {
  names,
  respondents: ['clearview-ai'],
  regulators: ['it-garante', 'gb-ico'],
  jurisdictions: ['GB', 'IT'],
  updated: '2026-11-30',
  viewed: { 'fine-timeline': [''] },
};

/**
 * Past both caps, with dollar values in another order than euro values (a rate that moved), so
 * the largest sums in dollars are not the largest in euros.
 */
const CROSSED: ChartData = {
  ...PAST_THE_CAPS,
  money: PAST_THE_CAPS.money.map((p, i) => (i % 2 === 0 ? { ...p, usd: 5000 - i } : p)),
};

describe('viewKey and viewKeys', () => {
  it('name a view by the options that change what a chart shows, besides its filters', () => {
    expect(viewKeys('fine-timeline').map((v) => v.key)).toEqual(['all', 'fines', 'agreed']);
    expect(viewKeys('enforcement-gap').map((v) => v.key)).toEqual(['default']);
    expect(viewKeys('fines-by-regulator').map((v) => v.key)).toEqual(['regulator', 'jurisdiction']);
    // Currency, scale and theme change only the drawing, which the browser does from the view.
    const options: ChartOptions = { ...DEFAULTS['fine-timeline'], sums: 'fines', currency: 'USD', scale: 'linear' };
    expect(viewKey('fine-timeline', options)).toBe('fines');
  });
});

describe('chartView', () => {
  it('carries only what the timeline draws when it caps its marks: the largest sums in euros and in dollars, the latest decisions', () => {
    const view = chartView('fine-timeline', DEFAULTS['fine-timeline'], CROSSED, names);
    expect(view.drawn.events).toHaveLength(MAX_LANE_MARKS);
    expect(view.drawn.events.at(-1)).toEqual(CROSSED.events.at(-1));
    expect(view.drawn.money.length).toBeGreaterThan(MAX_MARKS);
    expect(view.drawn.money.length).toBeLessThan(CROSSED.money.length);
    // The smallest sum in both currencies is not drawn in either.
    expect(view.drawn.money.map((p) => p.key)).not.toContain('c1#0');
  });

  it('draws exactly the chart that all it shows would draw, in every currency, scale and width', () => {
    for (const chart of CHART_IDS)
      for (const data of [CROSSED, WITH_SETTLEMENTS])
        for (const { options: key } of viewKeys(chart))
          for (const currency of ['EUR', 'USD', 'original'] as const)
            for (const scale of ['log', 'linear'] as const)
              for (const width of [360, 720]) {
                const options = { ...DEFAULTS[chart], ...key, currency, scale };
                const view = chartView(chart, options, data, names);
                const everything = { ...view, drawn: chartPoints(chart, options, data) };
                const draw = { width, base: '/', id: chart };
                expect(renderChart(chart, options, view, context, draw)).toBe(
                  renderChart(chart, options, everything, context, draw),
                );
              }
  });

  it('says in each currency what the chart shows, and its table lists from all it shows', () => {
    const noDollars = { ...SAMPLE, money: SAMPLE.money.map((p) => ({ ...p, usd: null })) };
    const view = chartView('fine-timeline', DEFAULTS['fine-timeline'], noDollars, names);
    expect(view.summary.EUR).toBe(chartSummary('fine-timeline', DEFAULTS['fine-timeline'], noDollars, names));
    expect(view.summary.USD).toContain(`${SAMPLE.money.length} sums have no recorded dollar rate and are not drawn.`);
    expect(view.summary.EUR).not.toContain('dollar rate');
    const capped = chartView('fine-timeline', DEFAULTS['fine-timeline'], PAST_THE_CAPS, names);
    expect(capped.table.note).toContain(`of ${PAST_THE_CAPS.money.length} sums`);
    expect(capped.csv).toBeNull();
  });
});

describe('needsViews', () => {
  it('is true only where a chart draws fewer points than it shows', () => {
    expect(needsViews('fine-timeline', DEFAULTS['fine-timeline'], PAST_THE_CAPS)).toBe(true);
    expect(needsViews('fine-timeline', DEFAULTS['fine-timeline'], SAMPLE)).toBe(false);
    expect(needsViews('enforcement-gap', DEFAULTS['enforcement-gap'], PAST_THE_CAPS)).toBe(false);
    // Fines by authority draws totals: one point per bar, where an authority has several fines.
    expect(needsViews('fines-by-regulator', DEFAULTS['fines-by-regulator'], PAST_THE_CAPS)).toBe(true);
    const oneEach = { ...SAMPLE, money: SAMPLE.money.map((p, i) => ({ ...p, regulatorId: `r${i}` })) };
    expect(needsViews('fines-by-regulator', DEFAULTS['fines-by-regulator'], oneEach)).toBe(false);
  });
});

describe('chartSource', () => {
  const timeline = DEFAULTS['fine-timeline'];

  it('fetches a prebuilt view where the record has one, else the points of the filter', () => {
    expect(chartSource('fine-timeline', { ...timeline, sums: 'agreed', currency: 'USD' }, context)).toEqual({
      kind: 'view',
      path: '/charts/views/fine-timeline/all/agreed.json',
    });
    expect(chartSource('fine-timeline', { ...timeline, respondent: 'clearview-ai' }, context)).toEqual({
      kind: 'points',
      path: '/charts/points/fine-timeline/respondent-clearview-ai.json',
    });
    expect(chartSource('enforcement-gap', DEFAULTS['enforcement-gap'], context)).toEqual({
      kind: 'points',
      path: '/charts/points/enforcement-gap/all.json',
    });
  });

  it('with several filters, fetches the points of the first, which hold every point of the view', () => {
    const both = { ...timeline, respondent: 'clearview-ai', jurisdiction: 'IT' };
    expect(chartSource('fine-timeline', both, context)).toEqual({
      kind: 'points',
      path: pointsPath('fine-timeline', 'respondent-clearview-ai'),
    });
  });
});

describe('files of views and points', () => {
  it('a view links to the chart CSV at its default view, and to a CSV of its own otherwise', () => {
    const timeline = DEFAULTS['fine-timeline'];
    expect(viewCsvPath('fine-timeline', timeline)).toBe('/charts/fine-timeline.csv');
    expect(viewCsvPath('fine-timeline', { ...timeline, respondent: 'clearview-ai' })).toBe(
      '/charts/fine-timeline/respondent-clearview-ai.csv',
    );
    expect(viewCsvPath('fine-timeline', { ...timeline, sums: 'fines' })).toBe(
      viewPath('fine-timeline', '', 'fines', 'csv'),
    );
    expect(viewPath('fine-timeline', '', 'fines', 'csv')).toBe('/charts/views/fine-timeline/all/fines.csv');
  });

  it('the build writes every key of every viewed variant, with a CSV only where the chart has none', () => {
    const views = prebuiltViews({ viewed: { 'fine-timeline': ['', 'respondent-clearview-ai'] } });
    expect(views.map((v) => [v.variant, v.key, v.ownCsv])).toEqual([
      ['', 'all', false],
      ['', 'fines', true],
      ['', 'agreed', true],
      ['respondent-clearview-ai', 'all', false],
      ['respondent-clearview-ai', 'fines', true],
      ['respondent-clearview-ai', 'agreed', true],
    ]);
    expect(views[4]?.options).toEqual({ ...DEFAULTS['fine-timeline'], respondent: 'clearview-ai', sums: 'fines' });
    const routes = viewRoutes({ viewed: { 'fine-timeline': [''] } }, true);
    expect(routes.map((r) => r.params)).toEqual([
      { chart: 'fine-timeline', variant: 'all', key: 'fines' },
      { chart: 'fine-timeline', variant: 'all', key: 'agreed' },
    ]);
  });

  it('a variant name gives back its options, for every variant of every chart', () => {
    for (const chart of CHART_IDS)
      for (const { variant, options } of chartVariants(chart, context, true)) {
        expect(variantOptions(chart, variant)).toEqual(options);
        expect(chartVariant(chart, variantOptions(chart, variant))).toBe(variant);
      }
  });

  it("a chart's points file holds every view's points: the timeline's every sum", () => {
    expect(pointsOptions('fine-timeline', { ...DEFAULTS['fine-timeline'], sums: 'agreed' }).sums).toBe('all');
    expect(pointsOptions('enforcement-gap', DEFAULTS['enforcement-gap'])).toEqual(DEFAULTS['enforcement-gap']);
  });
});
