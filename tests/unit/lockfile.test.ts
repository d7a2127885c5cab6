import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm ci` refuses a lock that wants optional packages it does not contain. The registry these
// machines reach lacks some platform binaries, so `npm install <pkg>` can leave such entries;
// `node scripts/prune-lock.mjs` removes them. This test catches it before CI does.
describe('package-lock.json', () => {
  it('wants no optional dependency it does not contain', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const installed = Object.keys(lock.packages);
    const missing = Object.entries(lock.packages).flatMap(([name, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((dependency) => !installed.some((key) => key.endsWith(`node_modules/${dependency}`)))
        .map((dependency) => `${name} → ${dependency}`),
    );
    expect(missing, 'run: node scripts/prune-lock.mjs').toEqual([]);
  });
});
