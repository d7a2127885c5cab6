import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartContext } from '../../data/charts';
import { EMBED_HEIGHT, embedSnippet } from '../../lib/charts/embed-snippet';
import { CHART_IDS, chartTitle, DEFAULTS, type ChartId } from '../../lib/charts/registry';
import { withBase } from '../../lib/paths';
import { SITE } from '../../site';

export const getStaticPaths = (() => CHART_IDS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

/** `/oembed/<chart>.json`: oEmbed 1.0 "rich" response for the chart at its default options. */
export const GET: APIRoute = async ({ params, site }) => {
  const chart = params.chart as ChartId;
  const context = await getChartContext();
  const url = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site).href;
  const title = chartTitle(chart, DEFAULTS[chart], context.names);
  return Response.json({
    version: '1.0',
    type: 'rich',
    provider_name: SITE.name,
    provider_url: url('/'),
    title,
    width: 720,
    height: EMBED_HEIGHT,
    thumbnail_url: url(`/charts/${chart}.png`),
    thumbnail_width: 960,
    html: embedSnippet({
      embedUrl: url(`/embed/${chart}/`),
      pageUrl: url('/timeline/'),
      scriptUrl: url('/embed.js'),
      title,
    }),
  });
};
