// Feed addresses and ids for this deployment: the pure feed builders, given the site's origin and base.
import type { FeedContext } from '../lib/feeds/record-feeds';
import { absoluteUrl } from '../lib/paths';
import { SITE } from '../site';

/** The context every feed is built with. */
export function feedContext(site: URL | undefined): FeedContext {
  return {
    absolute: (path) => absoluteUrl(site, import.meta.env.BASE_URL, path),
    idAuthority: SITE.feedIdAuthority,
    siteName: SITE.name,
  };
}

/** An Atom document as a response. */
export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
