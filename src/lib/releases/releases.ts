// Dated snapshots of the open data: which files a release holds, its index and what changed
// between releases. Pure: src/data/releases.ts reads the folders, routes serialise what this returns.
import { diffCases, type CasesDiff, type ExportedCase } from './diff';

/** One file of a release. */
export interface ReleaseFile {
  /** Path inside the release, e.g. `cases.json`, `schema/cases.json`. */
  path: string;
  bytes: Uint8Array;
  /** SHA-256 of the bytes, hex: checked against the release's SHA256SUMS when it was read. */
  sha256: string;
}

/** One dated release, as committed under `content/releases/<date>/`. */
export interface Release {
  /** `YYYY-MM-DD`: the day it was cut. */
  date: string;
  files: ReleaseFile[];
  /** The release's own SHA256SUMS, as committed: published byte for byte. */
  checksums: Uint8Array;
}

/** Where a release is published. */
export function releasePath(date: string, file = ''): string {
  return `/data/releases/${date}/${file}`;
}

const parsedCases = new WeakMap<Release, ExportedCase[]>();

/** The cases of a release, from its cases.json (parsed once per release). */
export function releaseCases(release: Release): ExportedCase[] {
  let cases = parsedCases.get(release);
  if (!cases) {
    const file = release.files.find((f) => f.path === 'cases.json');
    if (!file) throw new Error(`release ${release.date} has no cases.json`);
    cases = (JSON.parse(new TextDecoder().decode(file.bytes)) as { cases: ExportedCase[] }).cases;
    parsedCases.set(release, cases);
  }
  return cases;
}

/** `/data/releases/index.json`: every release, newest first, each file with its URL, size and SHA-256. */
export function releasesIndex(releases: readonly Release[], absolute: (path: string) => string) {
  return {
    releases: [...releases]
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((release) => ({
        date: release.date,
        url: absolute(releasePath(release.date)),
        checksums: absolute(releasePath(release.date, 'SHA256SUMS')),
        cases: releaseCases(release).length,
        files: release.files.map((file) => ({
          path: file.path,
          url: absolute(releasePath(release.date, file.path)),
          bytes: file.bytes.byteLength,
          sha256: file.sha256,
        })),
      })),
  };
}

/**
 * `/data/changes.json`: what each release added, changed and removed against the one before (the
 * first against nothing), newest first, and what the current data changes since the last release.
 */
export function releaseChanges(releases: readonly Release[], current: readonly ExportedCase[]) {
  const ordered = [...releases].sort((a, b) => a.date.localeCompare(b.date));
  const steps: ({ release: string; since: string | null } & CasesDiff)[] = ordered.map((release, index) => {
    const previous = ordered[index - 1];
    return {
      release: release.date,
      since: previous?.date ?? null,
      ...diffCases(previous ? releaseCases(previous) : [], releaseCases(release)),
    };
  });
  const latest = ordered.at(-1);
  return {
    releases: steps.reverse(),
    unreleased: { since: latest?.date ?? null, ...diffCases(latest ? releaseCases(latest) : [], current) },
  };
}
