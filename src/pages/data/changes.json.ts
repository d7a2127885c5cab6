import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { getReleases } from '../../data/releases';
import { casesExport } from '../../lib/export/cases';
import { releaseChanges } from '../../lib/releases/releases';

/** `/data/changes.json`: cases added, changed and removed by each release, and since the last one. */
export const GET: APIRoute = async () =>
  Response.json(releaseChanges(getReleases(), casesExport(await getRecord()).cases));
