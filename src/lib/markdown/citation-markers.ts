// Citation markers in explainers: "[n]" cites the n-th listed source, "[record]" marks a figure
// computed from the record itself. One grammar for the renderer and for the citation guard.

/** A citation marker: a source's number, or the record itself. */
export type Marker = number | 'record';

/** "[2]" or "[record]", but not a Markdown link's text "[2](…)". */
export const MARKER = /\[(\d{1,3}|record)\](?!\()/g;

/** Where citation `n` points: the n-th item of the page's source list. */
export const citationAnchor = (n: number): string => `source-${n}`;

/** Where "[record]" points: the open data, from which every figure of the record can be recomputed. */
export const RECORD_PATH = '/data/';

/** A site-relative link for a marker (the page's source list, or the data page). */
export const markerHref = (marker: Marker): string =>
  marker === 'record' ? RECORD_PATH : `#${citationAnchor(marker)}`;

/** What a marker's link says to a screen reader. */
export const markerLabel = (marker: Marker): string =>
  marker === 'record' ? 'Computed from the Face Rules record' : `Source ${marker}`;

/** A run of text, or a marker, in reading order. */
export type CitationPart = { text: string } | { marker: Marker };

/** Splits text at its markers. */
export function citationParts(text: string): CitationPart[] {
  const parts: CitationPart[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ marker: match[1] === 'record' ? 'record' : Number(match[1]) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The markers a text carries, in order. */
export const markersOf = (text: string): Marker[] =>
  citationParts(text).flatMap((part) => ('marker' in part ? [part.marker] : []));
