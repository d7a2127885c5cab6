import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartContext, getChartData } from '../../../../../data/charts';
import { toCsv } from '../../../../../lib/export/csv';
import { CHART_CSV_HEADER, chartCsvRows, type ChartId, type ChartOptions } from '../../../../../lib/charts/registry';
import { viewRoutes } from '../../../../../lib/charts/views';

// Only views whose CSV is not the chart's own (`/charts/<chart>/<variant>.csv`) have a file here.
export const getStaticPaths = (async () => viewRoutes(await getChartContext(), true)) satisfies GetStaticPaths;

/** `/charts/views/<chart>/<variant>/<key>.csv`: every sum a prebuilt view shows. */
export const GET: APIRoute = async ({ params, props }) => {
  const { options } = props as { options: ChartOptions };
  const csv = toCsv(CHART_CSV_HEADER, chartCsvRows(params.chart as ChartId, options, await getChartData()));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
