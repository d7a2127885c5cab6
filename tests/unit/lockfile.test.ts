import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm ci` installs exactly what package-lock.json lists, so a package that ships its native code
// as optional per-platform packages (Astro's compiler binding, Pagefind, sharp, rolldown, esbuild,
// lightningcss…) works on a platform only if the lock lists that platform's package. A lock made
// on one machine must therefore carry every supported platform's entry, not just its own.

interface Entry {
  version?: string;
  integrity?: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

/** The platforms the README promises. On Linux the glibc build is the one that counts. */
const PLATFORMS = [
  { os: 'darwin', cpu: 'arm64' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'win32', cpu: 'x64' },
  { os: 'linux', cpu: 'x64' },
  { os: 'linux', cpu: 'arm64' },
] as const;

/** Native packages this project is known to need. Each must be recognised as native from the lock
 * (a lock whose pruning emptied one's optional dependencies would otherwise pass unnoticed). */
const KNOWN_NATIVE = ['@astrojs/compiler-binding', 'pagefind', 'sharp', 'rolldown', 'esbuild', 'lightningcss'];

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, Entry>;
};
const packages = lock.packages;

const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** The lock key `dependency` resolves to from the package at `from`, as Node looks it up. */
function resolve(from: string, dependency: string): string | undefined {
  let base = from;
  for (;;) {
    const key = `${base ? `${base}/` : ''}node_modules/${dependency}`;
    if (key in packages) return key;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

const optionalEntries = (key: string) =>
  Object.keys(packages[key]?.optionalDependencies ?? {}).map((dependency) => ({
    dependency,
    key: resolve(key, dependency),
  }));

/** Packages not tied to a platform themselves whose optional dependencies include builds for one
 * CPU (fsevents, darwin-only and for any CPU, does not make vite native). */
const native = Object.keys(packages).filter((key) => {
  const entry = packages[key];
  if (!key || entry?.os || entry?.cpu) return false;
  return optionalEntries(key).some(({ key: dependency }) => dependency && packages[dependency]?.cpu);
});

const serves = (entry: Entry, platform: (typeof PLATFORMS)[number]) =>
  (entry.os ?? []).includes(platform.os) &&
  (entry.cpu ?? []).includes(platform.cpu) &&
  (platform.os !== 'linux' || !entry.libc || entry.libc.includes('glibc'));

describe('package-lock.json', () => {
  it('wants no optional dependency it does not contain', () => {
    const missing = Object.keys(packages).flatMap((key) =>
      optionalEntries(key)
        .filter(({ key: dependency }) => !dependency)
        .map(({ dependency }) => `${key} → ${dependency}`),
    );
    expect(missing).toEqual([]);
  });

  it('recognises every known native package as native', () => {
    const present = KNOWN_NATIVE.filter((name) => `node_modules/${name}` in packages);
    expect(present.length).toBeGreaterThan(0);
    expect(present.filter((name) => !native.includes(`node_modules/${name}`))).toEqual([]);
  });

  it("lists every native package's binary for darwin-arm64, darwin-x64, win32-x64, linux-x64 and linux-arm64", () => {
    const gaps = native.flatMap((key) => {
      const binaries = optionalEntries(key).flatMap(({ key: dependency }) => {
        const entry = dependency ? packages[dependency] : undefined;
        return entry?.version && entry.integrity ? [entry] : [];
      });
      return PLATFORMS.filter((platform) => !binaries.some((entry) => serves(entry, platform))).map(
        (platform) => `${nameOf(key)}: no ${platform.os}-${platform.cpu} package with version and integrity`,
      );
    });
    expect(gaps, 'regenerate the lock so npm records every platform (see README, "Supported platforms")').toEqual([]);
  });
});
