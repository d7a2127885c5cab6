import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartContext, getChartData } from '../../../../data/charts';
import {
  CHART_IDS,
  chartPoints,
  chartVariants,
  type ChartId,
  type ChartOptions,
} from '../../../../lib/charts/registry';
import { pointsOptions } from '../../../../lib/charts/views';

export const getStaticPaths = (async () => {
  const context = await getChartContext();
  return CHART_IDS.flatMap((chart) =>
    chartVariants(chart, context, true).map(({ variant, options }) => ({
      params: { chart, variant: variant || 'all' },
      props: { options },
    })),
  );
}) satisfies GetStaticPaths;

/**
 * `/charts/points/<chart>/<variant>.json`: the points a chart shows at one filter (or none), which
 * the browser narrows further for any other option: see src/lib/charts/views.ts.
 */
export const GET: APIRoute = async ({ params, props }) => {
  const chart = params.chart as ChartId;
  const { options } = props as { options: ChartOptions };
  return Response.json(chartPoints(chart, pointsOptions(chart, options), await getChartData()));
};
