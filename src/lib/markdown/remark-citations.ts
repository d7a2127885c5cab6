import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';

/** Where citation `n` points: the n-th item of the page's source list. */
export const citationAnchor = (n: number): string => `source-${n}`;

const CITATION = /\[(\d{1,3})\](?!\()/g;

/** Splits one text node into text and links wherever it holds "[n]". */
function splitText(node: Text): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(CITATION)) {
    const n = Number(match[1]);
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    const link: Link = {
      type: 'link',
      url: `#${citationAnchor(n)}`,
      data: { hProperties: { className: ['citation'], ariaLabel: `Source ${n}` } },
      children: [{ type: 'text', value: `[${n}]` }],
    };
    parts.push(link);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/** Walks the tree, replacing text children (links and code are left alone). */
function visit(parent: Parent): void {
  parent.children = parent.children.flatMap<Parent['children'][number]>((child) => {
    if (child.type === 'text') return splitText(child);
    if (child.type === 'link' || child.type === 'code' || child.type === 'inlineCode') return [child];
    if ('children' in child) visit(child);
    return [child];
  });
}

/**
 * A remark plugin: numbered citations written "[2]" in explainers become links to the matching
 * entry of the page's numbered source list, so every claim is one click from its source.
 */
export default function remarkCitations() {
  return (tree: Root): void => {
    visit(tree);
  };
}
