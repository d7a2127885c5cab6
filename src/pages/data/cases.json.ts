import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { casesExport } from '../../lib/export/cases';

/** `/data/cases.json`: the open-data contract (see src/schemas/export.ts). */
export const GET: APIRoute = async () => Response.json(casesExport(await getRecord()));
