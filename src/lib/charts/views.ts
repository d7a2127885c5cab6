// What a chart in the browser fetches: only the data it draws. A chart narrowed by at most one
// filter is a static file: its points (the data it shows, when it draws them all), or, where it
// caps its marks, a prebuilt view (what it draws, with its summary, table and CSV computed at
// build), so no chart fetches more than it draws, however large the record grows. A chart
// narrowed by several filters (only the timeline page allows it) fetches the points of one of
// them and narrows them further.
import type { ChartCurrency, ChartData } from './data';
import { CHARTS } from './definitions';
import {
  chartSummary,
  chartTitle,
  chartVariant,
  CHART_IDS,
  CHOICES,
  DEFAULTS,
  FILTER_KEYS,
  PARAMS,
  variantPath,
  type ChartContext,
  type ChartId,
  type ChartOptions,
} from './registry';
import { chartTable } from './table';
import type { ChartTable } from './table-model';

/** A chart at some options, as it is drawn and described. */
export interface ChartView {
  /** What its drawing reads (see ChartDefinition.drawn). */
  drawn: ChartData;
  /** Its summary in each currency (only the timeline's differs). */
  summary: Record<ChartCurrency, string>;
  table: ChartTable;
  /** Site path of the CSV of every sum it shows, when a file holds exactly those (prebuilt views). */
  csv: string | null;
}

const CURRENCIES: readonly ChartCurrency[] = ['EUR', 'USD', 'original'];

/** The options that change what a chart shows besides its filters: its view's key (e.g. `sums`). */
const viewParams = (chart: ChartId) =>
  PARAMS[chart].filter(
    (key) => !(FILTER_KEYS as readonly string[]).includes(key) && !['currency', 'scale', 'theme'].includes(key),
  );

/** The name of a view among a variant's views: `all` for sums=all, `default` for a chart with no such option. */
export function viewKey(chart: ChartId, options: ChartOptions): string {
  return (
    viewParams(chart)
      .map((key) => options[key])
      .join('-') || 'default'
  );
}

/** Every view key of a chart, with the options that make it. */
export function viewKeys(chart: ChartId): { key: string; options: Partial<ChartOptions> }[] {
  let combos: Partial<ChartOptions>[] = [{}];
  for (const param of viewParams(chart))
    combos = combos.flatMap((combo) => (CHOICES[param] ?? []).map((value) => ({ ...combo, [param]: value })));
  return combos.map((options) => ({ key: viewKey(chart, { ...DEFAULTS[chart], ...options }), options }));
}

/** A chart at `options` drawn from `data`: what it draws, its summaries and its table. */
export function chartView(
  chart: ChartId,
  options: ChartOptions,
  data: ChartData,
  names: Record<string, string>,
  csv: string | null = null,
): ChartView {
  const shown = CHARTS[chart].points(options, data);
  const summary = Object.fromEntries(
    CURRENCIES.map((currency) => [currency, chartSummary(chart, { ...options, currency }, shown, names)]),
  ) as Record<ChartCurrency, string>;
  const table = chartTable(chart, options, shown, chartTitle(chart, options, names), names);
  return { drawn: CHARTS[chart].drawn(shown, options), summary, table, csv };
}

const pointCount = (data: ChartData) => data.money.length + data.events.length;

/** Whether a chart draws fewer points than it shows at some view of these options' filter. */
export function needsViews(chart: ChartId, options: ChartOptions, data: ChartData): boolean {
  return viewKeys(chart).some(({ options: view }) => {
    const viewOptions = { ...options, ...view };
    const shown = CHARTS[chart].points(viewOptions, data);
    return pointCount(CHARTS[chart].drawn(shown, viewOptions)) < pointCount(shown);
  });
}

/** A variant's folder name in paths: its filter (`respondent-clearview-ai`), or `all`. */
const folder = (variant: string) => variant || 'all';

/** `/charts/points/<chart>/<variant>.json`: the points a chart shows at a filter, for any view. */
export const pointsPath = (chart: ChartId, variant: string): string =>
  `/charts/points/${chart}/${folder(variant)}.json`;

/** `/charts/views/<chart>/<variant>/<key>.json` (or `.csv`): one prebuilt view. */
export const viewPath = (chart: ChartId, variant: string, key: string, extension: 'json' | 'csv'): string =>
  `/charts/views/${chart}/${folder(variant)}/${key}.${extension}`;

/** The CSV of a prebuilt view: the chart's own CSV at its default view, else the view's. */
export function viewCsvPath(chart: ChartId, options: ChartOptions): string {
  const variant = chartVariant(chart, options);
  const key = viewKey(chart, options);
  return key === viewKey(chart, DEFAULTS[chart])
    ? variantPath('charts', chart, variant, 'csv')
    : viewPath(chart, variant, key, 'csv');
}

/** The options a chart's points file holds: its filter, and every view's sums. */
export function pointsOptions(chart: ChartId, options: ChartOptions): ChartOptions {
  return { ...options, ...Object.fromEntries(viewParams(chart).map((key) => [key, CHOICES[key]?.[0]])) };
}

/** The file a chart fetches to draw at `options`: a prebuilt view, or points to compute it from. */
export type ChartSource = { kind: 'view'; path: string } | { kind: 'points'; path: string };

export function chartSource(chart: ChartId, options: ChartOptions, context: Pick<ChartContext, 'viewed'>): ChartSource {
  const set = FILTER_KEYS.filter((key) => PARAMS[chart].includes(key) && options[key] !== DEFAULTS[chart][key]);
  if (set.length <= 1) {
    const variant = chartVariant(chart, options);
    return context.viewed[chart]?.includes(variant)
      ? { kind: 'view', path: viewPath(chart, variant, viewKey(chart, options), 'json') }
      : { kind: 'points', path: pointsPath(chart, variant) };
  }
  // Several filters: the points of the first, which every point of the view is among.
  const [first] = set;
  const one = { ...DEFAULTS[chart], ...(first ? { [first]: options[first] } : {}) };
  return { kind: 'points', path: pointsPath(chart, chartVariant(chart, one)) };
}

/** One prebuilt view: its chart, variant and key, the options it draws, and whether its CSV is its own. */
export interface PrebuiltView {
  chart: ChartId;
  variant: string;
  key: string;
  options: ChartOptions;
  ownCsv: boolean;
}

/** Every view the build writes: each key of each variant that `context.viewed` lists. */
export function prebuiltViews(context: Pick<ChartContext, 'viewed'>): PrebuiltView[] {
  return CHART_IDS.flatMap((chart) =>
    (context.viewed[chart] ?? []).flatMap((variant) =>
      viewKeys(chart).map(({ key, options: view }) => {
        const options = { ...variantOptions(chart, variant), ...view };
        return { chart, variant, key, options, ownCsv: viewCsvPath(chart, options).startsWith('/charts/views/') };
      }),
    ),
  );
}

/** The options of a variant named `respondent-clearview-ai` (or '' for the chart's defaults). */
export function variantOptions(chart: ChartId, variant: string): ChartOptions {
  const key = FILTER_KEYS.find((k) => variant.startsWith(`${k}-`));
  return key ? { ...DEFAULTS[chart], [key]: variant.slice(key.length + 1) } : DEFAULTS[chart];
}

/** The static routes of the prebuilt views' files: all of them, or those with a CSV of their own. */
export function viewRoutes(context: Pick<ChartContext, 'viewed'>, csvOnly = false) {
  return prebuiltViews(context)
    .filter((view) => !csvOnly || view.ownCsv)
    .map(({ chart, variant, key, options }) => ({
      params: { chart, variant: folder(variant), key },
      props: { options },
    }));
}
