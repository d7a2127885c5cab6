import type { APIRoute } from 'astro';
import { atomResponse, feedContext } from '../../data/feeds';
import { getRecord } from '../../data/record';
import { atomXml } from '../../lib/feeds/atom';
import { changesFeed } from '../../lib/feeds/record-feeds';

/** `/feeds/changes.xml`: additions, corrections and status changes, dated by the change. */
export const GET: APIRoute = async ({ site }) =>
  atomResponse(atomXml(changesFeed(await getRecord(), feedContext(site))));
