import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkCitations from '../../../src/lib/markdown/remark-citations';

const paragraph = (...children: Root['children']) =>
  ({ type: 'root', children: [{ type: 'paragraph', children }] }) as Root;

describe('remarkCitations', () => {
  it('turns [n] into a link to the n-th source', () => {
    const tree = paragraph({ type: 'text', value: 'The fine is unpaid [2], reports say [10].' } as never);
    remarkCitations()(tree);
    const children = (tree.children[0] as { children: unknown[] }).children;
    expect(children).toMatchObject([
      { type: 'text', value: 'The fine is unpaid ' },
      { type: 'link', url: '#source-2', children: [{ value: '[2]' }] },
      { type: 'text', value: ', reports say ' },
      { type: 'link', url: '#source-10' },
      { type: 'text', value: '.' },
    ]);
  });

  it('leaves markdown links, code and text without citations alone', () => {
    const tree = paragraph(
      { type: 'link', url: '/cases/x/', children: [{ type: 'text', value: 'case [1]' }] } as never,
      { type: 'inlineCode', value: 'a[1]' } as never,
      { type: 'text', value: 'plain' } as never,
    );
    remarkCitations()(tree);
    expect((tree.children[0] as { children: unknown[] }).children).toMatchObject([
      { type: 'link', url: '/cases/x/' },
      { type: 'inlineCode', value: 'a[1]' },
      { type: 'text', value: 'plain' },
    ]);
  });
});

describe('remarkCitations and the record', () => {
  it('links "[record]" to the open data, labelled for screen readers', () => {
    const tree = paragraph({ type: 'text', value: 'In all €95.7 million [record].' } as never);
    remarkCitations()(tree);
    expect((tree.children[0] as { children: unknown[] }).children).toMatchObject([
      { type: 'text', value: 'In all €95.7 million ' },
      {
        type: 'link',
        url: '/data/',
        data: { hProperties: { ariaLabel: 'Computed from the Face Rules record' } },
        children: [{ value: '[record]' }],
      },
      { type: 'text', value: '.' },
    ]);
  });
});
