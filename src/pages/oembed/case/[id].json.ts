import type { APIRoute, GetStaticPaths } from 'astro';
import { pagesOf } from '../../../data/record';
import { caseOEmbed } from '../../../lib/embeds/case-card';
import { absoluteUrl } from '../../../lib/paths';
import type { CaseView } from '../../../lib/record/types';
import { SITE } from '../../../site';

export const getStaticPaths = (() => pagesOf('cases', () => ({}))) satisfies GetStaticPaths;

/** `/oembed/case/<id>.json`: the oEmbed response for a case's card, which its page links for discovery. */
export const GET: APIRoute = ({ props, site }) =>
  Response.json(
    caseOEmbed((props as { entry: CaseView }).entry, {
      provider: SITE.name,
      url: (path) => absoluteUrl(site, import.meta.env.BASE_URL, path),
    }),
  );
