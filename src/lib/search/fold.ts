/** Letters that Unicode does not decompose into a base letter and a mark. */
const LETTERS: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
};

/** "Brøndby" → "Brondby", "Skellefteå" → "Skelleftea", "Hellenic DPA" unchanged. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØæÆœŒßđĐłŁþÞı]/g, (letter) => LETTERS[letter] ?? letter);
}

/**
 * The words of a text that read differently without their accents, folded and de-duplicated, in
 * the order they first appear: what a reader typing on an English keyboard would search for.
 */
export function foldedVariants(text: string): string[] {
  const variants = new Set<string>();
  for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const folded = foldDiacritics(word);
    if (folded !== word) variants.add(folded);
  }
  return [...variants];
}

/**
 * A page's HTML with the accent-free spellings of its searchable words added, for the search
 * index only: a second, hidden `data-pagefind-body` (Pagefind indexes every such element) that
 * lists them, so "Brondby" finds Brøndby; an excerpt that shows them reads "Also spelled: …". Pages that are not indexed, or have no accented word,
 * come back unchanged.
 */
export function withFoldedVariants(html: string): string {
  if (!html.includes('data-pagefind-body')) return html;
  const text = html
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
  const variants = foldedVariants(text);
  if (variants.length === 0) return html;
  return html.replace('</body>', `<div data-pagefind-body hidden>Also spelled: ${variants.join(' ')}</div></body>`);
}
