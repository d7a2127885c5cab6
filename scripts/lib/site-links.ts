// Link integrity over a built site: every internal link and #fragment must resolve to a file and
// an element id in that build, every link that leaves the site must be https (or mailto) and
// carry rel="noopener noreferrer". Reads only files: no server, no network.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../src/integrations/built-pages.ts';

/** One broken or unsafe link, with the page it is on. */
export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The element ids (and legacy `name` anchors) a page offers as #fragments. */
export function fragmentIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));
}

/** Tags that point somewhere, with the attribute that holds the address. */
const LINK_ATTRIBUTES = /<(a|link|script|img|iframe|source|form|use|meta)\b([^>]*)>/g;
const ATTRIBUTE = /\s(href|src|action|srcset|rel|xlink:href|content)="([^"]*)"/g;

/** The addresses an HTML page points to, with the tag and its rel. */
export function pageLinks(html: string): { tag: string; url: string; rel: string }[] {
  // Text inside <code>, <pre> and <textarea> is shown to readers (e.g. embed snippets), not followed.
  const followed = html.replace(/<(code|pre|textarea)\b[\s\S]*?<\/\1>/g, '');
  const links: { tag: string; url: string; rel: string }[] = [];
  for (const [, tag = '', attributes = ''] of followed.matchAll(LINK_ATTRIBUTES)) {
    const values = new Map([...attributes.matchAll(ATTRIBUTE)].map((m) => [m[1] ?? '', decode(m[2] ?? '')]));
    const rel = values.get('rel') ?? '';
    for (const name of ['href', 'src', 'action', 'xlink:href']) {
      const url = values.get(name);
      if (url !== undefined) links.push({ tag, url, rel });
    }
    // Social cards name pages and images in <meta content>: og:url, og:image, twitter:image.
    const content = values.get('content') ?? '';
    if (tag === 'meta' && /^https?:\/\//.test(content)) links.push({ tag, url: content, rel });
    for (const candidate of (values.get('srcset') ?? '').split(',').filter(Boolean))
      links.push({ tag, url: candidate.trim().split(/\s+/)[0] ?? '', rel });
  }
  return links;
}

/** The built file a site path resolves to, or undefined. Paths must carry the base. */
function resolveFile(dist: string, path: string, base: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inside = path.slice(base.length);
  const file = join(dist, inside.endsWith('/') || inside === '' ? `${inside}index.html` : inside);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Checks every link of every page in the build at `dist`, served from `origin` + `base`.
 * Absolute links to `origin` (canonical URLs, og:image) are checked like internal ones.
 */
export function checkSiteLinks(dist: string, options: { origin: string; base?: string }): LinkProblem[] {
  const base = options.base ?? '/';
  const pages = builtPages(dist, base);
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) idsByFile.set(file, (ids = fragmentIds(readFileSync(file, 'utf8'))));
    return ids;
  };
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    const here = new URL(page.path, options.origin);
    for (const { tag, url, rel } of pageLinks(page.html)) {
      const report = (problem: string) => problems.push({ page: page.path, link: url, problem });
      if (url === '') {
        report('empty address');
        continue;
      }
      if (/^(mailto|data|blob):/.test(url) || (tag === 'link' && /\b(preconnect|dns-prefetch)\b/.test(rel))) continue;
      let target: URL;
      try {
        target = new URL(url, here);
      } catch {
        report('not a valid URL');
        continue;
      }
      if (target.origin !== options.origin) {
        if (target.protocol !== 'https:') report('links off the site must use https');
        if (tag === 'a' && !(/\bnoopener\b/.test(rel) && /\bnoreferrer\b/.test(rel)))
          report('a link off the site needs rel="noopener noreferrer"');
        continue;
      }
      if (tag !== 'a' && tag !== 'link' && tag !== 'form' && url.startsWith('//')) report('protocol-relative address');
      const file = resolveFile(dist, target.pathname, base);
      if (!file) {
        const slashed = !target.pathname.endsWith('/') && resolveFile(dist, `${target.pathname}/`, base);
        report(
          target.pathname.startsWith(base)
            ? slashed
              ? 'missing trailing slash: the page is at that path with "/"'
              : 'no such file in the build'
            : `outside the base path ${base}`,
        );
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment))
        report(`no element with id "${fragment}" on ${target.pathname}`);
    }
  }
  return problems;
}
