import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartContext } from '../../../data/charts';
import { chartOEmbed } from '../../../lib/charts/oembed';
import { CHART_IDS, chartTitle, chartVariants, type ChartOptions } from '../../../lib/charts/registry';
import { absoluteUrl } from '../../../lib/paths';
import { SITE } from '../../../site';

export const getStaticPaths = (async () => {
  const context = await getChartContext();
  return CHART_IDS.flatMap((chart) =>
    chartVariants(chart, context).map(({ variant, options }) => ({ params: { chart, variant }, props: { options } })),
  );
}) satisfies GetStaticPaths;

/**
 * `/oembed/<chart>/<filter>-<value>.json`: the oEmbed response for a chart narrowed by one filter,
 * as drawn on regulator and respondent pages, which link to it for discovery.
 */
export const GET: APIRoute = async ({ params, props, site }) => {
  const chart = params.chart as (typeof CHART_IDS)[number];
  const { options } = props as { options: ChartOptions };
  const context = await getChartContext();
  return Response.json(
    chartOEmbed({
      chart,
      options,
      title: chartTitle(chart, options, context.names),
      provider: SITE.name,
      url: (path) => absoluteUrl(site, import.meta.env.BASE_URL, path),
      thumbnailHeight: null,
    }),
  );
};
