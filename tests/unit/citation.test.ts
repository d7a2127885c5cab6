// CITATION.cff, how to cite the open data, against the official CFF 1.2.0 schema (vendored in
// tests/fixtures/vendor/citation-file-format/) and against the settings it repeats.
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DATASET_KEYWORDS, DATASET_TITLE } from '../../src/lib/export/datapackage';
import { SITE } from '../../src/site';
import { ROOT } from '../support/paths';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const cff = parse(read('CITATION.cff')) as Record<string, unknown>;

describe('CITATION.cff', () => {
  it('is valid against the Citation File Format 1.2.0 schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(read('tests/fixtures/vendor/citation-file-format/schema.json')) as Record<string, unknown>,
    );
    const valid = validate(cff);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The check is live: the schema refuses what CFF does not know.
    expect(validate({ ...cff, 'date-released': '1 December 2026' })).toBe(false);
  });

  it('cites a dataset by the Face Rules project, at its latest dated release', () => {
    const latest = readdirSync(join(ROOT, 'content/releases'))
      .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
      .sort()
      .at(-1);
    expect(latest).toBeDefined();
    expect(cff).toMatchObject({
      'cff-version': '1.2.0',
      type: 'dataset',
      authors: [{ name: SITE.name }],
      version: latest,
      'date-released': latest,
    });
  });

  it('repeats the data package’s title, licence and keywords exactly', () => {
    expect(cff['title']).toBe(DATASET_TITLE);
    expect(cff['license']).toBe(SITE.dataLicence.id);
    expect(cff['keywords']).toEqual(DATASET_KEYWORDS);
  });
});
