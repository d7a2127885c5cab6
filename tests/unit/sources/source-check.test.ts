import { describe, expect, it } from 'vitest';
import { checkSources, sourceReport, verdictFor } from '../../../scripts/lib/source-check';

/** A fake network: status per URL; a thrown DNS error for "gone.example". */
function fakeFetch(statuses: Record<string, number>, archive: Record<string, string> = {}) {
  const calls: string[] = [];
  const fetchUrl = (url: string, init?: RequestInit): Promise<Response> => {
    calls.push(`${init?.method ?? 'GET'} ${url}`);
    if (url.startsWith('https://archive.org/wayback/available')) {
      const asked = decodeURIComponent(url.split('url=')[1] ?? '');
      const snapshot = archive[asked];
      return Promise.resolve(
        Response.json({ archived_snapshots: snapshot ? { closest: { available: true, url: snapshot } } : {} }),
      );
    }
    if (url.includes('gone.example'))
      return Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }));
    const status = statuses[`${init?.method} ${url}`] ?? statuses[url] ?? 200;
    return Promise.resolve(new Response(null, { status }));
  };
  return { fetchUrl, calls };
}

describe('external source check', () => {
  it('counts only a clear "gone" as dead', () => {
    expect([200, 301, 404, 410, 0, 403, 429, 500].map(verdictFor)).toEqual([
      'ok',
      'ok',
      'dead',
      'dead',
      'dead',
      'check',
      'check',
      'check',
    ]);
  });

  it('retries with GET when HEAD is refused, and finds archived copies for dead links only', async () => {
    const { fetchUrl, calls } = fakeFetch(
      {
        'HEAD https://cnil.fr/a': 405,
        'GET https://cnil.fr/a': 200,
        'https://ico.org.uk/old': 404,
        'https://x.org/': 403,
      },
      { 'https://ico.org.uk/old': 'http://web.archive.org/web/2022/https://ico.org.uk/old' },
    );
    const links = new Map([
      ['https://cnil.fr/a', ['/cases/a/']],
      ['https://ico.org.uk/old', ['/cases/b/', '/regulators/gb-ico/']],
      ['https://x.org/', ['/cases/c/']],
      ['https://gone.example/x', ['/cases/d/']],
    ]);
    const results = await checkSources(links, fetchUrl, { concurrency: 2 });
    expect(results.map((r) => [r.url, r.verdict, r.status, r.archived])).toEqual([
      ['https://cnil.fr/a', 'ok', 200, undefined],
      ['https://gone.example/x', 'dead', 0, undefined],
      ['https://ico.org.uk/old', 'dead', 404, 'https://web.archive.org/web/2022/https://ico.org.uk/old'],
      ['https://x.org/', 'check', 403, undefined],
    ]);
    expect(calls).toContain('GET https://cnil.fr/a');
    expect(calls.filter((c) => c.includes('archive.org'))).toHaveLength(2);
    const report = sourceReport(results);
    expect(report).toContain('4 checked: 1 answer, 3 need attention.');
    expect(report).toContain(
      '| https://ico.org.uk/old | 404 | https://web.archive.org/web/2022/https://ico.org.uk/old | /cases/b/, /regulators/gb-ico/ |',
    );
    expect(report).toContain('| https://gone.example/x | ENOTFOUND | — | /cases/d/ |');
  });
});
