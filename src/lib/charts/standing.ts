import { filterChartData, type ChartData } from './data';
import type { ChartOptions } from './options';

/**
 * The points of a chart of standing fines (the enforcement gap, fines by authority): narrowed to
 * one respondent if the options name one, the fines that still stand and nothing else (these
 * charts draw no decision without money, and no link from a proposed sum).
 */
export function standingFinesOf(options: ChartOptions, data: ChartData): ChartData {
  const filtered = filterChartData(data, options.respondent ? { respondent: options.respondent } : {});
  return { money: filtered.money.filter((p) => p.standing), events: [], links: [] };
}
