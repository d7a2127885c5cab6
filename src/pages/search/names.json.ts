import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { searchNames } from '../../lib/search/names';

/** `/search/names.json`: the names search suggests when a query finds little ("Did you mean"). */
export const GET: APIRoute = async () => Response.json(searchNames(await getRecord()));
