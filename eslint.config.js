// @ts-check
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  // Boundaries. Content is read in one place: src/data/record.ts (getRecord, renderBody).
  {
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'astro:content', message: 'Read content through src/data/record.ts (getRecord, renderBody).' }] },
      ],
    },
  },
  // src/lib is pure and src/client runs in the browser: neither reaches for Node, Astro or sharp.
  // Three lib modules are build-time only by nature (PNG encoding, checksums, CSP hashes).
  {
    files: ['src/lib/**', 'src/client/**'],
    ignores: ['src/lib/social/render-png.ts', 'src/lib/releases/checksums.ts', 'src/lib/security/script-hash.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'sharp', message: 'Image encoding belongs in src/lib/social/render-png.ts.' }],
          patterns: [
            { group: ['node:*'], message: 'src/lib and src/client stay free of Node: pass data in.' },
            { group: ['astro:*', 'astro/*', 'astro'], message: 'src/lib and src/client stay free of Astro: use src/data.' },
          ],
        },
      ],
    },
  },
  ...astro.configs.recommended,
  { files: ['**/*.astro'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
