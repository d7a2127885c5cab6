/**
 * Prefixes a site path with the deployment base (`/` or e.g. `/face-rules/`), so every link works
 * when the site is served from a sub-folder.
 */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The absolute URL of a site path under the base: canonical links, embeds, oEmbed, JSON-LD. */
export function absoluteUrl(site: URL | undefined, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
