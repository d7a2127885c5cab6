import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecord } from '../../../data/record';
import type { CaseView } from '../../../lib/record/types';
import { caseCard } from '../../../lib/social/cards';
import { socialCardSvg } from '../../../lib/social/og-card';
import { svgToPng } from '../../../lib/social/render-png';

export const getStaticPaths = (async () =>
  (await getRecord()).cases.map((view) => ({ params: { id: view.id }, props: { view } }))) satisfies GetStaticPaths;

/** `/og/cases/<id>.png`: the social card of a case. */
export const GET: APIRoute<{ view: CaseView }> = async ({ props: { view } }) => {
  const png = await svgToPng(socialCardSvg(caseCard(view)));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
