import type { APIRoute } from 'astro';
import { atomResponse, feedContext } from '../../data/feeds';
import { getRecord } from '../../data/record';
import { atomXml } from '../../lib/feeds/atom';
import { casesFeed } from '../../lib/feeds/record-feeds';

/** `/feeds/cases.xml`: every case, dated by its ruling, updated on its last change in the record. */
export const GET: APIRoute = async ({ site }) => atomResponse(atomXml(casesFeed(await getRecord(), feedContext(site))));
