import type { Parent, Root } from 'mdast';
import { withBase } from '../paths';

/** Rewrites site-absolute link and image URLs under `base`; walks the whole tree. */
function visit(parent: Parent, base: string): void {
  for (const child of parent.children) {
    if ((child.type === 'link' || child.type === 'image' || child.type === 'definition') && isSitePath(child.url))
      child.url = withBase(base, child.url);
    if ('children' in child) visit(child, base);
  }
}

/** "/cases/x/" is a path on this site; "//host/x" is another site. */
const isSitePath = (url: string) => url.startsWith('/') && !url.startsWith('//');

/**
 * A remark plugin: links written "/cases/x/" in Markdown and MDX bodies point into the site, so
 * when it is served under a base path (e.g. "/face-rules/") they must carry that base too.
 */
export default function remarkBaseLinks(options: { base: string }) {
  return (tree: Root): void => {
    if (options.base !== '/') visit(tree, options.base);
  };
}
