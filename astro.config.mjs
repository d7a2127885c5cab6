// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import remarkCitations from './src/lib/markdown/remark-citations.ts';

// Builds for tests go to their own folders so they never race the main dist/.
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://facerules.org',
  base: process.env.BASE_PATH ?? '/',
  outDir,
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Two content files with one id must stop the build, not silently replace each other.
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  // Numbered citations "[2]" in explainers become links to their source (MDX inherits this processor).
  markdown: { processor: unified({ remarkPlugins: [remarkCitations] }) },
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
  devToolbar: { enabled: false },
});
