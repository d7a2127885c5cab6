// A search for exactly a thing's name opens with that thing's page. Pagefind ranks by words, so a
// page whose names merely contain the query can lead: "FTC" found the FTC Act's page before the
// Federal Trade Commission's, and "Information Commissioner's Office" the Australian Office of
// the Information Commissioner before the UK's ICO. Among the first results, the one whose title
// or one of whose names (the `aka` meta, components/SearchMeta.astro) is the query, whole,
// is moved to the front; nothing else moves.
import { normalizeName } from './suggest';

/** What this needs of a Pagefind result: its meta fields. */
export interface NamedResult {
  meta: Record<string, string | undefined>;
}

/** The separator of the names in the `aka` and `names` meta, as SearchMeta.astro writes them. */
export const NAMES_SEPARATOR = '; ';

/**
 * The names a result answers to, its own first: its title, its short names (`names`, the page's
 * own short name first), then every form (`aka`); compared as normalizeName does.
 */
function namesOf(result: NamedResult): string[] {
  const listed = (field: string) => result.meta[field]?.split(NAMES_SEPARATOR) ?? [];
  return [result.meta['title'] ?? '', ...listed('names'), ...listed('aka')].map(normalizeName);
}

/**
 * The position of the result named exactly as the query (case, accents and punctuation aside),
 * or -1. When several are, the one whose name it is most: the earliest in its own list ("BIPA"
 * is the Act's short name, and only the instrument of the 2024 amendment), then the first found.
 */
export function namedResultIndex(query: string, results: readonly NamedResult[]): number {
  const asked = normalizeName(query);
  if (!asked) return -1;
  let best = -1;
  let bestRank = Infinity;
  results.forEach((result, index) => {
    const rank = namesOf(result).indexOf(asked);
    if (rank >= 0 && rank < bestRank) {
      best = index;
      bestRank = rank;
    }
  });
  return best;
}

/** `items` with the one at `index` moved to the front, the others in their order. */
export function movedToFront<T>(items: readonly T[], index: number): T[] {
  const item = items[index];
  if (index <= 0 || item === undefined) return [...items];
  return [item, ...items.slice(0, index), ...items.slice(index + 1)];
}
