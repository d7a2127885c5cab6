// A search for exactly a thing's name opens with that thing's page. Pagefind ranks by words, so a
// page whose names merely contain the query can lead: "FTC" found the FTC Act's page before the
// Federal Trade Commission's, and "Information Commissioner's Office" the Australian Office of
// the Information Commissioner before the UK's ICO. Among the first results, the one whose title
// or one of whose names (the `names` meta, components/SearchMeta.astro) is the query, whole,
// is moved to the front; nothing else moves.
import { normalizeName } from './suggest';

/** What this needs of a Pagefind result: its meta fields. */
export interface NamedResult {
  meta: Record<string, string | undefined>;
}

/** The separator of the names in the `names` meta, as SearchMeta.astro writes it. */
export const NAMES_SEPARATOR = '; ';

/** The names a result answers to: its title and its `names` meta, compared as normalizeName does. */
function namesOf(result: NamedResult): string[] {
  const names = result.meta['names']?.split(NAMES_SEPARATOR) ?? [];
  return [result.meta['title'] ?? '', ...names].map(normalizeName).filter(Boolean);
}

/** The position of the first result named exactly as the query (case, accents and punctuation aside), or -1. */
export function namedResultIndex(query: string, results: readonly NamedResult[]): number {
  const asked = normalizeName(query);
  if (!asked) return -1;
  return results.findIndex((result) => namesOf(result).includes(asked));
}

/** `items` with the one at `index` moved to the front, the others in their order. */
export function movedToFront<T>(items: readonly T[], index: number): T[] {
  const item = items[index];
  if (index <= 0 || item === undefined) return [...items];
  return [item, ...items.slice(0, index), ...items.slice(index + 1)];
}
