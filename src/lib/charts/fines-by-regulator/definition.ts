// Fines by authority or country: one bar per authority (or country), the total of its standing fines.
import type { ChartDefinition } from '../options';
import { REGION_LEGEND } from '../shared';
import { standingFinesOf } from '../standing';
import { fineSentences, scopeSuffix } from '../wording';
import { euros } from '../table-model';
import { finesAddedUp, fineGroups, groupPath, layoutFinesByRegulator } from './layout';
import { renderFinesByRegulatorSvg } from './render-svg';

export const finesByRegulator: ChartDefinition = {
  params: ['respondent', 'by', 'theme'],
  defaults: { sums: 'fines', currency: 'EUR', scale: 'linear', by: 'regulator', theme: 'auto' },
  name: 'Facial-recognition fines by authority',
  page: () => '/timeline/',
  pageFollowsFilters: false,
  legend: REGION_LEGEND,
  title(options, names) {
    return `Facial-recognition fines by ${options.by === 'regulator' ? 'authority' : 'country'}${scopeSuffix(options, names)}`;
  },
  points: standingFinesOf,
  drawn: (shown, options) => ({ money: finesAddedUp(shown.money, options.by), events: [], links: [] }),
  isEmpty: (shown) => shown.money.length === 0,
  summary: (_options, shown) => fineSentences(shown.money, true),
  draw: (drawn, options, context, width, render) =>
    renderFinesByRegulatorSvg(
      layoutFinesByRegulator(drawn.money, { width, by: options.by, names: context.names }),
      render,
    ),
  table(options, shown, title, names) {
    const groups = fineGroups(shown.money, options.by, names);
    return {
      caption: `${title}: one row per bar, largest first (euros at the ECB rate of each decision date)`,
      columns: [
        { label: options.by === 'regulator' ? 'Authority' : 'Country' },
        { label: 'Standing fines', numeric: true },
        { label: 'Total in euros', numeric: true },
      ],
      rows: groups.map((g) => ({ cells: [g.label, String(g.count), euros(g.total)], path: groupPath(g, options.by) })),
      header: 0,
      note: '',
    };
  },
};
