// The contract every chart shares: its options, the context it draws from, and the definition a
// chart module exports. A chart is one folder under src/lib/charts/ with a definition.ts, and one
// line in definitions.ts.
import type { ChartCurrency, ChartData, ChartFilters } from './data';
import type { RenderOptions } from './svg';
import type { ChartTable } from './table-model';

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

/**
 * What every chart needs besides its points: names, the ids options may name, and which states
 * have prebuilt views. Light whatever the record's size, so the browser fetches it whole.
 */
export interface ChartContext {
  /** Display names of regulators, respondents and jurisdictions, by id or code. */
  names: Record<string, string>;
  respondents: string[];
  regulators: string[];
  jurisdictions: string[];
  /** The last day the record was verified, `YYYY-MM-DD`: where time axes end. */
  updated: string;
  /**
   * Per chart, the one-filter variants ('' for none) drawn from prebuilt views, because the
   * chart draws fewer points than it shows there (see views.ts); the others fetch their points.
   */
  viewed: Record<string, readonly string[]>;
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

/** Everything one chart is: its URL contract, its words, its points, its drawing and its table. */
export interface ChartDefinition {
  /** The URL parameters it reads, in query order: part of the embed URL contract. */
  params: readonly (keyof ChartOptions)[];
  /** Its options where a URL or a page says nothing. */
  defaults: ChartOptions;
  /** A name for it before any option is read (an embed page's title). */
  name: string;
  /** The site page that draws it at these options: where its credit and "full chart" links go. */
  page(options: ChartOptions): string;
  /** Whether that page reads the chart's filters from its URL, so the link can carry them. */
  pageFollowsFilters: boolean;
  /** What its colours, shapes and lines mean. */
  legend: readonly LegendItem[];
  /** Its title for the given options, naming its filters. */
  title(options: ChartOptions, names: Record<string, string>): string;
  /** The points it shows for the given options. */
  points(options: ChartOptions, data: ChartData): ChartData;
  /**
   * The part of what it shows that its drawing reads, at every currency and scale: drawing this
   * gives the same picture as drawing all it shows. Smaller where the chart caps its marks or
   * draws sums added up.
   */
  drawn(shown: ChartData, options: ChartOptions): ChartData;
  /** Whether there is nothing to draw (the summary then says so). */
  isEmpty(shown: ChartData): boolean;
  /** The sentences of its summary, computed from what it shows. */
  summary(options: ChartOptions, shown: ChartData, names: Record<string, string>): string[];
  /** Its SVG at a width, from what it draws. */
  draw(drawn: ChartData, options: ChartOptions, context: ChartContext, width: number, render: RenderOptions): string;
  /** Its table: in text, what the picture shows. */
  table(
    options: ChartOptions,
    shown: ChartData,
    title: string,
    names: Record<string, string>,
    limit: number,
  ): ChartTable;
}
