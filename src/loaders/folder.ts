import { existsSync, readdirSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { filesSharingAnId } from '../lib/content-files';

/**
 * Astro's glob loader, refusing two files with one id: it loads files concurrently, so
 * `a.md` beside `a.mdx` would otherwise let one silently replace the other.
 */
export function folder(base: string, extensions: readonly string[]): Loader {
  // A brace with one alternative ("*.{yaml}") matches nothing in glob syntax.
  const pattern = extensions.length === 1 ? `*.${extensions[0]}` : `*.{${extensions.join(',')}}`;
  const inner = glob({ base, pattern });
  return {
    name: 'face-rules-folder',
    load: async (context) => {
      // A collection with no files yet has no folder in git: that is an empty collection.
      const names = existsSync(base) ? readdirSync(base) : [];
      const files = names.filter((file) => extensions.some((ext) => file.endsWith(`.${ext}`)));
      const clashes = filesSharingAnId(files);
      if (clashes.length > 0) {
        const list = clashes
          .map(([id, group]) => `  ${base}/${group.join(` and ${base}/`)} → id: both are "${id}"`)
          .join('\n');
        throw new Error(`Duplicate ${context.collection} ids: every file needs its own name.\n${list}`);
      }
      await inner.load(context);
    },
  };
}
