// A build that is complete or fails: the check that runs last in every build, tried on the real
// test build and on a copy of it with one page suppressed.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuildComplete, expectedOutputs, recordIds } from '../../src/integrations/complete-build';
import { ROOT, TEST_DIST } from '../support/paths';

const CONTENT = join(ROOT, 'content');

describe('the completeness check of a build', () => {
  it('expects a page for every content file, and the charts, embeds and exports', () => {
    const ids = recordIds(CONTENT);
    const expected = expectedOutputs(ids);
    expect(ids.cases.length).toBeGreaterThan(90);
    expect(expected).toContain(`cases/${ids.cases[0] ?? ''}/index.html`);
    expect(expected).toContain('embed/fine-timeline/index.html');
    expect(expected).toContain('data/cases.csv');
    expect(ids.releases.length).toBeGreaterThan(0);
    expect(expected).toContain(`data/releases/${ids.releases[0]?.date ?? ''}/cases.json`);
    expect(expected).toContain('feeds/regulators/fr-cnil.xml');
    expect(expected.length).toBeGreaterThan(ids.cases.length * 2);
  });

  it('passes on the real build', () => {
    expect(assertBuildComplete(TEST_DIST, CONTENT)).toBeGreaterThan(300);
  });

  it('fails a build with one case page and one embed suppressed, naming both', () => {
    const copy = mkdtempSync(join(tmpdir(), 'face-rules-partial-'));
    cpSync(TEST_DIST, copy, { recursive: true });
    const [first] = recordIds(CONTENT).cases;
    rmSync(join(copy, 'cases', first ?? '', 'index.html'));
    rmSync(join(copy, 'embed', 'enforcement-gap'), { recursive: true });
    expect(() => assertBuildComplete(copy, CONTENT)).toThrow(
      new RegExp(
        `2 of \\d+ files the record implies are missing:\\n  cases/${first ?? ''}/index.html\\n  embed/enforcement-gap/index.html`,
      ),
    );
    rmSync(copy, { recursive: true, force: true });
  });
});
