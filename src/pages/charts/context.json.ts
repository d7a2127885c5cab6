import type { APIRoute } from 'astro';
import { getChartContext } from '../../data/charts';

/** `/charts/context.json`: the names and valid ids every chart needs in the browser (its points come per filter: views.ts). */
export const GET: APIRoute = async () => Response.json(await getChartContext());
