// Completes the `_headers` file when the build finishes: the hand-written rules from public/_headers,
// then Content-Security-Policy rules made from the policies Astro put in each page's <meta>, and a
// long cache life for the fingerprinted bundles in _astro/.
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentSecurityRules,
  formatHeadersFile,
  immutableAssetRule,
  type PagePolicy,
} from '../lib/security/headers-file';
import { builtPages, metaPolicy } from './built-pages';

/** Every built HTML page with its served path and <meta> policy; a page without one fails the build. */
function pagePolicies(outDir: string, base: string): PagePolicy[] {
  return builtPages(outDir, base).map(({ path, html }) => {
    const policy = metaPolicy(html);
    if (!policy)
      throw new Error(`${path} has no Content-Security-Policy <meta>: is security.csp on in astro.config.mjs?`);
    return { path, policy };
  });
}

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'face-rules:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const file = join(outDir, '_headers');
        const handWritten = existsSync(file) ? readFileSync(file, 'utf8').trimEnd() : '';
        const rules = contentSecurityRules(base, pagePolicies(outDir, base));
        const generated = formatHeadersFile([...rules, immutableAssetRule(base)]);
        writeFileSync(file, `${handWritten}\n\n# Generated at build time.\n${generated}\n`);
        logger.info(`wrote ${rules.length} Content-Security-Policy rules to _headers`);
      },
    },
  };
}
