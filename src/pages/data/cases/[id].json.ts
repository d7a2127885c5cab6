import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecord } from '../../../data/record';
import { casesExport } from '../../../lib/export/cases';
import type { ComparedCase } from '../../../lib/compare/compare';

export const getStaticPaths = (async () =>
  casesExport(await getRecord()).cases.map((c) => ({
    params: { id: c.id },
    props: { exported: c },
  }))) satisfies GetStaticPaths;

/** `/data/cases/<id>.json`: one case, in the shape of an entry of cases.json (what the comparison fetches). */
export const GET: APIRoute<{ exported: ComparedCase }> = ({ props }) => Response.json(props.exported);
