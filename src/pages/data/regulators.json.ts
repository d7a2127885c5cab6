import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { regulatorsExport } from '../../lib/export/cases';

/** `/data/regulators.json`. */
export const GET: APIRoute = async () => Response.json(regulatorsExport(await getRecord()));
