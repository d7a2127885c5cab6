import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, type ChartId } from '../../lib/charts/registry';
import { svgToPng } from '../../lib/social/render-png';
import { chartImageSvg } from './[chart].svg';

export const getStaticPaths = (() => CHART_IDS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

/** `/charts/<chart>.png`, rendered from the standalone SVG with sharp. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(await svgToPng(await chartImageSvg(params.chart as ChartId, site)), {
    headers: { 'Content-Type': 'image/png' },
  });
