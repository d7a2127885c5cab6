// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import completeBuild from './src/integrations/complete-build.ts';
import remarkBaseLinks from './src/lib/markdown/remark-base-links.ts';
import remarkCitations from './src/lib/markdown/remark-citations.ts';
import rehypeCellSpacing from './src/lib/markdown/rehype-cell-spacing.ts';
import rehypeTableScroll from './src/lib/markdown/rehype-table-scroll.ts';

// Builds for tests go to their own folders so they never race the main dist/.
const outDir = process.env.OUT_DIR ?? './dist';
// Served from a sub-folder (e.g. GitHub Pages' /face-rules/) when BASE_PATH is set.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://facerules.org',
  base,
  outDir,
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // HTML whitespace rules, not JSX's: 'jsx' (Astro 7's default) drops a line break between text and
  // a link, gluing words to it ("write to<a>"); true collapses it to one space as a browser would.
  compressHTML: true,
  // Two content files with one id must stop the build, not silently replace each other.
  prerenderConflictBehavior: 'error',
  // One stylesheet for the whole site, never inlined: cached after the first page, and no style
  // hashes in the Content-Security-Policy. Two pages render at once: while one waits for sharp
  // to encode a social card, the other renders (1,000 cases: 29 s instead of 35 s; 4 gains nothing).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // Numbered citations "[2]" in explainers become links to their source, and site links written
  // "/cases/x/" get the base path (MDX inherits this processor); table cells keep a space between
  // them in extracted text (search excerpts), and wide tables scroll in their own box on a phone.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkCitations, [remarkBaseLinks, { base }]],
      rehypePlugins: [rehypeCellSpacing, rehypeTableScroll],
    }),
  },
  // completeBuild last: it checks that everything the others wrote is there.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    pagefind(),
    securityHeaders(),
    completeBuild(),
  ],
  devToolbar: { enabled: false },
  vite: { build: { cssCodeSplit: false } },
  // A Content-Security-Policy in every page's <head>: scripts and styles only from this site or
  // matching the hashes Astro computes for inline ones; never 'unsafe-inline'. Pages that load
  // Pagefind add 'wasm-unsafe-eval' themselves (see layouts/Base.astro). frame-ancestors cannot be
  // set in a <meta> policy: it is in the _headers file (src/integrations/security-headers.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
