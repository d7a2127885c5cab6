import type { ChartData, MoneyPoint } from './data';
import { CHARTS } from './definitions';
import type { ChartContext, ChartOptions, LegendItem } from './options';
import type { LinkOptions } from './svg';
import type { ChartView } from './views';

export type { ChartContext, ChartOptions, LegendItem, SumsShown, Theme } from './options';

/** A chart Face Rules publishes. */
export type ChartId = keyof typeof CHARTS;

/** The charts, in the order pages list them (the ids are part of the embed URL contract). */
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

const byChart = <T>(pick: (chart: ChartId) => T) =>
  Object.fromEntries(CHART_IDS.map((chart) => [chart, pick(chart)])) as Record<ChartId, T>;

/** Each chart's options where a URL or a page says nothing. */
export const DEFAULTS: Record<ChartId, ChartOptions> = byChart((chart) => CHARTS[chart].defaults);

/** The URL parameters each chart accepts; anything else is ignored. */
export const PARAMS: Record<ChartId, readonly (keyof ChartOptions)[]> = byChart((chart) => CHARTS[chart].params);

/** The values each choice option takes, the widest first. */
export const CHOICES: Partial<Record<keyof ChartOptions, readonly string[]>> = {
  sums: ['all', 'fines', 'agreed'],
  currency: ['EUR', 'USD', 'original'],
  scale: ['log', 'linear'],
  by: ['regulator', 'jurisdiction'],
  theme: ['light', 'dark', 'auto'],
};

/** A chart's options read from a URL, with the parameters it had to ignore. */
export interface ReadOptions {
  options: ChartOptions;
  /**
   * Each chart parameter whose value the record does not know, in URL order: `key=value` when the
   * value looks like an id, else just the key, so a hostile value is never shown back.
   */
  unrecognised: string[];
}

/**
 * Reads a chart's options from URL parameters. Only allow-listed parameters with valid values are
 * taken (ids must exist in the record); unknown or malformed ones are ignored, so nothing a URL
 * says can reach the page except a known value, and reported, so the page can say so.
 */
export function readOptions(
  chart: ChartId,
  params: URLSearchParams,
  context: Pick<ChartContext, 'respondents' | 'regulators' | 'jurisdictions'>,
): ReadOptions {
  const options: ChartOptions = { ...DEFAULTS[chart] };
  const unrecognised: string[] = [];
  const valid: Partial<Record<keyof ChartOptions, readonly string[]>> = {
    ...CHOICES,
    respondent: context.respondents,
    regulator: context.regulators,
    jurisdiction: context.jurisdictions,
  };
  for (const key of PARAMS[chart]) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (valid[key]?.includes(value)) (options as unknown as Record<string, string>)[key] = value;
    else unrecognised.push(/^[A-Za-z0-9-]{1,60}$/.test(value) ? `${key}=${value}` : key);
  }
  return { options, unrecognised };
}

/** The ids the record knows, to check options written by hand in a page or an MDX file. */
export interface KnownIds {
  respondent: readonly string[];
  regulator: readonly string[];
  jurisdiction: readonly string[];
}

const KNOWN_WHERE: Record<keyof KnownIds, string> = {
  respondent: 'the id of a file in content/respondents/',
  regulator: 'the id of a file in content/regulators/',
  jurisdiction: 'a jurisdiction code of a regulator in the record (e.g. FR, US-IL)',
};

/**
 * What is wrong with options written by hand (`<FineTimeline respondent="…" />`): an option the
 * chart does not take, or a value the record does not know. A misspelt id would otherwise draw a
 * chart that says "No fines match these filters", which a reader would take for a fact.
 */
export function optionProblems(chart: ChartId, given: Partial<ChartOptions>, known: KnownIds): string[] {
  const choices: Partial<Record<keyof ChartOptions, readonly string[]>> = { ...CHOICES, ...known };
  return Object.entries(given).flatMap(([key, value]) => {
    const option = key as keyof ChartOptions;
    if (!PARAMS[chart].includes(option)) {
      return [`${key}: the ${chart} chart has no such option; it takes ${PARAMS[chart].join(', ')}`];
    }
    const allowed = choices[option];
    if (!allowed || allowed.includes(value)) return [];
    const expected = option in KNOWN_WHERE ? KNOWN_WHERE[option as keyof KnownIds] : `one of ${allowed.join(', ')}`;
    return [`${key}="${value}": expected ${expected}`];
  });
}

export function parseOptions(
  chart: ChartId,
  params: URLSearchParams,
  context: Pick<ChartContext, 'respondents' | 'regulators' | 'jurisdictions'>,
): ChartOptions {
  return readOptions(chart, params, context).options;
}

/** What a page says when a chart's URL named a filter the record does not know. */
export function unrecognisedNotice(unrecognised: readonly string[]): string {
  if (unrecognised.length === 0) return '';
  const list = unrecognised.map((item) => `“${item}”`).join(', ');
  return `Not recognised, so not applied: ${list}. The chart shows its default view for ${unrecognised.length === 1 ? 'that filter' : 'those filters'}.`;
}

/** The filters a chart can be narrowed by, in the order a variant's name gives them. */
export const FILTER_KEYS = ['respondent', 'regulator', 'jurisdiction'] as const;

/**
 * The name of the static files (CSV, oEmbed) that hold a chart narrowed by its options' filter:
 * '' at the chart's default filters, `respondent-clearview-ai` for one filter. Options that differ
 * only in scale, currency or theme share files: the CSV lists every currency. (No page draws the
 * timeline with `sums` narrowed; where the reader narrows it, the browser builds the CSV.) Two
 * filters at once have no static files, so a page drawing such a chart fails the build here,
 * naming them.
 */
export function chartVariant(chart: ChartId, options: ChartOptions): string {
  const set = FILTER_KEYS.filter((key) => PARAMS[chart].includes(key) && options[key] !== DEFAULTS[chart][key]);
  if (set.length > 1)
    throw new Error(
      `Chart "${chart}" with ${set.map((key) => `${key}="${options[key] ?? ''}"`).join(' and ')}: a chart on a page can be narrowed by one filter at most (its data file and oEmbed are generated per filter).`,
    );
  const [key] = set;
  return key ? `${key}-${options[key] ?? 'all'}` : '';
}

/**
 * Every one-filter variant of a chart that the record supports, with its options; with
 * `withDefault`, the chart at its default filters ('') first.
 */
export function chartVariants(
  chart: ChartId,
  context: Pick<ChartContext, 'respondents' | 'regulators' | 'jurisdictions'>,
  withDefault = false,
): { variant: string; options: ChartOptions }[] {
  const first = withDefault ? [{ variant: '', options: DEFAULTS[chart] }] : [];
  const values = {
    respondent: context.respondents,
    regulator: context.regulators,
    jurisdiction: context.jurisdictions,
  };
  return first.concat(
    FILTER_KEYS.filter((key) => PARAMS[chart].includes(key)).flatMap((key) =>
      values[key]
        .map((value) => ({ ...DEFAULTS[chart], [key]: value }))
        .map((options) => ({ variant: chartVariant(chart, options), options }))
        .filter(({ variant }) => variant !== ''),
    ),
  );
}

/** The site path of a chart file for a variant: `/charts/fine-timeline.csv`, `/oembed/x/respondent-y.json`. */
export function variantPath(folder: 'charts' | 'oembed', chart: ChartId, variant: string, extension: string): string {
  return variant ? `/${folder}/${chart}/${variant}.${extension}` : `/${folder}/${chart}.${extension}`;
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

/** The chart's title for the given options, naming its filters. */
export function chartTitle(chart: ChartId, options: ChartOptions, names: Record<string, string>): string {
  return CHARTS[chart].title(options, names);
}

/** What a chart's colours, shapes and lines mean: shown under it on the page and in its image. */
export function chartLegend(chart: ChartId): LegendItem[] {
  return [...CHARTS[chart].legend];
}

/** The points a chart shows for the given options. */
export function chartPoints(chart: ChartId, options: ChartOptions, data: ChartData): ChartData {
  return CHARTS[chart].points(options, data);
}

/** A one-paragraph summary of what the chart shows, computed from its data. */
export function chartSummary(
  chart: ChartId,
  options: ChartOptions,
  shown: ChartData,
  names: Record<string, string>,
): string {
  if (CHARTS[chart].isEmpty(shown)) return 'No sums of money match these filters.';
  return CHARTS[chart].summary(options, shown, names).join(' ');
}

/** How a chart is drawn: width in px, a page-unique id, and where its links go. */
export interface DrawOptions extends LinkOptions {
  width: number;
  /** Unique id on the page (prefixes the SVG's title and description ids). */
  id: string;
}

/** Draws a chart's view as SVG at a width, with the same functions at build time and in the browser. */
export function renderChart(
  chart: ChartId,
  options: ChartOptions,
  view: Pick<ChartView, 'drawn' | 'summary'>,
  context: ChartContext,
  draw: DrawOptions,
): string {
  const { width, id, base, target } = draw;
  const title = chartTitle(chart, options, context.names);
  const description = view.summary[options.currency];
  return CHARTS[chart].draw(view.drawn, options, context, width, { base, target, id, title, description });
}

/** The rows of "Get the data": exactly the sums the chart shows. */
export function chartCsvRows(chart: ChartId, options: ChartOptions, data: ChartData): (string | number | null)[][] {
  return chartPoints(chart, options, data).money.map((p: MoneyPoint) => [
    p.caseId,
    p.date,
    p.precision,
    p.regulator,
    p.jurisdiction,
    p.respondents.join('; '),
    p.kind,
    p.value,
    p.currency,
    p.per,
    p.frtSpecific ? 'true' : 'false',
    p.eur,
    p.usd,
    p.status,
    p.paymentStatus,
  ]);
}

/**
 * Header of the chart CSV. `decided` is written at its precision (`2025`, `2022-10`,
 * `2022-10-17`), never padded to a day nobody decided on; `decided_precision` says which.
 */
export const CHART_CSV_HEADER = [
  'case_id',
  'decided',
  'decided_precision',
  'regulator',
  'jurisdiction',
  'respondents',
  'kind',
  'amount',
  'currency',
  'per',
  'frt_specific',
  'amount_eur',
  'amount_usd',
  'status',
  'payment_status',
];
