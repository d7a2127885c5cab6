import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkBaseLinks from '../../../src/lib/markdown/remark-base-links';

const tree = (): Root => ({
  type: 'root',
  children: [
    {
      type: 'paragraph',
      children: [
        { type: 'link', url: '/cases/x/', children: [{ type: 'text', value: 'case' }] },
        { type: 'link', url: 'https://cnil.fr/x', children: [] },
        { type: 'link', url: '//cdn.example/x', children: [] },
        { type: 'link', url: '#source-2', children: [] },
        { type: 'emphasis', children: [{ type: 'link', url: '/laws/eu-gdpr/#art-9', children: [] }] },
        { type: 'image', url: '/charts/fine-timeline.svg', alt: '' },
      ],
    },
    { type: 'definition', identifier: 'a', label: 'a', url: '/explainers/y/' },
  ],
});

const urls = (root: Root) => JSON.stringify(root).match(/"url":"[^"]*"/g);

describe('remarkBaseLinks', () => {
  it('puts the base in front of site paths, at any depth, and leaves other URLs alone', () => {
    const root = tree();
    remarkBaseLinks({ base: '/face-rules/' })(root);
    expect(urls(root)).toEqual([
      '"url":"/face-rules/cases/x/"',
      '"url":"https://cnil.fr/x"',
      '"url":"//cdn.example/x"',
      '"url":"#source-2"',
      '"url":"/face-rules/laws/eu-gdpr/#art-9"',
      '"url":"/face-rules/charts/fine-timeline.svg"',
      '"url":"/face-rules/explainers/y/"',
    ]);
  });

  it('changes nothing when the site is served from the root', () => {
    const root = tree();
    remarkBaseLinks({ base: '/' })(root);
    expect(root).toEqual(tree());
  });
});
