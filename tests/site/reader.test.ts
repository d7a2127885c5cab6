// What a first-time reader meets on the built site: words, labels, money, embeds and the files
// behind the charts. Each test here guards a defect once seen on the site (issue 11).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/integrations/built-pages';
import { TEST_DIST } from '../support/paths';

const read = (path: string) => readFileSync(join(TEST_DIST, path), 'utf8');
const pages = builtPages(TEST_DIST);
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no page ${path}`);
  return found.html;
};

/** A page's text as a reader meets it: no scripts, styles, drawings or form fields, tags as nothing. */
const visibleHtml = (html: string) =>
  html.replace(/<(script|style|svg|textarea|template)\b[\s\S]*?<\/\1>/g, ' ').replace(/<head>[\s\S]*?<\/head>/, ' ');

const INLINE = 'a|strong|em|time|abbr|code|span|b|i|cite|q|small|mark';

describe('words on the page', () => {
  it('no word is glued to a link or other inline element ("write to<a>", "the<a>RSS feed")', () => {
    const glued = new RegExp(
      `[A-Za-z0-9,.;:)](<(?:${INLINE})\\b[^>]*>)[A-Za-z0-9(€£$]|[A-Za-z0-9.)]</(?:${INLINE})>[A-Za-z0-9(]`,
      'g',
    );
    const found = pages.flatMap((p) =>
      [...visibleHtml(p.html).matchAll(glued)].map(
        (m) => `${p.path}: ${visibleHtml(p.html).slice(Math.max(0, m.index - 20), m.index + 40)}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('no stray space before a full stop or comma after a link or other element ("Title . CNIL , 2022")', () => {
    const found = pages.flatMap((p) => {
      const text = visibleHtml(p.html).replace(/<[^>]+>/g, '\u0000');
      return [...text.matchAll(/[A-Za-z0-9)’”]\u0000+\s+\u0000*[.,;:](?=\s|\u0000|$)/g)].map(
        (m) => `${p.path}: …${text.slice(Math.max(0, m.index - 30), m.index + 10).replace(/\u0000/g, '')}…`,
      );
    });
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('no page prints a raw vocabulary id where a reader expects words', () => {
    const RAW =
      /\b(court-ruling|under-appeal|not-applicable|penalty-payment|proposed-fine|periodic-penalty|partially-paid|reduced-on-appeal|data-protection-authority|police-force|public-body)\b|final, unknown|\b(regulation|statute|directive|ordinance|case-law) ·/;
    const found = pages.flatMap((p) => {
      const text = visibleHtml(p.html).replace(/<[^>]+>/g, ' ');
      const m = RAW.exec(text);
      return m ? [`${p.path}: …${text.slice(Math.max(0, m.index - 30), m.index + 30)}…`] : [];
    });
    expect(found).toEqual([]);
    // And the chart marks' names, which screen readers announce, use the labels too.
    expect(page('/timeline/')).toMatch(/aria-label="[^"]*status final, payment unpaid/);
    expect(page('/timeline/')).not.toMatch(/aria-label="[^"]*; final, unknown/);
  });

  it('bodies of states are not counted as countries, and a place reads as a place', () => {
    const home = visibleHtml(page('/')).replace(/<[^>]+>/g, '');
    expect(home).toMatch(/from \d+ countries, the Council of Europe and the European Union/);
    expect(page('/regulators/')).not.toContain('in Council of Europe');
    expect(page('/regulators/')).toMatch(/Authorities and courts\s+at the Council of Europe/);
  });

  it('sums of billions are written in billions beside each other', () => {
    const google = visibleHtml(page('/respondents/google/'));
    expect(google).toContain('US$1.375 billion');
    expect(google).not.toContain('US$1,375 million');
  });

  it('a case table gives every sum listed in euros, proposals included, as the chart does', () => {
    const html = page('/regulators/gb-ico/');
    // The row of the case table, not the chart's mark for the same case.
    const at = html.indexOf('/cases/gb-ico-provisional-notice-2021/', html.indexOf('<sortable-table'));
    const row = html.slice(at, html.indexOf('</tr>', at));
    expect(row).toContain('£17 million');
    expect(row).toContain('€20.1 million');
  });

  it('two courts that share a name are told apart', () => {
    const timeline = page('/timeline/');
    expect(timeline).toMatch(/>\s*High Court \(England and Wales\)\s*<\/option>/);
    expect(timeline).toMatch(/>\s*High Court of Kenya\s*<\/option>/);
  });

  it('an explainer says "Published" on its page and in the list alike', () => {
    const list = visibleHtml(page('/explainers/'));
    expect(list).toContain('Published 24 November 2026');
    expect(list).not.toMatch(/\bUpdated \d/);
  });
});

describe('explainers a journalist can quote', () => {
  /** Where each citation link of a page points, in order. */
  const citationLinks = (html: string) =>
    [...html.matchAll(/<a\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => /class="citation"/.test(tag))
      .map((tag) => /href="([^"]*)"/.exec(tag)?.[1] ?? '');
  const explainers = pages.filter((p) => /^\/explainers\/[^/]+\/$/.test(p.path));

  it('each opens with "In short", says when it was last updated, in the list too, and every citation lands on a listed source', () => {
    expect(explainers.length).toBeGreaterThanOrEqual(10);
    const list = visibleHtml(page('/explainers/')).replace(/<[^>]+>/g, ' ');
    for (const { path, html } of explainers) {
      const text = visibleHtml(html);
      const shortAnswer = /<section class="in-short"[^>]*>\s*<h2[^>]*>In short<\/h2>\s*<p[^>]*>([\s\S]*?)<\/p>/.exec(
        text,
      );
      expect(shortAnswer?.[1]?.replace(/<[^>]+>/g, '').length ?? 0, path).toBeGreaterThan(40);
      // "Published 24 November 2026 · updated 2 December 2026", or only the first when the same day.
      const dated = /Published \d{1,2} \w+ 20\d\d(?: · updated \d{1,2} \w+ 20\d\d)?/.exec(
        text.replace(/<[^>]+>/g, ' '),
      );
      expect(dated, path).not.toBeNull();
      expect(list, path).toContain(dated?.[0] ?? '');
      const anchors = new Set([...html.matchAll(/<li id="(source-\d+)"/g)].map((m) => m[1]));
      const cited = citationLinks(html).flatMap((href) => (href.startsWith('#') ? [href.slice(1)] : []));
      expect(cited.length, path).toBeGreaterThan(10);
      expect(
        cited.filter((anchor) => !anchors.has(anchor)),
        path,
      ).toEqual([]);
    }
  });

  it('a figure computed from the record links to the open data, and factual fixes are listed on the page', () => {
    const shops = page('/explainers/facial-recognition-in-shops/');
    expect(citationLinks(shops)).toContain('/data/');
    expect(shops).toContain('aria-label="Computed from the Face Rules record"');
    const gdpr = visibleHtml(page('/explainers/reading-a-gdpr-fine/'));
    expect(gdpr).toMatch(
      /<h2 id="corrections-heading"[^>]*>Corrections and updates<\/h2>\s*<ul[^>]*>\s*<li[^>]*>\s*<time datetime="2026-12-02"[^>]*>2 December 2026<\/time>: /,
    );
  });
});

describe('settlements and damages', () => {
  it('are charted with their amounts, not left on the "no fine" lane', () => {
    const timeline = page('/timeline/');
    expect(timeline).toMatch(/aria-label="[^"]*Texas AG, settlement with Meta[^"]*1,400,000,000 USD/);
    expect(timeline).toMatch(
      /aria-label="[^"]*settlement with Google[^"]*1,375,000,000 USD[^"]*covers more than facial recognition/,
    );
    expect(timeline).not.toMatch(/class="mark lane"[^>]*aria-label="[^"]*Texas AG, settlement/);
    expect(timeline).toContain('settlement or damages: money agreed or awarded, not a fine');
  });

  it('are totalled apart from fines on a respondent page', () => {
    const google = visibleHtml(page('/respondents/google/')).replace(/<[^>]+>/g, ' ');
    expect(google).toMatch(/Settlements and damages\s+US\$1\.5 billion/);
    expect(google).not.toMatch(/Fines standing\s+(—|€0)/);
    const meta = visibleHtml(page('/respondents/meta-platforms/')).replace(/<[^>]+>/g, ' ');
    expect(meta).toMatch(/Fines standing\s+€/);
    expect(meta).toMatch(/Settlements and damages\s+US\$/);
  });
});

describe('laws named as laws', () => {
  it('no GDPR case is labelled with an article it did not cite', () => {
    const cnil = page('/cases/fr-cnil-sanction-2022/');
    expect(cnil).not.toContain('GDPR Art. 9');
    expect(page('/laws/eu-gdpr/')).not.toMatch(/apply GDPR Art\. 9/);
    expect(page('/laws/eu-gdpr/')).toMatch(/cases in the record apply GDPR\b/);
  });
});

describe('embeds', () => {
  it('every link out of an embedded chart opens a new tab, since the site refuses to be framed', () => {
    for (const chart of ['fine-timeline', 'enforcement-gap', 'fines-by-regulator']) {
      const html = read(`embed/${chart}/index.html`);
      // Marks, table rows, the credit and the data link alike.
      const links: string[] = html.match(/<a [^>]*>/g) ?? [];
      expect(links.length, chart).toBeGreaterThan(3);
      const staying = links.filter((a) => !/ target="_blank"/.test(a) || !/ rel="noopener"/.test(a));
      expect(staying, chart).toEqual([]);
    }
  });

  it('each chart takes one Tab stop: its first mark; the others answer the arrow keys', () => {
    const svg = page('/timeline/').match(/<svg[^>]*class="chart fine-timeline"[\s\S]*?<\/svg>/)?.[0] ?? '';
    const marks = svg.match(/<a [^>]*class="mark[^"]*"[^>]*>/g) ?? [];
    expect(marks.length).toBeGreaterThan(50);
    expect(marks.filter((a) => a.includes('tabindex="0"'))).toHaveLength(1);
  });
});

describe('the files behind the charts', () => {
  const csv = (path: string) => read(path).trim().split('\n');
  const column = (lines: string[], name: string) => {
    const at = lines[0]?.split(',').indexOf(name) ?? -1;
    return lines.slice(1).map((line) => line.split(',')[at]);
  };

  it('chart CSVs write dates at their precision, with a precision column, never an invented day', () => {
    const lines = csv('charts/fine-timeline.csv');
    expect(lines[0]).toContain('decided,decided_precision');
    const decided = column(lines, 'decided');
    const precision = column(lines, 'decided_precision');
    decided.forEach((date, i) => {
      const expected = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }[precision[i] ?? 'day'];
      expect(date, lines[i + 1]).toMatch(expected ?? /^$/);
    });
    expect(precision).toContain('year');
  });

  it('without JavaScript, "Get the data" under a regulator’s chart gives that chart’s rows', () => {
    const href = /<a data-csv href="([^"]+)"/.exec(page('/regulators/fr-cnil/'))?.[1];
    expect(href).toBe('/charts/fine-timeline/regulator-fr-cnil.csv');
    const lines = csv('charts/fine-timeline/regulator-fr-cnil.csv');
    expect(lines.length).toBeGreaterThan(2);
    expect(new Set(column(lines, 'regulator'))).toEqual(new Set(['CNIL']));
  });

  it('chart tables list what the chart draws: a row per bar, a row per step', () => {
    const timeline = page('/timeline/');
    const figure = (id: string) => timeline.match(new RegExp(`id="figure-${id}"[\\s\\S]*?</figure>`))?.[0] ?? '';
    const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
    const bars = figure('timeline-by-regulator');
    expect(count(bars.split('<tbody>')[1] ?? '', /<tr>/g)).toBe(count(bars, /class="mark"/g));
    const gap = figure('timeline-gap');
    expect(count(gap.split('<tbody>')[1] ?? '', /<tr>/g)).toBe(count(gap, /class="mark"/g));
  });

  it('oEmbed responses with a thumbnail give its width and height; every chart page links its own', () => {
    for (const chart of ['fine-timeline', 'enforcement-gap', 'fines-by-regulator']) {
      const oembed = JSON.parse(read(`oembed/${chart}.json`)) as Record<string, unknown>;
      expect(oembed['thumbnail_width']).toBe(960);
      expect(oembed['thumbnail_height']).toEqual(expect.any(Number));
    }
    for (const path of ['/', '/timeline/', '/regulators/fr-cnil/', '/respondents/clearview-ai/']) {
      const links = [...page(path).matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)];
      expect(links.length, path).toBeGreaterThan(0);
      for (const [, href] of links) expect(existsSync(join(TEST_DIST, new URL(href ?? '').pathname)), href).toBe(true);
    }
    expect(page('/regulators/fr-cnil/')).toContain('/oembed/fine-timeline/regulator-fr-cnil.json');
  });

  it('the chart images are linked from the page that draws them, and carry a legend', () => {
    expect(page('/timeline/')).toContain('href="/charts/fine-timeline.svg"');
    expect(page('/timeline/')).toContain('href="/charts/fine-timeline.png"');
    expect(read('charts/fine-timeline.svg')).toContain('settlement or damages: money agreed or awarded, not a fine');
    expect(read('charts/enforcement-gap.svg')).toContain('Known to be paid');
  });
});

describe('the search index', () => {
  const fragments = () => readFragments(join(TEST_DIST, 'pagefind/fragment')).map((f) => f.content);

  it('excerpts start with the text, not "min read.", and table cells stay apart', () => {
    const contents = fragments();
    expect(contents.length).toBeGreaterThan(200);
    expect(contents.filter((c) => /^\d+ min read/.test(c) || c.includes('min read.'))).toEqual([]);
    expect(contents.filter((c) => /AuthorityDecided|DecidedAmount/.test(c))).toEqual([]);
  });

  it('holds the accent-free spelling of accented names', () => {
    expect(fragments().some((c) => c.includes('Brøndby') && /\bBrondby\b/.test(c))).toBe(true);
  });
});

/** Pagefind's page fragments, decompressed. */
function readFragments(folder: string): { url: string; content: string }[] {
  return readdirSync(folder).map(
    (name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(folder, name)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as { url: string; content: string },
  );
}
