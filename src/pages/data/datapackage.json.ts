import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { casesExport } from '../../lib/export/cases';
import { dataPackage } from '../../lib/export/datapackage';
import { SITE } from '../../site';

/** `/data/datapackage.json`: the Frictionless Data Package describing the files beside it. */
export const GET: APIRoute = async ({ site }) =>
  Response.json(
    dataPackage(casesExport(await getRecord()), {
      siteUrl: new URL(import.meta.env.BASE_URL, site).href,
      licence: SITE.dataLicence,
    }),
  );
