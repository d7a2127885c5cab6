import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSha256sums, sha256 } from '../../src/lib/releases/checksums';
import { CONTENT_DIR } from '../support/content';
import { profileValidator } from '../support/frictionless';
import { TEST_DIST } from '../support/paths';

const dist = (path: string) => readFileSync(join(TEST_DIST, path));
const json = (path: string): unknown => JSON.parse(dist(path).toString('utf8'));
const committed = readdirSync(join(CONTENT_DIR, 'releases')).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));

interface Index {
  releases: {
    date: string;
    url: string;
    checksums: string;
    cases: number;
    files: { path: string; url: string; bytes: number; sha256: string }[];
  }[];
}
interface Changes {
  releases: { release: string; since: string | null; added: string[]; removed: string[]; changed: { id: string }[] }[];
  unreleased: {
    since: string | null;
    added: string[];
    removed: string[];
    changed: { id: string; fields: { field: string }[] }[];
  };
}

describe('dated data releases', () => {
  const index = json('data/releases/index.json') as Index;

  it('index.json lists every committed release, newest first', () => {
    expect(index.releases.map((r) => r.date)).toEqual([...committed].sort().reverse());
  });

  it.each(committed)('release %s is published byte for byte, and its SHA256SUMS verifies every file', (date) => {
    const sums = parseSha256sums(dist(`data/releases/${date}/SHA256SUMS`).toString('utf8'));
    const entry = index.releases.find((r) => r.date === date);
    expect([...sums.keys()].sort()).toEqual(entry?.files.map((f) => f.path).sort());
    for (const [path, hex] of sums) {
      const published = dist(`data/releases/${date}/${path}`);
      expect(published.equals(readFileSync(join(CONTENT_DIR, 'releases', date, path))), path).toBe(true);
      expect(sha256(published), path).toBe(hex);
      expect(entry?.files.find((f) => f.path === path)).toMatchObject({
        url: `https://facerules.org/data/releases/${date}/${path}`,
        bytes: published.byteLength,
        sha256: hex,
      });
    }
    expect(dist(`data/releases/${date}/index.html`).toString('utf8')).toContain(sums.values().next().value ?? '');
  });

  it.each(committed)('release %s carries a valid data package whose files are all in the release', (date) => {
    const descriptor = json(`data/releases/${date}/datapackage.json`) as {
      profile: string;
      resources: { path: string }[];
    };
    const validate = profileValidator(descriptor.profile);
    validate(descriptor);
    expect(validate.errors ?? []).toEqual([]);
    const sums = parseSha256sums(dist(`data/releases/${date}/SHA256SUMS`).toString('utf8'));
    for (const resource of descriptor.resources) expect(sums.has(resource.path), resource.path).toBe(true);
  });

  it('changes.json starts the first release from nothing and compares the current data with the last release', () => {
    const changes = json('data/changes.json') as Changes;
    const first = changes.releases.at(-1);
    const firstCases = (json(`data/releases/${first?.release ?? ''}/cases.json`) as { cases: { id: string }[] }).cases;
    expect(first?.since).toBeNull();
    expect(first?.added).toEqual(firstCases.map((c) => c.id).sort());

    const latest = index.releases[0]?.date ?? '';
    const released = new Set(
      (json(`data/releases/${latest}/cases.json`) as { cases: { id: string }[] }).cases.map((c) => c.id),
    );
    const current = new Set((json('data/cases.json') as { cases: { id: string }[] }).cases.map((c) => c.id));
    expect(changes.unreleased.since).toBe(latest);
    expect(changes.unreleased.added).toEqual([...current].filter((id) => !released.has(id)).sort());
    expect(changes.unreleased.removed).toEqual([...released].filter((id) => !current.has(id)).sort());
  });

  it('/data/ lists the releases and offers the latest as a citable data set', () => {
    const html = dist('data/index.html').toString('utf8');
    const latest = index.releases[0]?.date ?? '';
    expect(html).toContain('id="releases"');
    expect(html).toContain(`href="/data/releases/${latest}/"`);
    expect(html).toContain(`Data set, release ${latest}. https://facerules.org/data/releases/${latest}/`);
  });
});
