import type { Element, Root, RootContent } from 'hast';

const CELLS = new Set(['td', 'th']);

/** Ends every table cell with a space; walks the whole tree. */
function visit(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (CELLS.has(child.tagName)) {
      const last: RootContent | undefined = child.children.at(-1);
      if (!(last?.type === 'text' && /\s$/.test(last.value))) child.children.push({ type: 'text', value: ' ' });
    }
    visit(child);
  }
}

/**
 * A rehype plugin: a space at the end of every table cell. Browsers do not show it, but text
 * extracted from the page (Pagefind's excerpts, reader modes, copy and paste) would otherwise read
 * "AuthorityDecidedAmount" for a header row of "Authority", "Decided" and "Amount". The space goes
 * inside the cell because MDX drops whitespace between table elements, as React does.
 */
export default function rehypeCellSpacing() {
  return (tree: Root): void => {
    visit(tree);
  };
}
