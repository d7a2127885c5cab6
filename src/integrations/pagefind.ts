// Builds the Pagefind search index as part of `astro build`: no separate CLI step.
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { withSearchAdditions } from '../lib/search/additions';
import { builtPages } from './built-pages';

/**
 * Indexes the built site when the build finishes. Only elements marked `data-pagefind-body`
 * (case, regulator, respondent, law and explainer pages) are indexed, so navigation, lists and
 * footers never become results. Each page is given to Pagefind with its search additions (accent-free
 * spellings, other terms of art, sums as people type them; the files in the build are not changed).
 * A failure fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'face-rules:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // URLs without the base path, as Pagefind gives them for a folder; the search adds it.
        for (const page of builtPages(outDir)) {
          const added = await index.addHTMLFile({ url: page.path, content: withSearchAdditions(page.html) });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${page.path}: ${added.errors.join('; ')}`);
        }
        const outputPath = `${outDir.replace(/\/$/, '')}/pagefind`;
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Pages without data-pagefind-body are dropped when the index is written: count what it kept.
        const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const pages = Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
        logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
