// Tools the project did not write: the W3C Nu HTML Checker over every built page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { javaFound, nuErrors } from '../../scripts/lib/nu-checker';
import { TEST_DIST } from '../support/paths';

/** In CI a missing Java is an error, never a skip (.ci/run installs it). */
function javaAvailable(): boolean {
  if (javaFound()) return true;
  if (process.env['CI']) throw new Error('No Java runtime: CI must install default-jre-headless (see .ci/run).');
  console.warn('[Nu checker skipped] no Java; install it with: apt-get install -y default-jre-headless');
  return false;
}

describe.runIf(javaAvailable())('the W3C Nu HTML Checker', () => {
  it('finds no error on any built page', { timeout: 180_000 }, async () => {
    const errors = await nuErrors(TEST_DIST);
    expect(errors.map((e) => `${e.file}:${e.line ?? '?'}: ${e.message}`)).toEqual([]);
  });

  it('is really checking: it reports the errors the site once had', { timeout: 60_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'face-rules-nu-'));
    writeFileSync(
      join(folder, 'index.html'),
      '<!doctype html><html lang="en"><head><title>t</title></head><body><form role="search"><label for="q">Q</label>' +
        '<input id="q" type="search" role="combobox" aria-expanded="false" aria-controls="l"><ul id="l" role="listbox"></ul></form>' +
        '<figure><chart-figure><figcaption>Caption</figcaption></chart-figure></figure></body></html>',
    );
    const messages = (await nuErrors(folder)).map((e) => e.message).join('\n');
    expect(messages).toContain('Bad value “combobox” for attribute “role” on element “input”');
    expect(messages).toContain('Element “figcaption” not allowed as child of element “chart-figure”');
  });
});
