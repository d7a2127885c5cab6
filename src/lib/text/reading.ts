import { MARKER } from '../markdown/citation-markers';

/** Words in a text: runs of characters holding a letter or digit, citation markers ("[2][3]", "[record]") aside. */
export function wordCount(text: string): number {
  return text
    .replace(MARKER, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes to read `words` at 220 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
