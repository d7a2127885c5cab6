/**
 * A one-line SVG laid out one element per line, indented by nesting, as Observable Plot keeps its
 * test SVGs: a snapshot diff then shows the mark that moved, not one changed 5,000-character line.
 * Only whitespace between tags is added: strip each line's indent and join the lines to get back the
 * exact string rendered.
 */
export function prettySvg(svg: string): string {
  // Newlines inside the SVG would be indistinguishable from the ones added here.
  if (svg.includes('\n')) throw new Error('prettySvg takes SVG on one line, as the chart renderers write it');
  let depth = 0;
  const lines = svg.split(/(?<=>)(?=<)/).map((tag) => {
    const closes = tag.startsWith('</');
    if (closes) depth -= 1;
    const line = `${'  '.repeat(depth)}${tag}`;
    // An opening tag nests what follows, unless it closes itself or on the same line (<text>…</text>).
    if (!closes && !tag.endsWith('/>') && !tag.includes('</')) depth += 1;
    return line;
  });
  return `${lines.join('\n')}\n`;
}
