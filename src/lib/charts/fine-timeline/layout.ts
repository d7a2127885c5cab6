import { extent, max, min } from 'd3-array';
import { scaleLinear, scaleLog } from '../scale';
import { yearFloor, yearOffset, yearTicks } from '../time';
import type { ChartCurrency, ChartData, EventPoint, MoneyPoint } from '../data';
import { originalAmountText, valueIn } from '../data';
import { isImposedAmount, isOpenStatus, isVoidStatus, label } from '../../../schemas/vocabulary';
import {
  REGION_COLOURS,
  largestInOrder,
  overlaps,
  round,
  shortMoney,
  textWidth,
  type Box,
  type Margin,
} from '../shared';

/** How the fine timeline is drawn. */
export interface TimelineOptions {
  width: number;
  scale: 'log' | 'linear';
  currency: ChartCurrency;
  /** How many of the largest marks get a text label. */
  labels?: number;
}

/** One mark: a sum of money at its decision date. */
export interface TimelineMark {
  key: string;
  x: number;
  y: number;
  r: number;
  shape: 'circle' | 'diamond' | 'triangle' | 'square';
  colour: string;
  /**
   * Drawn style: filled (final), hollow (under appeal or pending), dashed (overturned, superseded,
   * withdrawn, proposed, or a settlement that covers more than facial recognition).
   */
  style: 'filled' | 'hollow' | 'dashed';
  /** A white dot in the middle: a fine that is final but unpaid. */
  unpaid: boolean;
  point: MoneyPoint;
  /** What a screen reader announces and the tooltip shows. */
  description: string;
}

/** A decision without money, on the lane under the plot. */
export interface LaneMark {
  key: string;
  x: number;
  y: number;
  colour: string;
  point: EventPoint;
  description: string;
}

/** Everything needed to draw the chart, in pixels. */
export interface TimelineLayout {
  width: number;
  height: number;
  margin: Margin;
  plot: Box;
  lane: Box;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  marks: TimelineMark[];
  laneMarks: LaneMark[];
  links: { x1: number; y1: number; x2: number; y2: number; key: string }[];
  labels: { x: number; y: number; text: string; anchor: 'start' | 'end'; key: string }[];
  yLabel: string;
}

/**
 * The most sums and decisions without money drawn. Past them the chart draws the largest sums and
 * the latest decisions, so it stays readable and light however large the record grows; the
 * summary says so, and the table and CSV hold the rest. The lane is the smaller: its marks carry
 * no value to compare, and at 171 cases 120 of them made up half the home page (5.8 KB gzip).
 */
export const MAX_MARKS = 250;
export const MAX_LANE_MARKS = 40;

const PLOT_HEIGHT = 300;
const LANE_HEIGHT = 58;

/** The tooltip and screen-reader text of a money point. */
export function describeMoney(p: MoneyPoint, currency: ChartCurrency): string {
  const value = valueIn(p, currency);
  const original = originalAmountText(p);
  const converted =
    value !== null && (currency !== 'original' || p.currency !== 'EUR')
      ? ` (${shortMoney(value, currency === 'original' ? 'EUR' : currency)})`
      : '';
  const broader = p.frtSpecific ? '' : ', a sum that covers more than facial recognition';
  return `${p.dateLabel}: ${p.regulator}, ${label(p.kind).toLowerCase()} ${p.agreed ? 'with' : 'against'} ${p.respondents.join(', ')}, ${original}${converted}${broader}; status ${label(p.status).toLowerCase()}, payment ${label(p.paymentStatus).toLowerCase()}.`;
}

/** The shape of a sum's mark: what kind of money it is. */
function shapeOf(p: MoneyPoint): TimelineMark['shape'] {
  if (p.agreed) return 'square';
  if (p.kind === 'periodic-penalty') return 'diamond';
  return p.kind === 'proposed-fine' ? 'triangle' : 'circle';
}

function styleOf(p: MoneyPoint): TimelineMark['style'] {
  if (isVoidStatus(p.status) || p.kind === 'proposed-fine' || !p.frtSpecific) return 'dashed';
  if (isOpenStatus(p.status)) return 'hollow';
  return 'filled';
}

/**
 * Places labels on the largest marks, right of the mark if it fits, else left, else above;
 * a label that would overlap a mark's label or leave the plot is dropped.
 */
export function placeLabels(
  marks: readonly TimelineMark[],
  plot: Box,
  count: number,
  currency: ChartCurrency,
): TimelineLayout['labels'] {
  const placed: (Box & { key: string; x0: number; y0: number; text: string; anchor: 'start' | 'end' })[] = [];
  // Labels must not cover other marks either.
  const obstacles = marks.map((m) => ({
    key: m.key,
    x: m.x - m.r - 1,
    y: m.y - m.r - 1,
    width: 2 * m.r + 2,
    height: 2 * m.r + 2,
  }));
  const largest = [...marks]
    .sort((a, b) => (valueIn(b.point, currency) ?? 0) - (valueIn(a.point, currency) ?? 0) || a.key.localeCompare(b.key))
    .slice(0, count);
  for (const m of largest) {
    const text = `${m.point.regulator} ${shortMoney(valueIn(m.point, currency) ?? 0, currency === 'original' ? 'EUR' : currency)}`;
    const width = textWidth(text);
    const candidates = [
      {
        x0: m.x + m.r + 4,
        y0: m.y + 4,
        anchor: 'start' as const,
        box: { x: m.x + m.r + 4, y: m.y - 8, width, height: 14 },
      },
      {
        x0: m.x - m.r - 4,
        y0: m.y + 4,
        anchor: 'end' as const,
        box: { x: m.x - m.r - 4 - width, y: m.y - 8, width, height: 14 },
      },
      {
        x0: m.x - width / 2,
        y0: m.y - m.r - 6,
        anchor: 'start' as const,
        box: { x: m.x - width / 2, y: m.y - m.r - 18, width, height: 14 },
      },
    ];
    const fit = candidates.find(
      (c) =>
        c.box.x >= plot.x - 2 &&
        c.box.x + c.box.width <= plot.x + plot.width + 2 &&
        c.box.y >= plot.y - 14 &&
        !placed.some((p) => overlaps(p, c.box)) &&
        !obstacles.some((o) => o.key !== m.key && overlaps(o, c.box)),
    );
    if (fit) placed.push({ ...fit.box, key: m.key, x0: fit.x0, y0: fit.y0, text, anchor: fit.anchor });
  }
  return placed.map((p) => ({ x: round(p.x0), y: round(p.y0), text: p.text, anchor: p.anchor, key: p.key }));
}

/** The sums the timeline places in a currency: those with a value in it, the MAX_MARKS largest. */
function placeableSums(money: readonly MoneyPoint[], currency: ChartCurrency): MoneyPoint[] {
  const valued = money.filter((p) => (valueIn(p, currency) ?? 0) > 0);
  return largestInOrder(valued, MAX_MARKS, (p) => valueIn(p, currency) ?? 0);
}

/** The decisions without money on the lane: they come oldest first, so the latest are the last. */
const laneEvents = (events: readonly EventPoint[]): EventPoint[] => events.slice(-MAX_LANE_MARKS);

/**
 * What the timeline reads of `data` in any currency: the sums it places in euros or in dollars
 * ('original' positions in euros), the lane's decisions and the links between sums kept. Laying
 * this out gives the same chart as laying out `data`, so a prebuilt view carries only this.
 */
export function drawnOnTimeline(data: ChartData): ChartData {
  const kept = new Set([...placeableSums(data.money, 'EUR'), ...placeableSums(data.money, 'USD')]);
  const money = data.money.filter((p) => kept.has(p));
  const keys = new Set(money.map((p) => p.key));
  return {
    money,
    events: laneEvents(data.events),
    links: data.links.filter((l) => keys.has(l.from) && keys.has(l.to)),
  };
}

/**
 * Lays out the fine timeline: x is the decision date, y the amount (log scale by default), one
 * mark per sum, decisions without money on a lane below. Pure: the same data and options give
 * the same numbers at build time and in the browser.
 */
export function layoutFineTimeline(data: ChartData, options: TimelineOptions): TimelineLayout {
  const width = Math.max(320, Math.round(options.width));
  const narrow = width < 560;
  const margin: Margin = { top: 24, right: narrow ? 12 : 24, bottom: 36 + LANE_HEIGHT, left: narrow ? 48 : 60 };
  const plot: Box = { x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: PLOT_HEIGHT };
  // Below the year labels, with room for its own caption.
  const lane: Box = { x: plot.x, y: plot.y + plot.height + 44, width: plot.width, height: LANE_HEIGHT - 28 };
  const height = margin.top + PLOT_HEIGHT + margin.bottom;

  const placeable = placeableSums(data.money, options.currency);
  const events = laneEvents(data.events);
  const days = [...placeable.map((p) => p.day), ...events.map((p) => p.day)].map((d) => new Date(`${d}T00:00:00Z`));
  const [first = new Date('2019-01-01T00:00:00Z'), last = new Date('2026-12-31T00:00:00Z')] = extent(days);
  // A linear scale over UTC milliseconds: the same positions as a time scale, without shipping
  // d3-time-format to the browser (year labels are all the axis needs).
  const start = yearFloor(first);
  const end = yearOffset(last, 1);
  const ms = scaleLinear([start.getTime(), end.getTime()], [plot.x, plot.x + plot.width]);
  const x = (d: Date) => ms(d.getTime());

  const values = placeable.map((p) => valueIn(p, options.currency) ?? 0);
  const low = min(values) ?? 1;
  const high = max(values) ?? 10;
  const y =
    options.scale === 'log'
      ? scaleLog(
          // Whole decades, with room so that no mark sits on the axis or the top edge.
          [Math.pow(10, Math.floor(Math.log10(low / 1.5))), Math.pow(10, Math.ceil(Math.log10(high * 1.5)))],
          [plot.y + plot.height, plot.y],
        )
      : scaleLinear([0, high], [plot.y + plot.height, plot.y], 10);

  const yTicks = options.scale === 'log' ? y.ticks().filter((t) => Number.isInteger(Math.log10(t))) : y.ticks(5);
  const years = yearTicks(start, yearOffset(end, 1), narrow ? 2 : 1);

  const marks: TimelineMark[] = placeable.map((p) => {
    const value = valueIn(p, options.currency) ?? 0;
    return {
      key: p.key,
      x: round(x(new Date(`${p.day}T00:00:00Z`))),
      y: round(y(value)),
      r: narrow ? 5 : 6,
      shape: shapeOf(p),
      colour: REGION_COLOURS[p.region],
      style: styleOf(p),
      unpaid: p.paymentStatus === 'unpaid' && isImposedAmount(p.kind),
      point: p,
      description: describeMoney(p, options.currency),
    };
  });
  const byKey = new Map(marks.map((m) => [m.key, m]));
  const links = data.links.flatMap((l) => {
    const a = byKey.get(l.from);
    const b = byKey.get(l.to);
    return a && b ? [{ x1: a.x, y1: a.y, x2: b.x, y2: b.y, key: `${l.from}->${l.to}` }] : [];
  });

  const laneMarks: LaneMark[] = events.map((p, i) => ({
    key: p.caseId,
    x: round(x(new Date(`${p.day}T00:00:00Z`))),
    // Three rows so that decisions on nearby dates do not sit on top of each other.
    y: round(lane.y + 5 + (i % 3) * 10),
    colour: REGION_COLOURS[p.region],
    point: p,
    description: `${p.dateLabel}: ${p.regulator}, ${label(p.actionType).toLowerCase()} concerning ${p.respondents.join(', ')} (no sum of money); status ${label(p.status).toLowerCase()}.`,
  }));

  return {
    width,
    height,
    margin,
    plot,
    lane,
    xTicks: years.map((d) => ({ x: round(x(d)), label: String(d.getUTCFullYear()) })),
    yTicks: yTicks.map((t) => ({
      y: round(y(t)),
      label: shortMoney(t, options.currency === 'original' ? 'EUR' : options.currency),
    })),
    marks,
    laneMarks,
    links,
    labels: placeLabels(marks, plot, options.labels ?? (narrow ? 3 : 6), options.currency),
    yLabel: `Amount (${options.currency === 'USD' ? 'US dollars' : 'euros'}, ${options.scale} scale)`,
  };
}
