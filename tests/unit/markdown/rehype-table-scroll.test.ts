import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeTableScroll from '../../../src/lib/markdown/rehype-table-scroll';

describe('rehypeTableScroll', () => {
  it('puts each table, however deep, in a .table-scroll box, and leaves the rest alone', () => {
    const table: Element = { type: 'element', tagName: 'table', properties: {}, children: [] };
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'x' }] },
        { type: 'element', tagName: 'section', properties: {}, children: [{ ...table }] },
      ],
    };
    rehypeTableScroll()(tree);
    expect(tree.children[0]).toEqual({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: 'x' }],
    });
    expect(tree.children[1]).toEqual({
      type: 'element',
      tagName: 'section',
      properties: {},
      children: [{ type: 'element', tagName: 'div', properties: { className: ['table-scroll'] }, children: [table] }],
    });
  });
});
