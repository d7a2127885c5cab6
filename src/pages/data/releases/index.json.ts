import type { APIRoute } from 'astro';
import { getReleases } from '../../../data/releases';
import { absoluteUrl } from '../../../lib/paths';
import { releasesIndex } from '../../../lib/releases/releases';

/** `/data/releases/index.json`: every dated release, newest first, with each file's URL, size and SHA-256. */
export const GET: APIRoute = ({ site }) =>
  Response.json(releasesIndex(getReleases(), (path) => absoluteUrl(site, import.meta.env.BASE_URL, path)));
