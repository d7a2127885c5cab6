import { format } from 'd3-format';
import type { Region } from '../places/names';
import type { ChartCurrency } from './data';
import type { LegendItem } from './options';

/** Colour of each region (Okabe–Ito: distinguishable with the common forms of colour blindness). */
export const REGION_COLOURS: Record<Region, string> = {
  Europe: '#0072b2',
  'United Kingdom': '#cc79a7',
  'North America': '#d55e00',
  'Asia-Pacific': '#009e73',
  'Latin America': '#e69f00',
  Africa: '#56b4e9',
};

/** Regions in legend order. */
export const REGIONS = Object.keys(REGION_COLOURS) as Region[];

/** The legend of the charts coloured by region. */
export const REGION_LEGEND: readonly LegendItem[] = REGIONS.map((region) => ({
  label: region,
  colour: REGION_COLOURS[region],
}));

/** Space around a plot, in px. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Rounds coordinates to 0.1 px so SVG output is stable and small. */
export const round = (n: number): number => Math.round(n * 10) / 10;

const SYMBOLS: Record<Exclude<ChartCurrency, 'original'>, string> = { EUR: '€', USD: 'US$' };

/** Short money labels for axes and chart labels: "€20M", "US$1.4B", "€500k". */
export function shortMoney(value: number, currency: ChartCurrency): string {
  const symbol = SYMBOLS[currency === 'original' ? 'EUR' : currency];
  // Three significant digits at most: €30.5M, €8.92M, €267k; "G" reads as billions. Below one,
  // SI would write milli ("€100m", read as millions): plain decimals instead ("€0.1").
  if (Math.abs(value) < 1) return `${symbol}${format('.2~f')(value)}`;
  return `${symbol}${format('.3~s')(value).replace('G', 'B')}`;
}

/** Approximate rendered width of a label (system sans-serif at 12 px), for collision checks. */
export function textWidth(text: string, fontSize = 12): number {
  return text.length * fontSize * 0.62 + 4;
}

/** An axis-aligned box. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The `limit` items with the greatest `size`, kept in their original order: how every chart
 * bounds what it draws or lists as the record grows.
 */
export function largestInOrder<T>(items: readonly T[], limit: number, size: (item: T) => number): T[] {
  const kept = new Set([...items].sort((a, b) => size(b) - size(a)).slice(0, limit));
  return items.filter((item) => kept.has(item));
}
