import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartContext, getChartData } from '../../data/charts';
import { CHART_IDS, chartLegend, chartTitle, DEFAULTS, renderChart, type ChartId } from '../../lib/charts/registry';
import { CHART_IMAGE } from '../../lib/charts/oembed';
import { standaloneSvg } from '../../lib/charts/standalone';
import { chartView } from '../../lib/charts/views';

export const getStaticPaths = (() => CHART_IDS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

/** The standalone SVG of a chart at its default options (also the source of the PNG). */
export async function chartImageSvg(chart: ChartId, site: URL | undefined): Promise<string> {
  const context = await getChartContext();
  const options = DEFAULTS[chart];
  const base = import.meta.env.BASE_URL;
  return standaloneSvg(
    renderChart(chart, options, chartView(chart, options, await getChartData(), context.names), context, {
      width: CHART_IMAGE.width,
      base: new URL(base, site).href,
      id: `export-${chart}`,
    }),
    {
      title: chartTitle(chart, options, context.names),
      legend: chartLegend(chart),
      source: `Source: Face Rules (${new URL(base, site).host}), data as of ${context.updated}. Euros at the ECB reference rate of each decision date.`,
    },
  );
}

/** `/charts/<chart>.svg`. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(await chartImageSvg(params.chart as ChartId, site), { headers: { 'Content-Type': 'image/svg+xml' } });
