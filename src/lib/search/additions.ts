// What the search index is given beyond a page's own words: the accent-free spellings of its
// words, the other terms of art for what it describes, and its sums in the forms people type.
// The built pages are not changed: Pagefind reads each page with these added (integrations/pagefind.ts).
import { amountForms, sumsIn } from './amounts';
import { foldedVariants, indexedText } from './fold';
import { relatedTerms } from './terms';
import { escapeXml } from '../text/escape';

/** The kinds of words added, each with the label that introduces them in the index. */
const KINDS = [
  ['Also spelled', ' ', (text: string) => foldedVariants(text)],
  ['Also called', '; ', (text: string) => relatedTerms(text)],
  ['Sums', '; ', (text: string) => sumsIn(text).flatMap(amountForms)],
] as const;

/** The words added for a text, as lines, leaving out any in `known`, which gains them. */
function additionLines(text: string, known: Set<string>): string[] {
  const lines: string[] = [];
  for (const [label, separator, find] of KINDS) {
    const fresh = [...new Set(find(text))].filter((value) => !known.has(value));
    for (const value of fresh) known.add(value);
    if (fresh.length > 0) lines.push(`${label}: ${fresh.join(separator)}.`);
  }
  return lines;
}

/**
 * The additions for a page: those drawn from what it is about (its headings and facts,
 * `prominent`), indexed with a heading's weight, and those drawn from the rest of its text.
 */
export function searchAdditions(text: string, prominent = ''): { prominent: string[]; rest: string[] } {
  const known = new Set<string>();
  const first = additionLines(prominent, known);
  return { prominent: first, rest: additionLines(text, known) };
}

/**
 * A page's HTML with its search additions, for the index only: a second, hidden
 * `data-pagefind-body` (Pagefind indexes every such element) holding them, so "Brondby" finds
 * Brøndby, "astreinte" a periodic penalty and "£7.5m" a £7,552,800 fine; what comes from the
 * page's headings and facts weighs as a heading does, so the case that is about a sum or a
 * penalty ranks above the pages that mention it. Pages that are not indexed, or that need
 * nothing added, come back unchanged.
 */
export function withSearchAdditions(html: string): string {
  if (!html.includes('data-pagefind-body')) return html;
  const { prominent, rest } = searchAdditions(indexedText(html), indexedText(html, { prominent: true }));
  if (prominent.length + rest.length === 0) return html;
  const weighted = prominent.length > 0 ? `<p data-pagefind-weight="6">${escapeXml(prominent.join(' '))}</p>` : '';
  const plain = rest.length > 0 ? `<p>${escapeXml(rest.join(' '))}</p>` : '';
  return html.replace('</body>', `<div data-pagefind-body hidden>${weighted}${plain}</div></body>`);
}
