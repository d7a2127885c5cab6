import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartContext } from '../../data/charts';
import { chartOEmbed } from '../../lib/charts/oembed';
import { standaloneSize } from '../../lib/charts/standalone';
import { CHART_IDS, chartTitle, DEFAULTS, type ChartId } from '../../lib/charts/registry';
import { absoluteUrl } from '../../lib/paths';
import { SITE } from '../../site';
import { chartImageSvg } from '../charts/[chart].svg';

export const getStaticPaths = (() => CHART_IDS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

/** `/oembed/<chart>.json`: oEmbed 1.0 "rich" response for the chart at its default options. */
export const GET: APIRoute = async ({ params, site }) => {
  const chart = params.chart as ChartId;
  const context = await getChartContext();
  return Response.json(
    chartOEmbed({
      chart,
      options: DEFAULTS[chart],
      title: chartTitle(chart, DEFAULTS[chart], context.names),
      provider: SITE.name,
      url: (path) => absoluteUrl(site, import.meta.env.BASE_URL, path),
      thumbnailHeight: standaloneSize(await chartImageSvg(chart, site)).height,
    }),
  );
};
