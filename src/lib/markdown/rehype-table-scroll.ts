import type { Element, Root } from 'hast';

/** Wraps every table directly under `node` (at any depth) in a `.table-scroll` box. */
function visit(node: Root | Element): void {
  node.children.forEach((child, i) => {
    if (child.type !== 'element') return;
    if (child.tagName === 'table') {
      node.children[i] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'] },
        children: [child],
      };
      return;
    }
    visit(child);
  });
}

/**
 * A rehype plugin: each table written in Markdown sits in the same scrolling box as the site's own
 * tables, so on a phone a wide one scrolls inside the text column instead of widening the page.
 */
export default function rehypeTableScroll() {
  return (tree: Root): void => {
    visit(tree);
  };
}
