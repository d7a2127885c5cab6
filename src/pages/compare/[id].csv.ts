import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparisons } from '../../data/comparisons';
import { compareCsv, type CompareTable } from '../../lib/compare/compare';

export const getStaticPaths = (async () =>
  (await getComparisons()).map(({ comparison, table }) => ({
    params: { id: comparison.id },
    props: { table },
  }))) satisfies GetStaticPaths;

/** `/compare/<id>.csv`: a prebuilt comparison, one column per case. */
export const GET: APIRoute<{ table: CompareTable }> = ({ props }) =>
  new Response(compareCsv(props.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
