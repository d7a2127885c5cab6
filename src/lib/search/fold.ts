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

/** Elements that never have a closing tag, so never hold text. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Headings Pagefind weighs most (h1 7, h2 6), and elements given a weight of 3 or more. */
function isProminent(name: string, attributes: string): boolean {
  const weight = /\sdata-pagefind-weight="([\d.]+)"/.exec(attributes)?.[1];
  return weight ? Number(weight) >= 3 : name === 'h1' || name === 'h2';
}

/**
 * The text Pagefind indexes on a page: inside `data-pagefind-body` elements, outside
 * `data-pagefind-ignore` ones, scripts, styles, SVG and templates. Reads the well-formed HTML
 * Astro writes, tag by tag, so a table the index skips (a provision's cases) lends it no words.
 * With `prominent`, only the part Pagefind weighs most: headings and weighted elements (a case's
 * facts), which say what the page is about rather than what it mentions.
 */
export function indexedText(html: string, { prominent = false } = {}): string {
  const open: { tag: string; body: boolean; skip: boolean; prominent: boolean }[] = [];
  let body = 0;
  let skip = 0;
  let weighty = 0;
  const parts: string[] = [];
  for (const token of html.split(/(<[^>]+>)/)) {
    const tag = /^<(\/?)([a-zA-Z][\w-]*)([^>]*)>$/.exec(token);
    if (!tag) {
      if (body > 0 && skip === 0 && (!prominent || weighty > 0)) parts.push(token);
      continue;
    }
    const [, closing, rawName = '', attributes = ''] = tag;
    const name = rawName.toLowerCase();
    if (closing) {
      const index = open.map((o) => o.tag).lastIndexOf(name);
      if (index < 0) continue;
      for (const closed of open.splice(index)) {
        if (closed.body) body -= 1;
        if (closed.skip) skip -= 1;
        if (closed.prominent) weighty -= 1;
      }
      continue;
    }
    if (VOID.has(name) || attributes.endsWith('/')) continue;
    const entry = {
      tag: name,
      body: /\sdata-pagefind-body\b/.test(attributes),
      skip: /\sdata-pagefind-ignore\b/.test(attributes) || ['script', 'style', 'svg', 'template'].includes(name),
      prominent: isProminent(name, attributes),
    };
    if (entry.body) body += 1;
    if (entry.skip) skip += 1;
    if (entry.prominent) weighty += 1;
    open.push(entry);
  }
  return parts.join(' ').replace(/&[a-z]+;|&#\d+;/g, ' ');
}
