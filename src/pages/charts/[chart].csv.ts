import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartData } from '../../data/charts';
import { toCsv } from '../../lib/export/csv';
import { CHART_CSV_HEADER, CHART_IDS, chartCsvRows, DEFAULTS, type ChartId } from '../../lib/charts/registry';

export const getStaticPaths = (() => CHART_IDS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

/** `/charts/<chart>.csv`: the sums a chart shows at its default options (the no-JavaScript download). */
export const GET: APIRoute = async ({ params }) => {
  const chart = params.chart as ChartId;
  const csv = toCsv(CHART_CSV_HEADER, chartCsvRows(chart, DEFAULTS[chart], await getChartData()));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
