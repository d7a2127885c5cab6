// Builds the Pagefind search index as part of `astro build`: no separate CLI step.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site when the build finishes. Only elements marked `data-pagefind-body`
 * (case, regulator, respondent, law and explainer pages) are indexed, so navigation, lists and
 * footers never become results. A failure fails the build.
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
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
