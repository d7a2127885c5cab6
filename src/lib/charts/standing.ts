import { filterChartData, type ChartData } from './data';
import type { ChartOptions } from './options';

/**
 * The points of a chart of standing fines (the enforcement gap, fines by authority): narrowed to
 * one respondent if the options name one, money reduced to the fines that still stand.
 */
export function standingFinesOf(options: ChartOptions, data: ChartData): ChartData {
  const filtered = filterChartData(data, options.respondent ? { respondent: options.respondent } : {});
  return { ...filtered, money: filtered.money.filter((p) => p.standing) };
}
