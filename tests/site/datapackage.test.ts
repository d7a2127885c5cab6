// /data/datapackage.json as outside tools read it: valid against the published Frictionless
// profiles (vendored in tests/fixtures/vendor/frictionless/), every file it names in the build,
// and a Table Schema that cases.csv keeps, cell by cell.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataPackage } from '../../src/lib/export/datapackage';
import { SITE } from '../../src/site';
import { EXPORT_SCHEMA_VERSION } from '../../src/schemas/export';
import { profileValidator } from '../support/frictionless';
import { cellProblems, parseCsv } from '../support/table-schema';
import { TEST_DIST } from '../support/paths';

const read = (path: string) => readFileSync(join(TEST_DIST, path), 'utf8');
const pkg = JSON.parse(read('data/datapackage.json')) as DataPackage;
const csv = pkg.resources.find((r) => r.path === 'cases.csv');
const schema = csv?.schema;

describe('/data/datapackage.json', () => {
  it('is valid against the profile it declares', () => {
    expect(pkg.profile).toBe('data-package');
    const validate = profileValidator(pkg.profile);
    const valid = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('describes cases.csv as a Tabular Data Resource with a valid Table Schema', () => {
    for (const [profile, descriptor] of [
      ['tabular-data-resource', csv],
      ['table-schema', schema],
    ] as const) {
      const validate = profileValidator(profile);
      expect(validate(descriptor), profile).toBe(true);
      expect(validate.errors ?? [], profile).toEqual([]);
    }
  });

  it('names only files the build has, relative to itself', () => {
    for (const resource of pkg.resources)
      expect(existsSync(join(TEST_DIST, 'data', resource.path)), resource.path).toBe(true);
  });

  it('has a field for each column of cases.csv, in order, and every cell keeps its type and constraints', () => {
    const [header, ...rows] = parseCsv(read('data/cases.csv'));
    if (!schema) throw new Error('cases.csv has no Table Schema');
    expect(schema.fields.map((field) => field.name)).toEqual(header);
    expect(rows.length).toBeGreaterThan(30);
    expect(cellProblems(schema, rows)).toEqual([]);
  });

  it('states the site’s data licence, and the date of the data as its version', () => {
    expect(pkg.licenses).toEqual([
      { name: SITE.dataLicence.id, path: SITE.dataLicence.url, title: SITE.dataLicence.name },
    ]);
    const cases = (JSON.parse(read('data/cases.json')) as { cases: { lastVerified: string }[] }).cases;
    const latest =
      cases
        .map((c) => c.lastVerified)
        .sort()
        .at(-1) ?? '';
    expect(pkg.created).toBe(`${latest}T00:00:00Z`);
    expect(pkg.version).toBe(`${EXPORT_SCHEMA_VERSION}.${latest.replaceAll('-', '')}.0`);
    expect(pkg.homepage).toBe('https://facerules.org/data/');
  });

  it('/data/ lists it and names the licence with a link to it', () => {
    const page = read('data/index.html');
    expect(page).toContain('href="/data/datapackage.json"');
    expect(page).toMatch(
      new RegExp(
        `under the <a href="${SITE.dataLicence.url}" rel="license noopener noreferrer">${SITE.dataLicence.name}</a> licence`,
      ),
    );
  });
});
