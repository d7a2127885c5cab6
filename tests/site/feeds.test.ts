import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryData, entryIds } from '../support/content';
import { TEST_DIST } from '../support/paths';

const read = (path: string) => readFileSync(join(TEST_DIST, path), 'utf8');
const ORIGIN = 'https://facerules.org/';
// RFC 3339 as RFC 4287 §3.3 requires it: a full date and time with a zone.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const feedFiles = readdirSync(join(TEST_DIST, 'feeds'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.xml'))
  .map((entry) => relative(TEST_DIST, join(entry.parentPath, entry.name)))
  .sort();

/** Text of an element, which the parser gives as an object when the element has attributes. */
type Text = string | { '#text': string };
const text = (node: Text | undefined) => (typeof node === 'object' ? node['#text'] : (node ?? ''));

interface AtomDoc {
  feed: {
    id: string;
    title: Text;
    updated: string;
    author?: { name: string };
    link: { '@_rel': string; '@_href': string }[];
    entry?: {
      id: string;
      title: Text;
      published: string;
      updated: string;
      summary: Text;
      link: { '@_rel': string; '@_href': string }[];
    }[];
  };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'entry' || name === 'link',
  parseTagValue: false,
});
const atom = (path: string) => xml.parse(read(path)) as AtomDoc;

describe('Atom feeds', () => {
  it('one per regulator, respondent and law, one per country, plus the cases and the change log', () => {
    const expected = [
      ...entryIds('regulators').map((id) => `feeds/regulators/${id}.xml`),
      ...entryIds('respondents').map((id) => `feeds/respondents/${id}.xml`),
      ...entryIds('laws').map((id) => `feeds/laws/${id}.xml`),
      'feeds/cases.xml',
      'feeds/changes.xml',
    ];
    const countries = feedFiles.filter((f) => f.startsWith('feeds/countries/'));
    expect(feedFiles.filter((f) => !f.startsWith('feeds/countries/')).sort()).toEqual(expected.sort());
    expect(countries).toContain('feeds/countries/fr.xml');
    expect(countries).toContain('feeds/countries/us.xml');
    // The EU and the Council of Europe are not countries.
    expect(countries).not.toContain('feeds/countries/eu.xml');
  });

  it.each(feedFiles)(
    '%s is well-formed and parses as Atom with absolute links, unique ids and RFC 3339 dates',
    (path) => {
      const document = read(path);
      // Well-formed XML (true, or the error with its line and column). The validator still ships in
      // fast-xml-parser 5, marked deprecated in favour of a separate package.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      expect(XMLValidator.validate(document)).toBe(true);

      // A real feed parser, as a feed reader would read it.
      const parsed = parseFeed(document);
      expect(parsed.meta.type).toBe('atom');
      expect(parsed.title).toBeTruthy();
      expect(parsed.url).toMatch(/^https:\/\//);
      for (const item of parsed.items) {
        expect(item.title, item.id ?? '').toBeTruthy();
        expect(item.url, item.id ?? '').toMatch(/^https:\/\/facerules\.org\//);
        expect(item.published, item.id ?? '').toBeInstanceOf(Date);
        expect(item.updated, item.id ?? '').toBeInstanceOf(Date);
        expect(item.updated?.getTime() ?? 0, item.id ?? '').toBeGreaterThanOrEqual(
          item.published?.getTime() ?? Infinity,
        );
      }

      // What RFC 4287 requires of the document itself.
      const { feed } = atom(path);
      expect(feed.id).toMatch(/^tag:facerules\.org,2026:feed\//);
      expect(feed.updated).toMatch(RFC3339);
      expect(feed.author?.name).toBe('Face Rules');
      const self = feed.link.find((link) => link['@_rel'] === 'self');
      expect(self?.['@_href']).toBe(`${ORIGIN}${path}`);
      const entries = feed.entry ?? [];
      expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
      for (const entry of entries) {
        expect(entry.id).toMatch(/^tag:facerules\.org,2026:(case|change)\//);
        expect(entry.published).toMatch(RFC3339);
        expect(entry.updated).toMatch(RFC3339);
        expect(entry.updated <= feed.updated, entry.id).toBe(true);
        expect(text(entry.summary).trim()).not.toBe('');
      }
      expect(parsed.items).toHaveLength(entries.length);
    },
  );

  it('a case is published with its ruling and updated when the record last changed it, never on a re-check', () => {
    const entries = atom('feeds/regulators/fr-cnil.xml').feed.entry ?? [];
    const sanction = entries.find((e) => e.id === 'tag:facerules.org,2026:case/fr-cnil-sanction-2022');
    // Announced on 20 October 2022; added to the record on 24 November 2026.
    expect(sanction?.published).toBe('2022-10-20T00:00:00Z');
    expect(sanction?.updated).toBe(`${String(entryData('cases', 'fr-cnil-sanction-2022')['added'])}T00:00:00Z`);
    // Distinct dates a reader can use: one per ruling, not one build date for all.
    expect(new Set(entries.map((e) => e.published)).size).toBe(entries.length);

    const corrected = atom('feeds/regulators/gb-ico.xml').feed.entry?.find((e) =>
      e.id.endsWith('case/gb-ico-mpn-enforcement-notice-2022'),
    );
    const corrections = entryData('cases', 'gb-ico-mpn-enforcement-notice-2022')['corrections'] as { date: string }[];
    expect(corrections.length).toBeGreaterThan(0);
    expect(corrected?.updated).toBe(`${corrections.at(-1)?.date ?? ''}T00:00:00Z`);
    expect(corrected?.published).toBe('2022-05-23T00:00:00Z');
  });

  it('the change log feed is dated by the change, newest first, and links to the corrections', () => {
    const entries = atom('feeds/changes.xml').feed.entry ?? [];
    const dates = entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    const first = entries[0];
    expect(text(first?.title)).toMatch(/^(Correction|Update|Status change): /);
    expect(first?.published).toBe(first?.updated);
    expect(first?.published).not.toBe(`${String(entryData('cases', 'fr-cnil-sanction-2022')['added'])}T00:00:00Z`);
    expect(first?.link[0]?.['@_href']).toMatch(/^https:\/\/facerules\.org\/cases\/[a-z0-9-]+\/#corrections$/);
    expect(text(first?.summary)).toMatch(/ (corrected|updated|changed) from “/);
  });

  it('the RSS feed still parses, its items dated by their rulings', () => {
    const rss = parseFeed(read('rss.xml'));
    expect(rss.meta.type).toBe('rss');
    expect(rss.items).toHaveLength(entryIds('cases').length);
    expect(new Set(rss.items.map((item) => item.published?.toISOString())).size).toBeGreaterThan(50);
  });
});

describe('pages advertise what they follow', () => {
  const pages = [
    ['regulators/fr-cnil', 'feeds/regulators/fr-cnil.xml'],
    ['regulators/fr-cnil', 'feeds/countries/fr.xml'],
    ['respondents/clearview-ai', 'feeds/respondents/clearview-ai.xml'],
    ['laws/eu-gdpr', 'feeds/laws/eu-gdpr.xml'],
    ['changes', 'feeds/changes.xml'],
  ];

  it.each(pages)('%s links %s in its head and as a visible Follow link', (page, feed) => {
    const html = read(`${page}/index.html`);
    expect(html).toMatch(
      new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/${feed}">`),
    );
    expect(html).toMatch(new RegExp(`<a href="/${feed}" type="application/atom\\+xml"[^>]*>\\s*Follow `));
  });

  it('every page advertises the cases feed; /feeds/ lists them all, RSS too', () => {
    expect(read('index.html')).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Face Rules: cases" href="/feeds/cases.xml">',
    );
    const index = read('feeds/index.html');
    for (const feed of [
      '/feeds/cases.xml',
      '/feeds/changes.xml',
      '/rss.xml',
      '/feeds/countries/fr.xml',
      '/feeds/laws/us-il-bipa.xml',
    ])
      expect(index).toContain(`href="${feed}"`);
  });
});
