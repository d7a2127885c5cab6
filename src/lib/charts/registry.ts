import { sum } from 'd3-array';
import type { ChartCurrency, ChartData, ChartFilters, MoneyPoint } from './data';
import { filterChartData, valueIn } from './data';
import { layoutEnforcementGap } from './enforcement-gap/layout';
import { renderEnforcementGapSvg } from './enforcement-gap/render-svg';
import { layoutFineTimeline, MAX_LANE_MARKS, MAX_MARKS } from './fine-timeline/layout';
import { renderFineTimelineSvg } from './fine-timeline/render-svg';
import { layoutFinesByRegulator } from './fines-by-regulator/layout';
import { renderFinesByRegulatorSvg } from './fines-by-regulator/render-svg';
import { shortMoney } from './shared';

/** The charts Face Rules publishes (the ids are part of the embed URL contract). */
export const CHART_IDS = ['fine-timeline', 'enforcement-gap', 'fines-by-regulator'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** Colour theme of an embed. */
export type Theme = 'light' | 'dark' | 'auto';

/** Every option a chart understands; parsing fills in defaults for what a URL does not say. */
export interface ChartOptions extends ChartFilters {
  currency: ChartCurrency;
  scale: 'log' | 'linear';
  by: 'regulator' | 'jurisdiction';
  theme: Theme;
}

/** Names and valid ids the charts need besides the data, so options can be checked. */
export interface ChartContext {
  data: ChartData;
  /** Display names of regulators, respondents and jurisdictions, by id or code. */
  names: Record<string, string>;
  respondents: string[];
  regulators: string[];
  jurisdictions: string[];
  /** The last day the record was verified, `YYYY-MM-DD`: where time axes end. */
  updated: string;
}

export const DEFAULTS: Record<ChartId, ChartOptions> = {
  'fine-timeline': { currency: 'EUR', scale: 'log', by: 'regulator', theme: 'auto' },
  'enforcement-gap': { currency: 'EUR', scale: 'linear', by: 'regulator', theme: 'auto', respondent: 'clearview-ai' },
  'fines-by-regulator': { currency: 'EUR', scale: 'linear', by: 'regulator', theme: 'auto' },
};

/** The URL parameters each chart accepts; anything else is ignored. */
export const PARAMS: Record<ChartId, readonly (keyof ChartOptions)[]> = {
  'fine-timeline': ['respondent', 'regulator', 'jurisdiction', 'currency', 'scale', 'theme'],
  'enforcement-gap': ['respondent', 'theme'],
  'fines-by-regulator': ['respondent', 'by', 'theme'],
};

const CHOICES: Partial<Record<keyof ChartOptions, readonly string[]>> = {
  currency: ['EUR', 'USD', 'original'],
  scale: ['log', 'linear'],
  by: ['regulator', 'jurisdiction'],
  theme: ['light', 'dark', 'auto'],
};

/**
 * Reads a chart's options from URL parameters. Only allow-listed parameters with valid values are
 * taken (ids must exist in the record); unknown or malformed ones are ignored, so nothing a URL
 * says can reach the page except a known value.
 */
export function parseOptions(
  chart: ChartId,
  params: URLSearchParams,
  context: Pick<ChartContext, 'respondents' | 'regulators' | 'jurisdictions'>,
): ChartOptions {
  const options: ChartOptions = { ...DEFAULTS[chart] };
  const valid: Partial<Record<keyof ChartOptions, readonly string[]>> = {
    ...CHOICES,
    respondent: context.respondents,
    regulator: context.regulators,
    jurisdiction: context.jurisdictions,
  };
  for (const key of PARAMS[chart]) {
    const value = params.get(key);
    if (value !== null && valid[key]?.includes(value)) (options as unknown as Record<string, string>)[key] = value;
  }
  return options;
}

/** The URL query for options, leaving out defaults; stable key order. */
export function optionsQuery(chart: ChartId, options: ChartOptions): string {
  const params = new URLSearchParams();
  for (const key of PARAMS[chart]) {
    const value = options[key];
    if (value !== undefined && value !== DEFAULTS[chart][key]) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

function filtersOf(options: ChartOptions): ChartFilters {
  return {
    ...(options.respondent ? { respondent: options.respondent } : {}),
    ...(options.regulator ? { regulator: options.regulator } : {}),
    ...(options.jurisdiction ? { jurisdiction: options.jurisdiction } : {}),
  };
}

/** The chart's title for the given options, naming its filters. */
export function chartTitle(chart: ChartId, options: ChartOptions, names: Record<string, string>): string {
  const scope = [options.respondent, options.regulator, options.jurisdiction]
    .filter(Boolean)
    .map((id) => names[id ?? ''] ?? id);
  const suffix = scope.length > 0 ? `: ${scope.join(', ')}` : '';
  if (chart === 'enforcement-gap')
    return `Fines imposed on ${names[options.respondent ?? ''] ?? 'the respondent'} and known to be paid`;
  if (chart === 'fines-by-regulator')
    return `Facial-recognition fines by ${options.by === 'regulator' ? 'authority' : 'country'}${suffix}`;
  return `Facial-recognition fines over time${suffix}`;
}

/** The points a chart shows for the given options. */
export function chartPoints(chart: ChartId, options: ChartOptions, data: ChartData): ChartData {
  return filterChartData(
    data,
    chart === 'fine-timeline' ? filtersOf(options) : options.respondent ? { respondent: options.respondent } : {},
  );
}

/** A one-paragraph summary of what the chart shows, computed from its data. */
export function chartSummary(
  chart: ChartId,
  options: ChartOptions,
  shown: ChartData,
  names: Record<string, string>,
): string {
  const fines = shown.money.filter((p) => p.standing);
  const total = sum(fines, (p) => p.eur);
  const paid = sum(
    fines.filter((p) => p.paymentStatus === 'paid'),
    (p) => p.eur,
  );
  if (fines.length === 0 && shown.money.length === 0) return 'No fines match these filters.';
  const largest = [...shown.money].sort((a, b) => b.eur - a.eur)[0];
  const regulators = new Set(fines.map((p) => p.regulatorId)).size;
  const years = shown.money.map((p) => p.day.slice(0, 4)).sort();
  const contested = shown.money.filter((p) => ['under-appeal', 'overturned', 'pending'].includes(p.status)).length;
  const unpaid = fines.filter((p) => p.paymentStatus === 'unpaid').length;
  const parts = [
    `${fines.length} standing ${fines.length === 1 ? 'fine' : 'fines and penalty payments'} from ${regulators} ${regulators === 1 ? 'authority' : 'authorities'} between ${years[0]} and ${years.at(-1)}, totalling ${shortMoney(total, 'EUR')}.`,
  ];
  if (largest)
    parts.push(
      `The largest sum shown is ${largest.regulator}'s ${shortMoney(largest.eur, 'EUR')} (${largest.dateLabel}).`,
    );
  parts.push(
    `${unpaid} ${unpaid === 1 ? 'is' : 'are'} recorded as unpaid; sums known to be paid in full come to ${shortMoney(paid, 'EUR')}.`,
  );
  if (chart === 'fine-timeline') {
    if (contested > 0)
      parts.push(`${contested} of the sums shown ${contested === 1 ? 'was' : 'were'} appealed, overturned or pending.`);
    if (shown.events.length > 0)
      parts.push(
        `${shown.events.length} ${shown.events.length === 1 ? 'decision without a fine sits' : 'decisions without a fine sit'} on the lane below.`,
      );
    const capped = [
      shown.money.length > MAX_MARKS ? `the ${MAX_MARKS} largest of these sums` : '',
      shown.events.length > MAX_LANE_MARKS ? `the ${MAX_LANE_MARKS} latest decisions without a fine` : '',
    ].filter(Boolean);
    if (capped.length > 0)
      parts.push(`To stay readable, the chart draws only ${capped.join(' and ')}; the CSV has every sum.`);
    if (options.currency === 'USD') {
      const missing = shown.money.filter((p) => valueIn(p, 'USD') === null).length;
      if (missing > 0) parts.push(`${missing} sums have no recorded dollar rate and are not drawn.`);
    }
  }
  if (chart === 'enforcement-gap')
    parts.push(
      `The gap between the two lines is money ordered but not known to have been collected from ${names[options.respondent ?? ''] ?? 'the respondent'}.`,
    );
  return parts.join(' ');
}

/** Draws a chart as SVG at a width, with the same functions at build time and in the browser. */
export function renderChart(
  chart: ChartId,
  options: ChartOptions,
  context: ChartContext,
  width: number,
  base: string,
  id: string = chart,
): string {
  const shown = chartPoints(chart, options, context.data);
  const title = chartTitle(chart, options, context.names);
  const description = chartSummary(chart, options, shown, context.names);
  const render = { base, id, title, description };
  if (chart === 'enforcement-gap')
    return renderEnforcementGapSvg(layoutEnforcementGap(shown.money, { width, until: context.updated }), render);
  if (chart === 'fines-by-regulator')
    return renderFinesByRegulatorSvg(
      layoutFinesByRegulator(shown.money, { width, by: options.by, names: context.names }),
      render,
    );
  return renderFineTimelineSvg(
    layoutFineTimeline(shown, { width, scale: options.scale, currency: options.currency }),
    render,
  );
}

/** The rows of "Get the data": exactly the sums the chart shows. */
export function chartCsvRows(
  chart: ChartId,
  options: ChartOptions,
  context: ChartContext,
): (string | number | null)[][] {
  const shown = chartPoints(chart, options, context.data).money.filter((p) => chart === 'fine-timeline' || p.standing);
  return shown.map((p: MoneyPoint) => [
    p.caseId,
    p.day,
    p.regulator,
    p.jurisdiction,
    p.respondents.join('; '),
    p.kind,
    p.value,
    p.currency,
    p.per,
    p.eur,
    p.usd,
    p.status,
    p.paymentStatus,
  ]);
}

/** Header of the chart CSV. */
export const CHART_CSV_HEADER = [
  'case_id',
  'decided',
  'regulator',
  'jurisdiction',
  'respondents',
  'kind',
  'amount',
  'currency',
  'per',
  'amount_eur',
  'amount_usd',
  'status',
  'payment_status',
];
