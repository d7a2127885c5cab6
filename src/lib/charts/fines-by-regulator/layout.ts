import { max } from 'd3-array';
import { scaleLinear } from '../scale';
import type { MoneyPoint } from '../data';
import { REGION_COLOURS, round, shortMoney, textWidth, type Box, type Margin } from '../shared';
import { regulatorPath } from '../../routes';
import { countryOf } from '../../places/country';
import { cents } from '../../money/convert';

/** One bar: the standing facial-recognition fines of one authority (or jurisdiction). */
export interface Bar {
  key: string;
  label: string;
  /** Site path the bar links to. */
  url: string;
  total: number;
  count: number;
  colour: string;
  x: number;
  y: number;
  width: number;
  height: number;
  valueLabel: string;
  description: string;
}

/** The fines-by-regulator chart in pixels. */
export interface BarsLayout {
  width: number;
  height: number;
  margin: Margin;
  plot: Box;
  bars: Bar[];
  xTicks: { x: number; label: string }[];
}

const BAR = 22;
const GAP = 8;

/** The standing fines of one authority or country: one bar, one table row. */
export interface FineGroup {
  key: string;
  label: string;
  total: number;
  count: number;
  point: MoneyPoint;
}

const groupKey = (p: MoneyPoint, by: 'regulator' | 'jurisdiction') =>
  by === 'regulator' ? p.regulatorId : countryOf(p.jurisdiction);

/**
 * The standing fines added up into one point per bar, in the order of their first fine: what the
 * chart draws (its bars come out the same, to the cent: each total is summed in the same order).
 */
export function finesAddedUp(points: readonly MoneyPoint[], by: 'regulator' | 'jurisdiction'): MoneyPoint[] {
  const merged = new Map<string, MoneyPoint>();
  for (const p of points) {
    if (!p.standing) continue;
    const key = groupKey(p, by);
    const m = merged.get(key);
    merged.set(
      key,
      m
        ? {
            ...m,
            eur: m.eur + p.eur,
            usd: m.usd !== null && p.usd !== null ? m.usd + p.usd : null,
            count: (m.count ?? 1) + (p.count ?? 1),
          }
        : p,
    );
  }
  return [...merged.values()];
}

/** Standing fines grouped by authority or by country, largest total first; ties by name. */
export function fineGroups(
  points: readonly MoneyPoint[],
  by: 'regulator' | 'jurisdiction',
  names: Record<string, string>,
): FineGroup[] {
  const groups = new Map<string, { total: number; count: number; point: MoneyPoint }>();
  for (const p of points) {
    if (!p.standing) continue;
    const key = groupKey(p, by);
    const group = groups.get(key) ?? { total: 0, count: 0, point: p };
    group.total += p.eur;
    group.count += p.count ?? 1;
    groups.set(key, group);
  }
  return [...groups]
    .map(([key, g]) => ({ key, label: names[key] ?? key, ...g }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

/**
 * Where a bar and its table row link: the authority's page, or the country's authorities on the
 * regulators page (a plain anchor: the browser bundle stays free of the search code).
 */
export function groupPath(group: Pick<FineGroup, 'key'>, by: 'regulator' | 'jurisdiction'): string {
  return by === 'regulator' ? regulatorPath(group.key) : `/regulators/#c-${group.key}`;
}

/**
 * Totals of standing facial-recognition fines (in euros) per authority, or per jurisdiction,
 * largest first; ties by name. Bars are as tall as the list needs.
 */
export function layoutFinesByRegulator(
  points: readonly MoneyPoint[],
  options: { width: number; by: 'regulator' | 'jurisdiction'; names: Record<string, string> },
): BarsLayout {
  const width = Math.max(320, Math.round(options.width));
  const rows = fineGroups(points, options.by, options.names);
  const labelWidth = Math.min(width * 0.42, Math.max(80, ...rows.map((r) => textWidth(r.label))) + 8);
  const margin: Margin = { top: 24, right: 72, bottom: 28, left: Math.round(labelWidth) };
  const plot: Box = {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: rows.length * (BAR + GAP),
  };
  const x = scaleLinear([0, max(rows, (r) => r.total) ?? 1], [plot.x, plot.x + plot.width], 4);
  return {
    width,
    height: margin.top + plot.height + margin.bottom,
    margin,
    plot,
    bars: rows.map((r, i) => ({
      key: r.key,
      label: r.label,
      url: groupPath(r, options.by),
      total: cents(r.total),
      count: r.count,
      colour: REGION_COLOURS[r.point.region],
      x: plot.x,
      y: round(plot.y + i * (BAR + GAP)),
      width: round(Math.max(1, x(r.total) - plot.x)),
      height: BAR,
      valueLabel: shortMoney(r.total, 'EUR'),
      description: `${r.label}: ${shortMoney(r.total, 'EUR')} in ${r.count} standing ${r.count === 1 ? 'fine' : 'fines'}.`,
    })),
    xTicks: x.ticks(4).map((t) => ({ x: round(x(t)), label: shortMoney(t, 'EUR') })),
  };
}
