import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { lawsExport } from '../../lib/export/cases';

/** `/data/laws.json`: laws, the provisions the record cites, and their dated stages. */
export const GET: APIRoute = async () => Response.json(lawsExport(await getRecord()));
