import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { casesCsv, casesExport } from '../../lib/export/cases';

/** `/data/cases.csv`: one row per amount (RFC 4180). */
export const GET: APIRoute = async ({ site }) =>
  new Response(casesCsv(casesExport(await getRecord()), new URL(import.meta.env.BASE_URL, site).href), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
