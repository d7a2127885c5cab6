import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getRecord } from '../data/record';
import { withBase } from '../lib/paths';
import { SITE } from '../site';

/** `/rss.xml`: cases, most recently verified or decided first. */
export const GET: APIRoute = async ({ site }) => {
  const record = await getRecord();
  const items = [...record.cases]
    .sort(
      (a, b) =>
        b.data.lastVerified.localeCompare(a.data.lastVerified) ||
        b.data.decided.date.localeCompare(a.data.decided.date) ||
        a.id.localeCompare(b.id),
    )
    .map((c) => ({
      title: c.data.title,
      link: withBase(import.meta.env.BASE_URL, c.url),
      description: c.data.summary,
      // The feed's date is when the entry was last verified: that is when it was new or updated here.
      pubDate: new Date(`${c.data.lastVerified}T00:00:00Z`),
      categories: [c.regulator.data.shortName, c.data.actionType],
    }));
  return rss({
    title: `${SITE.name}: cases`,
    description: SITE.tagline,
    site: site ?? 'https://facerules.org',
    items,
  });
};
