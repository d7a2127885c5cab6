/**
 * Prefixes a site path with the deployment base (`/` or e.g. `/face-rules/`), so every link works
 * when the site is served from a sub-folder.
 */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}
