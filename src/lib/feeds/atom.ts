// Atom 1.0 (RFC 4287) serialisation: pure, so feeds are tested without a build. Every URL given
// here must already be absolute; every date is an RFC 3339 instant.

/** A category of an entry: its term (machine) and label (reader). */
export interface AtomCategory {
  term: string;
  label: string;
}

/** One entry of a feed. */
export interface AtomEntry {
  /** A permanent, unique IRI: never changes once published, even if the site moves. */
  id: string;
  title: string;
  /** The page the entry is about (absolute). */
  url: string;
  /** When the thing the entry reports was first made public (RFC 3339). */
  published: string;
  /** When the entry last changed in a way a reader should know (RFC 3339). */
  updated: string;
  /** Plain text. */
  summary: string;
  categories?: readonly AtomCategory[];
}

/** A whole feed. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address (absolute). */
  selfUrl: string;
  /** The page the feed follows (absolute). */
  pageUrl: string;
  /** Named once for the feed: Atom requires an author for every entry, and entries inherit it. */
  author: { name: string; uri: string };
  /** Shown by readers as the feed's rights statement. */
  rights?: string;
  entries: readonly AtomEntry[];
  /** When the feed has no entries, the day it was last true (RFC 3339). */
  emptyUpdated: string;
}

// XML 1.0 forbids most control characters even when escaped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text escaped for XML content and double-quoted attributes. */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The start of a `YYYY-MM-DD` day in UTC, as Atom dates it. */
export function dayInstant(day: string): string {
  return `${day}T00:00:00Z`;
}

/** The feed's `updated`: its newest entry's, so an unchanged record gives a byte-identical feed. */
export function feedUpdated(feed: Pick<AtomFeed, 'entries' | 'emptyUpdated'>): string {
  return feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), '') || feed.emptyUpdated;
}

function entryXml(entry: AtomEntry): string {
  const categories = (entry.categories ?? []).map(
    (c) => `    <category term="${xmlEscape(c.term)}" label="${xmlEscape(c.label)}"/>`,
  );
  return [
    '  <entry>',
    `    <id>${xmlEscape(entry.id)}</id>`,
    `    <title type="text">${xmlEscape(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xmlEscape(entry.url)}"/>`,
    `    <published>${entry.published}</published>`,
    `    <updated>${entry.updated}</updated>`,
    `    <summary type="text">${xmlEscape(entry.summary)}</summary>`,
    ...categories,
    '  </entry>',
  ].join('\n');
}

/** The feed as an Atom document. */
export function atomXml(feed: AtomFeed): string {
  for (const entry of feed.entries) {
    if (entry.updated < entry.published) {
      throw new Error(
        `feed ${feed.selfUrl}: entry ${entry.id} is updated (${entry.updated}) before it was published (${entry.published})`,
      );
    }
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title type="text">${xmlEscape(feed.title)}</title>`,
    `  <subtitle type="text">${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.pageUrl)}"/>`,
    `  <updated>${feedUpdated(feed)}</updated>`,
    `  <author><name>${xmlEscape(feed.author.name)}</name><uri>${xmlEscape(feed.author.uri)}</uri></author>`,
    ...(feed.rights ? [`  <rights type="text">${xmlEscape(feed.rights)}</rights>`] : []),
    '  <generator>Face Rules</generator>',
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
