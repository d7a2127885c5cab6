import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Build tests spawn whole Astro builds; two workers is all a 2-core machine can take.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // One build of the real content, made before any site or browser test runs.
          globalSetup: ['tests/support/global-build.ts'],
          testTimeout: 60_000,
          // Browser tests share two cores with whole Astro builds running in the same suite:
          // polled assertions get 10 s, not the default 1 s, before they count as failed.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
