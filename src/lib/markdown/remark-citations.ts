import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { citationParts, markerHref, markerLabel } from './citation-markers';

/** Splits one text node into text and links wherever it holds "[n]" or "[record]". */
function splitText(node: Text): PhrasingContent[] {
  const parts = citationParts(node.value);
  if (parts.every((part) => 'text' in part)) return [node];
  return parts.map((part): PhrasingContent => {
    if ('text' in part) return { type: 'text', value: part.text };
    return {
      type: 'link',
      url: markerHref(part.marker),
      data: { hProperties: { className: ['citation'], ariaLabel: markerLabel(part.marker) } },
      children: [{ type: 'text', value: `[${part.marker}]` }],
    };
  });
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
 * entry of the page's numbered source list, so every claim is one click from its source; "[record]"
 * links to the open data the figure is computed from.
 */
export default function remarkCitations() {
  return (tree: Root): void => {
    visit(tree);
  };
}
