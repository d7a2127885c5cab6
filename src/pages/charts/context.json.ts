import type { APIRoute } from 'astro';
import { getChartContext } from '../../data/charts';

/** `/charts/context.json`: the data every chart re-draws from in the browser, fetched once when a chart is enhanced. */
export const GET: APIRoute = async () => Response.json(await getChartContext());
