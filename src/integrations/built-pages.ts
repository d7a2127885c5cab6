// The HTML pages of a finished build, read from disk: for build hooks, tests and scripts alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A built HTML page. */
export interface BuiltPage {
  /** The site path it is served at, base included, e.g. "/face-rules/cases/x/". */
  path: string;
  html: string;
}

/** The site path a built HTML file is served at: ".../x/index.html" → "<base>x/". */
function servedPath(dist: string, file: string, base: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return `${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every HTML file in `dist`, in path order, with the path it is served at under `base`. */
export function builtPages(dist: string, base = '/'): BuiltPage[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => ({ path: servedPath(dist, file, base), html: readFileSync(file, 'utf8') }));
}

/** The Content-Security-Policy of a page's <meta> element, entities decoded, if it has one. */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
}

/** The code of a page's inline scripts (not those with a src, not JSON data blocks). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? '',
  );
}
