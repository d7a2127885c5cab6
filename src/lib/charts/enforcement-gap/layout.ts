import { max } from 'd3-array';
import { scaleLinear } from '../scale';
import type { MoneyPoint } from '../data';
import { largestInOrder, round, shortMoney, type Box, type Margin } from '../shared';
import { stepAfterPath, yearCeil, yearFloor, yearOffset, yearTicks } from '../time';
import { cents } from '../../money/convert';

/** One step of a cumulative series: the total after a decision. */
export interface GapStep {
  key: string;
  day: string;
  x: number;
  y: number;
  total: number;
  point: MoneyPoint;
  description: string;
}

/** The enforcement-gap chart in pixels: cumulative imposed and known paid, over time. */
export interface GapLayout {
  width: number;
  height: number;
  margin: Margin;
  plot: Box;
  imposedPath: string;
  paidPath: string;
  steps: GapStep[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  imposedTotal: number;
  paidTotal: number;
}

/** The most steps given a mark of their own (the largest fines); the lines show every one. */
export const MAX_STEP_MARKS = 150;

/** One step of the two lines: a standing fine and the running totals after it. */
export interface GapStepTotals {
  p: MoneyPoint;
  imposed: number;
  paid: number;
}

/**
 * The running totals of standing fines, oldest first: what the chart's lines step through and
 * its table lists. A fine counts as paid only when its case says it was paid in full.
 */
export function gapSeries(points: readonly MoneyPoint[]): GapStepTotals[] {
  const fines = points
    .filter((p) => p.standing)
    .sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key));
  let imposed = 0;
  let paid = 0;
  return fines.map((p) => {
    imposed += p.eur;
    if (p.paymentStatus === 'paid') paid += p.eur;
    return { p, imposed, paid };
  });
}

/**
 * Lays out the gap between fines imposed on a respondent and fines known to be paid: two step
 * lines of running totals in euros. Only standing fines count; a fine counts as paid only when
 * its case says it was paid in full.
 */
export function layoutEnforcementGap(
  points: readonly MoneyPoint[],
  options: { width: number; until: string },
): GapLayout {
  const width = Math.max(320, Math.round(options.width));
  const margin: Margin = { top: 24, right: 24, bottom: 32, left: 64 };
  const plot: Box = { x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: 240 };
  const series = gapSeries(points);
  const fines = series.map((s) => s.p);
  const imposed = series.at(-1)?.imposed ?? 0;
  const paid = series.at(-1)?.paid ?? 0;
  const date = (day: string) => new Date(`${day}T00:00:00Z`);
  const start = fines[0] ? yearFloor(date(fines[0].day)) : date('2020-01-01');
  const end = yearCeil(date(options.until));
  // Linear over UTC milliseconds (as in the fine timeline): no d3-time or d3-time-format in the browser.
  const ms = scaleLinear([start.getTime(), end.getTime()], [plot.x, plot.x + plot.width]);
  const x = (d: Date) => ms(d.getTime());
  const y = scaleLinear([0, max(series, (s) => s.imposed) ?? 1], [plot.y + plot.height, plot.y], 5);

  const last = series.at(-1);
  // Each line starts at zero, steps at each decision and runs on to the chart's end. Of the steps
  // that fall on one pixel only the last shows, so only it is drawn: the path stays as long as
  // the chart is wide, however many fines there are.
  const path = (pick: (s: (typeof series)[number]) => number) => {
    const corners: [Date, number][] = [
      [start, 0],
      ...series.map((s): [Date, number] => [date(s.p.day), pick(s)]),
      [end, last ? pick(last) : 0],
    ];
    const drawn = corners.filter(
      ([d], i) => i === corners.length - 1 || round(x(corners[i + 1]?.[0] ?? d)) !== round(x(d)),
    );
    return stepAfterPath(drawn.map(([d, v]) => [round(x(d)), round(y(v))] as const));
  };
  // Marks (links with a description) for the largest additions only, past MAX_STEP_MARKS.
  const marked = largestInOrder(series, MAX_STEP_MARKS, (s) => s.p.eur);

  return {
    width,
    height: margin.top + plot.height + margin.bottom,
    margin,
    plot,
    imposedPath: path((s) => s.imposed),
    paidPath: path((s) => s.paid),
    steps: marked.map((s) => ({
      key: s.p.key,
      day: s.p.day,
      x: round(x(date(s.p.day))),
      y: round(y(s.imposed)),
      total: cents(s.imposed),
      point: s.p,
      description: `${s.p.dateLabel}: ${s.p.regulator} adds ${shortMoney(s.p.eur, 'EUR')}; running total imposed ${shortMoney(s.imposed, 'EUR')}, known paid ${shortMoney(s.paid, 'EUR')}.`,
    })),
    xTicks: yearTicks(start, yearOffset(end, 1), width < 560 ? 2 : 1).map((d) => ({
      x: round(x(d)),
      label: String(d.getUTCFullYear()),
    })),
    yTicks: y.ticks(5).map((t) => ({ y: round(y(t)), label: shortMoney(t, 'EUR') })),
    imposedTotal: cents(imposed),
    paidTotal: cents(paid),
  };
}
