// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

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
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
