import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { casesExportSchema, lawsExportSchema, regulatorsExportSchema } from '../../../schemas/export';

const SCHEMAS = { cases: casesExportSchema, regulators: regulatorsExportSchema, laws: lawsExportSchema } as const;

export const getStaticPaths = (() =>
  Object.keys(SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** `/data/schema/<name>.json`: JSON Schema generated from the export's zod contract. */
export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as keyof typeof SCHEMAS;
  const schema = z.toJSONSchema(SCHEMAS[name], { target: 'draft-2020-12' });
  return Response.json({
    $id: new URL(`/data/schema/${name}.json`, site).href,
    title: `Face Rules ${name} export`,
    ...schema,
  });
};
