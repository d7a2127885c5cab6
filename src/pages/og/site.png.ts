import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { siteCard } from '../../lib/social/cards';
import { socialCardSvg } from '../../lib/social/og-card';
import { svgToPng } from '../../lib/social/render-png';
import { SITE } from '../../site';

/** `/og/site.png`: the social card for pages without one of their own. */
export const GET: APIRoute = async () => {
  const record = await getRecord();
  const png = await svgToPng(
    socialCardSvg(siteCard({ ...SITE, cases: record.cases.length, regulators: record.regulators.length })),
  );
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
