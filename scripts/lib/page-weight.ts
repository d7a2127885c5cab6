// What a page costs a reader: the gzip size of its HTML, its stylesheets and its scripts,
// counting every file it references from the same site once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScripts } from '../../src/integrations/built-pages.ts';
import { DEFAULTS, type ChartContext, type ChartId } from '../../src/lib/charts/registry.ts';
import { chartSource } from '../../src/lib/charts/views.ts';

/** Gzip sizes in bytes. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** JavaScript files the page loads, including modules they import. */
  scripts: string[];
  /** Gzip size of modules loaded later, on intent (dynamic imports), not counted in `js`. */
  lazyJs: number;
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Local paths referenced by `pattern` in `text`, resolved against the site root. */
function references(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)]
    .map((m) => m[1] ?? '')
    .filter((href) => href.startsWith('/') && !href.startsWith('//'));
}

/** Follows static `import` statements of a built module, so shared chunks are counted. */
function moduleGraph(dist: string, entry: string, seen: Set<string>, lazy?: Set<string>): void {
  if (seen.has(entry)) return;
  const file = join(dist, entry);
  if (!existsSync(file)) return;
  seen.add(entry);
  const code = readFileSync(file, 'utf8');
  const resolve = (target: string) => (target.startsWith('/') ? target : new URL(target, `https://x${entry}`).pathname);
  for (const match of code.matchAll(/(?:import|from)\s*["'`]([^"'`]+\.js)["'`]/g))
    moduleGraph(dist, resolve(match[1] ?? ''), seen, lazy);
  if (lazy)
    for (const match of code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) lazy.add(resolve(match[1] ?? ''));
}

/** The weight of the page at `path` (a site path like `/cases/x/`) in the built site `dist`. */
export function pageWeight(dist: string, path: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html'), 'utf8');
  const strip = (href: string) => (base !== '/' && href.startsWith(base) ? `/${href.slice(base.length)}` : href);
  const styles = references(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).map(strip);
  const scripts = new Set<string>();
  const lazyEntries = new Set<string>();
  for (const src of references(html, /<script[^>]+src="([^"]+)"/g).map(strip))
    moduleGraph(dist, src, scripts, lazyEntries);
  const inline = inlineScripts(html);
  const inlineJs = inline.join('');
  for (const code of inline) {
    for (const match of code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g))
      lazyEntries.add(strip(match[1] ?? ''));
    for (const match of code.matchAll(/(?:import|from)\s*["'`](\/[^"'`]+\.js)["'`]/g))
      moduleGraph(dist, strip(match[1] ?? ''), scripts, lazyEntries);
  }
  const lazy = new Set<string>();
  for (const entry of lazyEntries) moduleGraph(dist, entry, lazy);
  for (const src of scripts) lazy.delete(src);
  return {
    html: gz(html),
    css: styles.reduce((sum, href) => sum + gz(readFileSync(join(dist, href))), 0),
    js: [...scripts].reduce((sum, src) => sum + gz(readFileSync(join(dist, src))), 0) + (inlineJs ? gz(inlineJs) : 0),
    scripts: [...scripts],
    lazyJs: [...lazy].reduce((sum, src) => sum + gz(readFileSync(join(dist, src))), 0),
  };
}

/** One page of each type, for weight reports and the scale benchmark. */
export const SAMPLE_PAGES: Readonly<Record<string, string>> = {
  home: '/',
  'case index': '/cases/',
  case: '/cases/fr-cnil-sanction-2022/',
  regulator: '/regulators/fr-cnil/',
  respondent: '/respondents/clearview-ai/',
  law: '/laws/eu-gdpr/',
  explainer: '/explainers/does-clearview-pay-its-fines/',
  'chart page': '/timeline/',
  embed: '/embed/fine-timeline/',
};

/**
 * Gzip bytes of the data an embedded chart fetches at its default options: the chart context and
 * the file it draws from (a prebuilt view, or the points of its filter).
 */
export function embedDataBytes(dist: string, chart: ChartId): number {
  const contextFile = join(dist, 'charts', 'context.json');
  const context = JSON.parse(readFileSync(contextFile, 'utf8')) as ChartContext;
  const source = chartSource(chart, DEFAULTS[chart], context);
  return gz(readFileSync(contextFile)) + gz(readFileSync(join(dist, source.path)));
}
