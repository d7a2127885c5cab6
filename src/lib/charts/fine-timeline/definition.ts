// The fine timeline: every sum of money on a time axis, with a lane below for decisions without one.
import { sum } from 'd3-array';
import { label, DISPUTED_STATUSES, isVoidStatus } from '../../../schemas/vocabulary';
import { filterChartData, filtersOf, originalAmountText, valueIn, type MoneyPoint } from '../data';
import type { ChartDefinition } from '../options';
import { REGION_LEGEND, shortMoney } from '../shared';
import { fineSentences, period, scopeSuffix } from '../wording';
import { capped, euros } from '../table-model';
import { drawnOnTimeline, layoutFineTimeline, MAX_LANE_MARKS, MAX_MARKS } from './layout';
import { renderFineTimelineSvg } from './render-svg';

const WHAT = {
  all: 'Facial-recognition fines and settlements',
  fines: 'Facial-recognition fines',
  agreed: 'Facial-recognition settlements and damages',
} as const;

export const fineTimeline: ChartDefinition = {
  params: ['respondent', 'regulator', 'jurisdiction', 'sums', 'currency', 'scale', 'theme'],
  defaults: { sums: 'all', currency: 'EUR', scale: 'log', by: 'regulator', theme: 'auto' },
  name: 'Facial-recognition fines over time',
  page: () => '/timeline/',
  pageFollowsFilters: true,
  legend: [
    ...REGION_LEGEND,
    { symbol: '●', label: 'filled: final' },
    { symbol: '○', label: 'outline: under appeal or pending' },
    { symbol: '◌', label: 'dashed: overturned, superseded, proposed, or a sum covering more than facial recognition' },
    { symbol: '◉', label: 'white centre: unpaid' },
    { symbol: '◆', label: 'daily penalty rate' },
    { symbol: '▲', label: 'proposed fine (dashed line to the final sum)' },
    { symbol: '■', label: 'settlement or damages: money agreed or awarded, not a fine' },
  ],

  title(options, names) {
    return `${WHAT[options.sums]} over time${scopeSuffix(options, names)}`;
  },

  points(options, data) {
    const filtered = filterChartData(data, filtersOf(options));
    if (options.sums === 'all') return filtered;
    const keep = (p: MoneyPoint) => (options.sums === 'agreed' ? p.agreed : !p.agreed);
    const money = filtered.money.filter(keep);
    const keys = new Set(money.map((p) => p.key));
    return { ...filtered, money, links: filtered.links.filter((l) => keys.has(l.from) && keys.has(l.to)) };
  },

  drawn: (shown) => drawnOnTimeline(shown),

  isEmpty: (shown) => shown.money.length === 0 && shown.events.length === 0,

  summary(options, shown) {
    const parts = fineSentences(
      shown.money.filter((p) => p.standing),
      options.sums !== 'agreed',
    );
    const agreed = shown.money.filter((p) => p.agreed && !isVoidStatus(p.status));
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
      if (missing > 0)
        parts.push(
          `${missing} ${missing === 1 ? 'sum has' : 'sums have'} no recorded dollar rate and ${missing === 1 ? 'is' : 'are'} not drawn.`,
        );
    }
    return parts;
  },

  draw: (drawn, options, _context, width, render) =>
    renderFineTimelineSvg(
      layoutFineTimeline(drawn, { width, scale: options.scale, currency: options.currency }),
      render,
    ),

  table(_options, shown, title, _names, limit) {
    const { listed, note } = capped(shown.money, limit, (p) => p.eur, 'sums');
    return {
      caption: `${title}: every sum shown, oldest first (euros at the ECB rate of the decision date)`,
      columns: [
        { label: 'Decided' },
        { label: 'Case' },
        { label: 'Authority' },
        { label: 'Kind of sum' },
        { label: 'Amount', numeric: true },
        { label: 'In euros', numeric: true },
        { label: 'Status' },
        { label: 'Payment' },
      ],
      rows: listed.map((p) => ({
        cells: [
          p.dateLabel,
          p.title,
          p.regulator,
          `${label(p.kind)}${p.frtSpecific ? '' : ' (covers more than facial recognition)'}`,
          originalAmountText(p),
          euros(p.eur),
          label(p.status),
          label(p.paymentStatus),
        ],
        path: p.url,
      })),
      header: 1,
      note,
    };
  },
};
