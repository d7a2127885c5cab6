// "Did you mean": when a search finds little, the names the record knows (respondents,
// authorities, places, laws) nearest to what was typed. Pagefind matches words exactly, so a
// misspelt company name finds nothing, or something unrelated; this offers the right one.

/** Lower case, no accents, words of letters and digits: "Clearview AI, Inc." → "clearview ai inc". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Edits (insertions, deletions, substitutions, swaps of two neighbours) between two strings, or
 * `max + 1` as soon as it is sure to be more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * Whether a search may have gone astray: few results, or none of the first results' titles has
 * every word typed. Pagefind matches loosely, so "Clearviw" finds 33 pages, led by an unrelated
 * one; "police" finds pages about the police, and needs no suggestion.
 */
export function looksAstray(query: string, titles: readonly string[], few = 3): boolean {
  const words = normalizeName(query).split(' ').filter(Boolean);
  if (titles.length < few) return true;
  return !titles.some((title) => {
    const said = new Set(normalizeName(title).split(' '));
    return words.every((word) => said.has(word));
  });
}

/** How many edits a query of this length may be from a name: one for short words, up to three. */
const tolerance = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * The names nearest to `query`, nearest first (ties: the shorter name): compared whole, and word
 * by word for names of several words ("clearviw" is one edit from "Clearview AI"'s first word).
 * None when the query already names something exactly, or is under three letters.
 */
export function suggestNames(query: string, names: readonly string[], limit = 3): string[] {
  const typed = normalizeName(query);
  if (typed.length < 3) return [];
  const max = tolerance(typed.length);
  const scored: { name: string; distance: number }[] = [];
  const suggestions: string[] = [];
  for (const name of names) {
    const whole = normalizeName(name);
    const parts = [whole, ...whole.split(' ').filter((word) => word.length >= 4)];
    const distance = Math.min(...parts.map((part) => editDistance(typed, part, max)));
    if (distance === 0) return [];
    if (distance <= max) scored.push({ name, distance });
  }
  // One suggestion per thing: "Clearview AI, Inc." adds nothing after "Clearview AI".
  const kept: string[] = [];
  for (const { name } of scored.sort(
    (a, b) => a.distance - b.distance || a.name.length - b.name.length || a.name.localeCompare(b.name),
  )) {
    const words = normalizeName(name);
    if (kept.some((k) => words === k || words.startsWith(`${k} `))) continue;
    kept.push(words);
    suggestions.push(name);
    if (suggestions.length === limit) break;
  }
  return suggestions;
}
