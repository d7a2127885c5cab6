import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeCellSpacing from '../../../src/lib/markdown/rehype-cell-spacing';

const el = (tagName: string, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The text of a tree as an extractor that ignores markup sees it. */
function plain(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => plain(child as ElementContent)).join('') : '';
}

describe('rehypeCellSpacing', () => {
  it('separates the cells and rows of a table in its extracted text', () => {
    const tree: Root = {
      type: 'root',
      children: [
        el('table', [
          el('thead', [
            el('tr', [el('th', [text('Authority')]), el('th', [text('Decided')]), el('th', [text('Amount')])]),
          ]),
          el('tbody', [el('tr', [el('td', [text('CNIL')]), el('td', [text('2022')]), el('td', [text('€20M')])])]),
        ]),
        el('p', [text('a'), el('em', [text('b')])]),
      ],
    };
    expect(plain(tree)).toContain('AuthorityDecidedAmount');
    rehypeCellSpacing()(tree);
    expect(plain(tree)).toBe('Authority Decided Amount CNIL 2022 €20M ab');
    // Run twice, it adds nothing more.
    rehypeCellSpacing()(tree);
    expect(plain(tree)).toBe('Authority Decided Amount CNIL 2022 €20M ab');
  });
});
