import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { socialCardSvg } from '../../lib/social/og-card';
import { svgToPng } from '../../lib/social/render-png';
import { SITE } from '../../site';

/** `/og/site.png`: the social card for pages without one of their own. */
export const GET: APIRoute = async () => {
  const record = await getRecord();
  const png = await svgToPng(
    socialCardSvg({
      kicker: SITE.name,
      title: SITE.tagline,
      footer: `${record.cases.length} cases · ${record.regulators.length} authorities and courts`,
    }),
  );
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
