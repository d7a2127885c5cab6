// The dated data releases committed under content/releases/<YYYY-MM-DD>/, read once per build and
// checked against their SHA256SUMS: a release file edited after it was cut fails the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDirectory } from '../lib/content-files';
import { parseSha256sums, sha256 } from '../lib/releases/checksums';
import type { Release } from '../lib/releases/releases';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The folder releases are read from (tests build copies of the content elsewhere). */
function releasesDir(): string {
  return join(contentDirectory(), 'releases');
}

function readRelease(dir: string, date: string): Release {
  const folder = join(dir, date);
  const where = `content/releases/${date}`;
  const paths = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'SHA256SUMS')
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
  let checksums: Uint8Array;
  let sums: Map<string, string>;
  try {
    checksums = new Uint8Array(readFileSync(join(folder, 'SHA256SUMS')));
    sums = parseSha256sums(new TextDecoder().decode(checksums), `${where}/SHA256SUMS`);
  } catch (error) {
    throw new Error(`${where}: a release needs a valid SHA256SUMS (${(error as Error).message})`);
  }
  const files = paths.map((path) => {
    const bytes = new Uint8Array(readFileSync(join(folder, path)));
    return { path, bytes, sha256: sha256(bytes) };
  });
  const problems = [
    ...files.flatMap((file) => {
      const { path } = file;
      const expected = sums.get(path);
      if (!expected) return [`${where}/${path}: not listed in SHA256SUMS`];
      return expected === file.sha256
        ? []
        : [`${where}/${path}: its SHA-256 differs from SHA256SUMS (a release is never edited)`];
    }),
    ...[...sums.keys()]
      .filter((path) => !paths.includes(path))
      .map((path) => `${where}/${path}: listed in SHA256SUMS but missing`),
  ];
  if (problems.length > 0) throw new Error(`Data release ${date} is not intact:\n  ${problems.join('\n  ')}`);
  return { date, files, checksums };
}

let cached: Release[] | undefined;

/** Every release, oldest first, verified. */
export function getReleases(): Release[] {
  cached ??= (() => {
    let names: string[];
    try {
      names = readdirSync(releasesDir());
    } catch {
      return [];
    }
    const bad = names.filter((name) => !DATE.test(name) && !name.startsWith('.'));
    if (bad.length > 0) {
      throw new Error(
        `content/releases/ holds only YYYY-MM-DD folders; found ${bad.map((n) => JSON.stringify(n)).join(', ')}`,
      );
    }
    return names
      .filter((name) => DATE.test(name))
      .sort()
      .map((date) => readRelease(releasesDir(), date));
  })();
  return cached;
}
