// Checks the links that leave the site (sources above all) over the network, and for dead ones
// looks up an archived copy in the Wayback Machine. The network is injected, so tests need none.
import { builtPages } from '../../src/integrations/built-pages.ts';
import { pageLinks } from './site-links.ts';

/** What became of one external link. */
export interface SourceStatus {
  url: string;
  /** HTTP status, or 0 when the host could not be reached at all. */
  status: number;
  /** ok: it answers; dead: gone (404, 410, no such host); check: refused robots or failed, look by hand. */
  verdict: 'ok' | 'dead' | 'check';
  /** Pages of the site that link to it. */
  pages: string[];
  /** For dead links: the closest archived copy, if the Wayback Machine has one. */
  archived?: string;
  detail?: string;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Every link off the site in the build at `dist`, with the pages that carry it. */
export function externalLinks(dist: string, siteOrigin: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const page of builtPages(dist)) {
    for (const { tag, url } of pageLinks(page.html)) {
      if (tag !== 'a' || !/^https?:\/\//.test(url) || url.startsWith(siteOrigin)) continue;
      links.set(url, [...(links.get(url) ?? []), page.path]);
    }
  }
  return links;
}

/** Sorts a status into a verdict: only a clear "gone" counts as dead. */
export function verdictFor(status: number): SourceStatus['verdict'] {
  if (status >= 200 && status < 400) return 'ok';
  if (status === 0 || status === 404 || status === 410) return 'dead';
  return 'check';
}

/** Asks for `url` (HEAD, then GET when HEAD is refused) and returns its status, 0 if unreachable. */
async function probe(url: string, fetchUrl: Fetch, timeoutMs: number): Promise<{ status: number; detail?: string }> {
  try {
    const init = {
      redirect: 'follow' as const,
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'User-Agent': 'FaceRules-source-check/1 (+https://facerules.org/about/)' },
    };
    const head = await fetchUrl(url, { ...init, method: 'HEAD' });
    if (head.ok || head.status === 404 || head.status === 410) return { status: head.status };
    const get = await fetchUrl(url, { ...init, method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
    return { status: get.status };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    // No such host or refused connection: gone. A timeout may be a slow server: check by hand.
    if (cause === 'ENOTFOUND' || cause === 'ECONNREFUSED') return { status: 0, detail: cause };
    return { status: -1, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The closest archived copy of `url` in the Wayback Machine, if any. */
export async function archivedCopy(url: string, fetchUrl: Fetch): Promise<string | undefined> {
  try {
    const response = await fetchUrl(`https://archive.org/wayback/available?url=${encodeURIComponent(url)}`);
    const body = (await response.json()) as {
      archived_snapshots?: { closest?: { available?: boolean; url?: string } };
    };
    const closest = body.archived_snapshots?.closest;
    return closest?.available && closest.url ? closest.url.replace(/^http:/, 'https:') : undefined;
  } catch {
    return undefined;
  }
}

/** Checks every link, `concurrency` at a time, and finds archived copies for the dead ones. */
export async function checkSources(
  links: Map<string, string[]>,
  fetchUrl: Fetch,
  { concurrency = 8, timeoutMs = 20_000 } = {},
): Promise<SourceStatus[]> {
  const queue = [...links.keys()].sort();
  const results: SourceStatus[] = [];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const { status, detail } = await probe(url, fetchUrl, timeoutMs);
      const verdict = status === -1 ? 'check' : verdictFor(status);
      const result: SourceStatus = { url, status: Math.max(status, 0), verdict, pages: links.get(url) ?? [] };
      if (detail) result.detail = detail;
      if (verdict === 'dead') {
        const archived = await archivedCopy(url, fetchUrl);
        if (archived) result.archived = archived;
      }
      results.push(result);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results.sort((a, b) => a.url.localeCompare(b.url));
}

/** A Markdown report: dead links with their archived copies first, then those to check by hand. */
export function sourceReport(results: readonly SourceStatus[]): string {
  const row = (r: SourceStatus) =>
    `| ${r.url} | ${r.status || r.detail || 'unreachable'} | ${r.archived ?? '—'} | ${r.pages.slice(0, 3).join(', ')}${r.pages.length > 3 ? ' …' : ''} |`;
  const table = (title: string, rows: SourceStatus[]) =>
    rows.length === 0
      ? `## ${title}\n\nNone.\n`
      : `## ${title}\n\n| URL | status | archived copy | linked from |\n|---|---|---|---|\n${rows.map(row).join('\n')}\n`;
  const ok = results.filter((r) => r.verdict === 'ok').length;
  return [
    `# External links\n\n${results.length} checked: ${ok} answer, ${results.length - ok} need attention.\n`,
    table(
      'Dead: replace with the archived copy, or find where the document moved',
      results.filter((r) => r.verdict === 'dead'),
    ),
    table(
      'Check by hand: refused robots, rate-limited or failing',
      results.filter((r) => r.verdict === 'check'),
    ),
  ].join('\n');
}
