// The enforcement gap: one respondent's fines imposed, as a running total, against those known paid.
import type { ChartDefinition } from '../options';
import { standingFinesOf } from '../standing';
import { respondentPath } from '../../routes';
import { fineSentences } from '../wording';
import { capped, euros } from '../table-model';
import { gapSeries, layoutEnforcementGap } from './layout';
import { renderEnforcementGapSvg } from './render-svg';

const respondentName = (names: Record<string, string>, id: string | undefined) => names[id ?? ''] ?? 'the respondent';

export const enforcementGap: ChartDefinition = {
  params: ['respondent', 'theme'],
  defaults: {
    sums: 'fines',
    currency: 'EUR',
    scale: 'linear',
    by: 'regulator',
    theme: 'auto',
    respondent: 'clearview-ai',
  },
  name: 'Fines imposed and known to be paid',
  // Each respondent's page draws its own gap.
  page: (options) => respondentPath(options.respondent ?? 'clearview-ai'),
  pageFollowsFilters: false,
  legend: [
    { label: 'Fines imposed (running total)', colour: '#d55e00', line: 'solid' },
    { label: 'Known to be paid', colour: '#009e73', line: 'dashed' },
  ],
  title: (options, names) => `Fines imposed on ${respondentName(names, options.respondent)} and known to be paid`,
  points: standingFinesOf,
  // Each fine is a step of its lines.
  drawn: (shown) => shown,
  isEmpty: (shown) => shown.money.length === 0,
  summary: (options, shown, names) => [
    ...fineSentences(shown.money, true),
    `The gap between the two lines is money ordered but not known to have been collected from ${respondentName(names, options.respondent)}.`,
  ],
  draw: (drawn, _options, context, width, render) =>
    renderEnforcementGapSvg(layoutEnforcementGap(drawn.money, { width, until: context.updated }), render),
  table(_options, shown, title, _names, limit) {
    const { listed, note } = capped(gapSeries(shown.money), limit, (s) => s.p.eur, 'fines');
    return {
      caption: `${title}: one row per step of the lines, oldest first (euros at the ECB rate of each decision date)`,
      columns: [
        { label: 'Decided' },
        { label: 'Case' },
        { label: 'Authority' },
        { label: 'Fine in euros', numeric: true },
        { label: 'Imposed to date', numeric: true },
        { label: 'Known paid to date', numeric: true },
      ],
      rows: listed.map((s) => ({
        cells: [s.p.dateLabel, s.p.title, s.p.regulator, euros(s.p.eur), euros(s.imposed), euros(s.paid)],
        path: s.p.url,
      })),
      header: 1,
      note,
    };
  },
};
