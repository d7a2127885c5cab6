import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartContext, getChartData } from '../../../data/charts';
import { toCsv } from '../../../lib/export/csv';
import {
  CHART_CSV_HEADER,
  CHART_IDS,
  chartCsvRows,
  chartVariants,
  type ChartId,
  type ChartOptions,
} from '../../../lib/charts/registry';

export const getStaticPaths = (async () => {
  const context = await getChartContext();
  return CHART_IDS.flatMap((chart) =>
    chartVariants(chart, context).map(({ variant, options }) => ({ params: { chart, variant }, props: { options } })),
  );
}) satisfies GetStaticPaths;

/**
 * `/charts/<chart>/<filter>-<value>.csv`: the sums a chart narrowed by one filter shows, so that
 * "Get the data" under a regulator's or respondent's chart gives that chart's rows without JavaScript.
 */
export const GET: APIRoute = async ({ params, props }) => {
  const { options } = props as { options: ChartOptions };
  const csv = toCsv(CHART_CSV_HEADER, chartCsvRows(params.chart as ChartId, options, await getChartData()));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
