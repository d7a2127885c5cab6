// The citation guard: in an explainer, every sentence that states an amount, a date or a legal
// provision carries a citation marker, "[n]" for the n-th listed source or "[record]" for a figure
// computed from the record, and every marker resolves. A journalist lifts single sentences: each
// must stand on its own source.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { MARKER, markersOf } from './citation-markers';

/** What a sentence states that needs a source. */
export type ClaimKind = 'amount' | 'date' | 'provision';

const CURRENCY_CODES =
  'EUR|GBP|USD|AUD|CAD|NZD|CHF|SEK|DKK|NOK|PLN|CZK|HUF|RON|BGN|BRL|ARS|MXN|COP|CLP|PEN|KRW|JPY|CNY|HKD|SGD|INR|IDR|PHP|THB|ZAR|KES|NGN|TRY|ILS|AED';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

const CLAIMS: Record<ClaimKind, readonly RegExp[]> = {
  amount: [
    /[€£$¥₩₹]\s?\d/,
    new RegExp(`\\b(?:${CURRENCY_CODES})\\s?\\d|\\d\\s?(?:${CURRENCY_CODES})\\b`),
    /\b\d[\d.,]*\s?(?:million|billion|bn)\b/i,
  ],
  date: [
    // A year, but not inside an identifier: "2016/679", "SAN-2022-019", "C-57/23", "ECLI:…:2025:…".
    /(?<![\w/:-])(?:19|20)\d{2}(?![\w/:-]\d|\w)/,
    new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b|\\b(?:${MONTHS})\\s+\\d{1,2}\\b`),
  ],
  provision: [/\b(?:Art(?:icle)?s?\.?|Recitals?|Sections?|Sec\.)\s*\d/, /(?<![\w.])s{1,2}\.\s?\d/, /§\s*\d/],
};

// "As of 2 December 2026" dates our own statement; it is not a claim about the world.
const AS_OF = new RegExp(`\\bas of (?:\\d{1,2} )?(?:(?:${MONTHS}) )?(?:19|20)\\d{2}\\b`, 'gi');

/**
 * The kinds of claim a sentence makes, in a fixed order (none: it needs no citation). A question
 * asks rather than states, and an "as of" date is ours.
 */
export function claimKinds(sentence: string): ClaimKind[] {
  if (/\?["”’')]*$/.test(sentence.trim())) return [];
  const stated = sentence.replace(AS_OF, '');
  return (Object.keys(CLAIMS) as ClaimKind[]).filter((kind) => CLAIMS[kind].some((claim) => claim.test(stated)));
}

// A full stop after one of these does not end a sentence ("Art. 6", "Clearview AI Inc. v ICO").
const ABBREVIATIONS = new Set(
  'art arts no nos v vs e.g i.e inc ltd co corp para paras p pp st mr mrs ms dr u.s u.k jr cf etc al ch sec ss op fig vol approx ca'.split(
    ' ',
  ),
);

/**
 * Splits a paragraph into sentences. A sentence ends at . ! or ? followed by a space and a
 * capital, a digit, a currency sign or an opening quote; markers written just after the stop
 * ("… in 2022. [3] Next") stay with the sentence they follow.
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  const end = /[.!?…]["”’')]*((?:\s*\[(?:\d{1,3}|record)\])*)\s+(?=[A-Z“"‘'(€£$\d])/g;
  let start = 0;
  for (const match of text.matchAll(end)) {
    const before = text.slice(start, match.index);
    const lastWord = /([\w.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (text[match.index] === '.' && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/.test(lastWord))) continue;
    const stop = match.index + match[0].trimEnd().length;
    sentences.push(text.slice(start, stop).trim());
    start = stop;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** A run of prose the guard reads as a whole: a paragraph, or one row of a table. */
export interface TextBlock {
  /** 1-based line in the parsed text. */
  line: number;
  text: string;
  /** A table row is one claim: its cells are not split into sentences. */
  row: boolean;
}

/** The prose of a Markdown/MDX tree: paragraphs (in lists and quotes too) and table rows. Headings and code are not prose. */
export function textBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (node: RootContent | Root): void => {
    if (node.type === 'paragraph') {
      // A bold lead-in ending in a stop ("**Rosenbach v. Six Flags (2019).** The court held …")
      // is a run-in heading: the sentences after it make the claims.
      const [first, ...rest] = node.children;
      const label = first?.type === 'strong' && /[.:]$/.test(toString(first).trim());
      blocks.push({
        line: node.position?.start.line ?? 0,
        text: label ? rest.map((child) => toString(child)).join('') : toString(node),
        row: false,
      });
      return;
    }
    if (node.type === 'tableRow') {
      blocks.push({
        line: node.position?.start.line ?? 0,
        text: node.children.map((cell) => toString(cell)).join(' | '),
        row: true,
      });
      return;
    }
    if (node.type === 'heading' || node.type === 'code' || node.type === 'html') return;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return blocks;
}

/** Parses an explainer body as MDX (with GFM tables), as the build does. */
export function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
}

/** One thing the guard found. `where` is "line N" of the text read, or a field name. */
export interface CitationProblem {
  where: string;
  message: string;
}

const excerpt = (sentence: string): string => (sentence.length > 90 ? `${sentence.slice(0, 87)}…` : sentence);

/**
 * Checks prose against its numbered source list: every claim sentence carries a marker, every
 * marker resolves, and every source is cited somewhere.
 */
export function citationProblems(
  blocks: readonly (TextBlock & { where?: string })[],
  sourceCount: number,
): CitationProblem[] {
  const problems: CitationProblem[] = [];
  const cited = new Set<number>();
  for (const block of blocks) {
    const where = block.where ?? `line ${block.line}`;
    for (const sentence of block.row ? [block.text] : sentencesOf(block.text)) {
      const markers = markersOf(sentence);
      for (const marker of markers) {
        if (marker === 'record') continue;
        if (marker >= 1 && marker <= sourceCount) cited.add(marker);
        else
          problems.push({
            where,
            message: `[${marker}] points at no source: the sources list has ${sourceCount} (“${excerpt(sentence)}”)`,
          });
      }
      const kinds = claimKinds(sentence.replace(MARKER, ''));
      if (kinds.length > 0 && markers.length === 0)
        problems.push({
          where,
          message: `states ${kinds.join(', ')} without a citation: add [n] for its source, or [record] if computed from the record (“${excerpt(sentence)}”)`,
        });
    }
  }
  for (let n = 1; n <= sourceCount; n++)
    if (!cited.has(n))
      problems.push({ where: `sources.${n - 1}`, message: `source [${n}] is never cited: cite it or remove it` });
  return problems;
}

/** The guard over one explainer: its short answer and its body, against its sources. */
export function explainerCitationProblems(explainer: {
  body: string;
  inShort: string;
  sourceCount: number;
}): CitationProblem[] {
  return citationProblems(
    [{ line: 0, text: explainer.inShort, row: false, where: 'inShort' }, ...textBlocks(parseMdx(explainer.body))],
    explainer.sourceCount,
  );
}
