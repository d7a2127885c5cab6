import { describe, expect, it } from 'vitest';
import { atomXml, feedUpdated, xmlEscape, type AtomFeed } from '../../../src/lib/feeds/atom';

const feed = (entries: AtomFeed['entries']): AtomFeed => ({
  id: 'tag:example.org,2026:feed/x',
  title: 'A & B',
  subtitle: 'S',
  selfUrl: 'https://example.org/feeds/x.xml',
  pageUrl: 'https://example.org/x/',
  author: { name: 'Face Rules', uri: 'https://example.org/' },
  entries,
  emptyUpdated: '2026-01-01T00:00:00Z',
});
const entry = (id: string, published: string, updated: string) => ({
  id,
  title: `Title <${id}>`,
  url: `https://example.org/${id}/`,
  published,
  updated,
  summary: 'Fined €20 million "at once" & more',
});

describe('Atom serialisation', () => {
  it('escapes text and attributes and drops characters XML cannot carry', () => {
    expect(xmlEscape('a < b & "c" > d\u0007')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });

  it('dates the feed by its newest entry, so an unchanged record gives the same document', () => {
    const entries = [
      entry('a', '2022-01-01T00:00:00Z', '2026-11-24T00:00:00Z'),
      entry('b', '2023-01-01T00:00:00Z', '2026-12-01T00:00:00Z'),
    ];
    expect(feedUpdated(feed(entries))).toBe('2026-12-01T00:00:00Z');
    expect(feedUpdated(feed([]))).toBe('2026-01-01T00:00:00Z');
    expect(atomXml(feed(entries))).toBe(atomXml(feed(entries)));
  });

  it('writes the elements RFC 4287 requires, escaped', () => {
    const text = atomXml(feed([entry('a', '2022-01-01T00:00:00Z', '2026-11-24T00:00:00Z')]));
    expect(text).toContain('<title type="text">A &amp; B</title>');
    expect(text).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feeds/x.xml"/>');
    expect(text).toContain('<author><name>Face Rules</name><uri>https://example.org/</uri></author>');
    expect(text).toContain('<title type="text">Title &lt;a&gt;</title>');
    expect(text).toContain('<published>2022-01-01T00:00:00Z</published>');
  });

  it('refuses an entry updated before it was published', () => {
    expect(() => atomXml(feed([entry('a', '2026-01-02T00:00:00Z', '2026-01-01T00:00:00Z')]))).toThrow(
      /entry a is updated \(2026-01-01T00:00:00Z\) before it was published/,
    );
  });
});
