import { escapeXml } from '../social/og-card';

/** Builds an SVG attribute string, skipping undefined values; values are escaped. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
    .join(' ');
}

/** Joins a site base path and a site path. */
export function href(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

export { escapeXml };
