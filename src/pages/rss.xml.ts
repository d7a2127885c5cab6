import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getRecord } from '../data/record';
import { rulingPublished } from '../lib/feeds/record-feeds';
import { withBase } from '../lib/paths';
import { SITE } from '../site';

/**
 * `/rss.xml`, kept for readers who follow it: the cases, newest ruling first, each dated by when
 * its ruling was made public (RSS has no "updated"; the Atom feeds under /feeds/ carry both).
 */
export const GET: APIRoute = async ({ site }) => {
  const record = await getRecord();
  const items = record.cases
    .map((c) => ({ c, published: rulingPublished(c) }))
    .sort((a, b) => b.published.localeCompare(a.published) || a.c.id.localeCompare(b.c.id))
    .map(({ c, published }) => ({
      title: c.data.title,
      link: withBase(import.meta.env.BASE_URL, c.url),
      description: c.data.summary,
      pubDate: new Date(published),
      categories: [c.regulator.data.shortName, c.data.actionType],
    }));
  return rss({
    title: `${SITE.name}: cases`,
    description: SITE.tagline,
    site: site ?? 'https://facerules.org',
    items,
  });
};
