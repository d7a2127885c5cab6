import { sum } from 'd3-array';
import type { ChartCurrency, ChartData, ChartFilters, MoneyPoint } from './data';
import { filterChartData, valueIn } from './data';
import { layoutEnforcementGap } from './enforcement-gap/layout';
import { renderEnforcementGapSvg } from './enforcement-gap/render-svg';
import { layoutFineTimeline, MAX_LANE_MARKS, MAX_MARKS } from './fine-timeline/layout';
import { renderFineTimelineSvg } from './fine-timeline/render-svg';
import { layoutFinesByRegulator } from './fines-by-regulator/layout';
import { renderFinesByRegulatorSvg } from './fines-by-regulator/render-svg';
import { REGION_COLOURS, REGIONS, shortMoney } from './shared';
import type { LinkOptions } from './svg';
import { DISPUTED_STATUSES, isVoidStatus } from '../../schemas/vocabulary';

/** The charts Face Rules publishes (the ids are part of the embed URL contract). */
export const CHART_IDS = ['fine-timeline', 'enforcement-gap', 'fines-by-regulator'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** Colour theme of an embed. */
export type Theme = 'light' | 'dark' | 'auto';

/** Which sums the fine timeline draws: all, fines and penalties only, or money agreed only. */
export type SumsShown = 'all' | 'fines' | 'agreed';

/** Every option a chart understands; parsing fills in defaults for what a URL does not say. */
export interface ChartOptions extends ChartFilters {
  sums: SumsShown;
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
  'fine-timeline': { sums: 'all', currency: 'EUR', scale: 'log', by: 'regulator', theme: 'auto' },
  'enforcement-gap': {
    sums: 'fines',
    currency: 'EUR',
    scale: 'linear',
    by: 'regulator',
    theme: 'auto',
    respondent: 'clearview-ai',
  },
  'fines-by-regulator': { sums: 'fines', currency: 'EUR', scale: 'linear', by: 'regulator', theme: 'auto' },
};

/** The URL parameters each chart accepts; anything else is ignored. */
export const PARAMS: Record<ChartId, readonly (keyof ChartOptions)[]> = {
  'fine-timeline': ['respondent', 'regulator', 'jurisdiction', 'sums', 'currency', 'scale', 'theme'],
  'enforcement-gap': ['respondent', 'theme'],
  'fines-by-regulator': ['respondent', 'by', 'theme'],
};

const CHOICES: Partial<Record<keyof ChartOptions, readonly string[]>> = {
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
const FILTER_KEYS = ['respondent', 'regulator', 'jurisdiction'] as const;

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

/** Every one-filter variant of a chart that the record supports, with its options. */
export function chartVariants(
  chart: ChartId,
  context: Pick<ChartContext, 'respondents' | 'regulators' | 'jurisdictions'>,
): { variant: string; options: ChartOptions }[] {
  const values = {
    respondent: context.respondents,
    regulator: context.regulators,
    jurisdiction: context.jurisdictions,
  };
  return FILTER_KEYS.filter((key) => PARAMS[chart].includes(key)).flatMap((key) =>
    values[key]
      .map((value) => ({ ...DEFAULTS[chart], [key]: value }))
      .map((options) => ({ variant: chartVariant(chart, options), options }))
      .filter(({ variant }) => variant !== ''),
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
  const what = {
    all: 'Facial-recognition fines and settlements',
    fines: 'Facial-recognition fines',
    agreed: 'Facial-recognition settlements and damages',
  }[options.sums];
  return `${what} over time${suffix}`;
}

/** One entry of a chart's legend: a coloured swatch (dot or line), or a symbol and what it means. */
export interface LegendItem {
  label: string;
  colour?: string;
  /** A line swatch, solid or dashed, instead of a dot. */
  line?: 'solid' | 'dashed';
  /** A text symbol standing for a mark's shape or style. */
  symbol?: string;
}

const REGION_LEGEND: LegendItem[] = REGIONS.map((region) => ({ label: region, colour: REGION_COLOURS[region] }));

/** What a chart's colours, shapes and lines mean: shown under it on the page and in its image. */
export function chartLegend(chart: ChartId): LegendItem[] {
  if (chart === 'enforcement-gap')
    return [
      { label: 'Fines imposed (running total)', colour: '#d55e00', line: 'solid' },
      { label: 'Known to be paid', colour: '#009e73', line: 'dashed' },
    ];
  if (chart === 'fines-by-regulator') return REGION_LEGEND;
  return [
    ...REGION_LEGEND,
    { symbol: '●', label: 'filled: final' },
    { symbol: '○', label: 'outline: under appeal or pending' },
    { symbol: '◌', label: 'dashed: overturned, superseded, proposed, or a sum covering more than facial recognition' },
    { symbol: '◉', label: 'white centre: unpaid' },
    { symbol: '◆', label: 'daily penalty rate' },
    { symbol: '▲', label: 'proposed fine (dashed line to the final sum)' },
    { symbol: '■', label: 'settlement or damages: money agreed or awarded, not a fine' },
  ];
}

/** The points a chart shows for the given options. */
export function chartPoints(chart: ChartId, options: ChartOptions, data: ChartData): ChartData {
  const filtered = filterChartData(
    data,
    chart === 'fine-timeline' ? filtersOf(options) : options.respondent ? { respondent: options.respondent } : {},
  );
  if (chart !== 'fine-timeline') return { ...filtered, money: filtered.money.filter((p) => p.standing) };
  if (options.sums === 'all') return filtered;
  const keep = (p: MoneyPoint) => (options.sums === 'agreed' ? p.agreed : !p.agreed);
  const money = filtered.money.filter(keep);
  const keys = new Set(money.map((p) => p.key));
  return { ...filtered, money, links: filtered.links.filter((l) => keys.has(l.from) && keys.has(l.to)) };
}

/** "in 2021" or "between 2021 and 2024": the years of some sums, never a range of one year. */
function period(points: readonly MoneyPoint[]): string {
  const years = points.map((p) => p.day.slice(0, 4)).sort();
  const [first, last] = [years[0], years.at(-1)];
  return first === last ? `in ${first}` : `between ${first} and ${last}`;
}

/** A one-paragraph summary of what the chart shows, computed from its data. */
export function chartSummary(
  chart: ChartId,
  options: ChartOptions,
  shown: ChartData,
  names: Record<string, string>,
): string {
  const fines = shown.money.filter((p) => p.standing);
  const agreed = shown.money.filter((p) => p.agreed && !isVoidStatus(p.status));
  const timeline = chart === 'fine-timeline';
  if (shown.money.length === 0 && (!timeline || shown.events.length === 0))
    return 'No sums of money match these filters.';
  const parts: string[] = [];
  if (fines.length > 0) {
    const total = sum(fines, (p) => p.eur);
    const paid = sum(
      fines.filter((p) => p.paymentStatus === 'paid'),
      (p) => p.eur,
    );
    const regulators = new Set(fines.map((p) => p.regulatorId)).size;
    const largest = [...fines].sort((a, b) => b.eur - a.eur || a.key.localeCompare(b.key))[0];
    const unpaid = fines.filter((p) => p.paymentStatus === 'unpaid').length;
    parts.push(
      `${fines.length} standing ${fines.length === 1 ? 'fine' : 'fines and penalty payments'} from ${regulators} ${regulators === 1 ? 'authority' : 'authorities'} ${period(fines)}, totalling ${shortMoney(total, 'EUR')}.`,
    );
    if (largest && fines.length > 1)
      parts.push(`The largest is ${largest.regulator}'s ${shortMoney(largest.eur, 'EUR')} (${largest.dateLabel}).`);
    parts.push(
      `${unpaid} ${unpaid === 1 ? 'is' : 'are'} recorded as unpaid; sums known to be paid in full come to ${shortMoney(paid, 'EUR')}.`,
    );
  } else if (!timeline || options.sums !== 'agreed') {
    parts.push('No standing fine matches these filters.');
  }
  if (timeline) {
    if (agreed.length > 0) {
      const broader = agreed.filter((p) => !p.frtSpecific).length;
      parts.push(
        `${agreed.length} ${agreed.length === 1 ? 'settlement or damages award' : 'settlements and damages awards'} ${period(agreed)}, drawn as squares, come to ${shortMoney(
          sum(agreed, (p) => p.eur),
          'EUR',
        )}: money agreed or awarded, not fines, so no fine total counts ${agreed.length === 1 ? 'it' : 'them'}${broader > 0 ? `; ${broader} of ${agreed.length === 1 ? 'it' : 'them'} also ${broader === 1 ? 'covers' : 'cover'} more than facial recognition (dashed)` : ''}.`,
      );
    }
    const contested = shown.money.filter((p) => (DISPUTED_STATUSES as readonly string[]).includes(p.status)).length;
    if (contested > 0)
      parts.push(`${contested} of the sums shown ${contested === 1 ? 'was' : 'were'} appealed, overturned or pending.`);
    if (shown.events.length > 0)
      parts.push(
        `${shown.events.length} ${shown.events.length === 1 ? 'decision without a sum of money sits' : 'decisions without a sum of money sit'} on the lane below.`,
      );
    const capped = [
      shown.money.length > MAX_MARKS ? `the ${MAX_MARKS} largest of these sums` : '',
      shown.events.length > MAX_LANE_MARKS ? `the ${MAX_LANE_MARKS} latest decisions without a sum of money` : '',
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

/** How a chart is drawn: width in px, a page-unique id, and where its links go. */
export interface DrawOptions extends LinkOptions {
  width: number;
  /** Unique id on the page (prefixes the SVG's title and description ids). */
  id: string;
}

/** Draws a chart as SVG at a width, with the same functions at build time and in the browser. */
export function renderChart(chart: ChartId, options: ChartOptions, context: ChartContext, draw: DrawOptions): string {
  const { width, id, base, target } = draw;
  const shown = chartPoints(chart, options, context.data);
  const title = chartTitle(chart, options, context.names);
  const description = chartSummary(chart, options, shown, context.names);
  const render = { base, target, id, title, description };
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
  return chartPoints(chart, options, context.data).money.map((p: MoneyPoint) => [
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
