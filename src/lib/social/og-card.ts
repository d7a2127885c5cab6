import { escapeXml } from '../text/escape';

/**
 * Breaks text into lines of at most `maxChars` characters at spaces, and at most `maxLines` lines,
 * ending the last with an ellipsis when text is left over.
 */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').replace(/[\s,.;:]*$/, '')}…`;
  return kept;
}

/** What a social card shows. */
export interface CardInput {
  /** Small line above the title, e.g. "CNIL · 17 October 2022". */
  kicker: string;
  title: string;
  /** Line at the bottom, e.g. the amount. */
  footer: string;
}

/** A 1200×630 social card as SVG text (rendered to PNG at build time). */
export function socialCardSvg({ kicker, title, footer }: CardInput): string {
  // DejaVu Sans Bold runs about 0.63 em a character: 28 characters at 58 px fit the 1,056 px column.
  const lines = wrapLines(title, 28, 4);
  const size = lines.length > 3 ? 52 : 58;
  const text = lines
    .map(
      (line, i) =>
        `<text x="72" y="${210 + i * (size + 14)}" font-size="${size}" font-weight="700">${escapeXml(line)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fcfbf8"/>
<rect width="1200" height="14" fill="#0a58a8"/>
<g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="#1a1a1a">
<text x="72" y="120" font-size="30" fill="#55524c">${escapeXml(kicker)}</text>
${text}
<text x="72" y="566" font-size="34" font-weight="700" fill="#0a58a8">${escapeXml(footer)}</text>
<text x="1128" y="566" font-size="30" text-anchor="end" fill="#55524c">Face Rules</text>
</g>
</svg>`;
}
