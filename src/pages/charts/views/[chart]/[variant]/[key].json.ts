import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartContext, getChartData } from '../../../../../data/charts';
import type { ChartId, ChartOptions } from '../../../../../lib/charts/registry';
import { chartView, viewCsvPath, viewRoutes } from '../../../../../lib/charts/views';

export const getStaticPaths = (async () => viewRoutes(await getChartContext())) satisfies GetStaticPaths;

/**
 * `/charts/views/<chart>/<variant>/<key>.json`: a chart that caps its marks, prebuilt at one filter
 * and view: what it draws, its summaries and table, and where its CSV is (src/lib/charts/views.ts).
 */
export const GET: APIRoute = async ({ params, props }) => {
  const chart = params.chart as ChartId;
  const { options } = props as { options: ChartOptions };
  const { names } = await getChartContext();
  return Response.json(chartView(chart, options, await getChartData(), names, viewCsvPath(chart, options)));
};
