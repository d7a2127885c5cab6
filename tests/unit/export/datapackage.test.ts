import { describe, expect, it } from 'vitest';
import { CASES_CSV_COLUMNS, casesCsv, casesExport } from '../../../src/lib/export/cases';
import { dataDate, dataPackage, DATASET_KEYWORDS } from '../../../src/lib/export/datapackage';
import { buildRecord } from '../../../src/lib/record/build-record';
import { SITE } from '../../../src/site';
import { EXPORT_SCHEMA_VERSION } from '../../../src/schemas/export';
import { draft04Differences, profile, profileValidator } from '../../support/frictionless';
import { cellProblems, parseCsv } from '../../support/table-schema';
import { caseData, recordInput } from '../../support/record-fixtures';

const exported = casesExport(
  buildRecord(
    recordInput([
      {
        id: 'ico-2022',
        data: caseData({
          regulator: 'gb-ico',
          decided: { date: '2022-05-18', precision: 'day' },
          announced: { date: '2022-05', precision: 'month' },
          amounts: [
            { kind: 'fine', value: 7_552_800, currency: 'GBP', frtSpecific: true },
            { kind: 'periodic-penalty', value: 1000, currency: 'EUR', per: 'day', frtSpecific: false, note: 'n' },
          ],
          lastVerified: '2026-11-30',
        }),
      },
      {
        id: 'order-2021',
        data: caseData({
          actionType: 'order',
          paymentStatus: 'not-applicable',
          amounts: [],
          provisions: [{ law: 'eu-gdpr', role: 'relied-on' }],
        }),
      },
    ]),
  ),
);
const siteUrl = 'https://example.org/face-rules/';
const pkg = dataPackage(exported, { siteUrl, licence: SITE.dataLicence });
const csvResource = pkg.resources.find((r) => r.path === 'cases.csv');

describe('the vendored profiles', () => {
  it.each(['data-package', 'tabular-data-package', 'tabular-data-resource', 'table-schema'])(
    '%s uses no draft-04 keyword that Ajv’s draft-07 reads differently',
    (name) => {
      expect(profile(name)['$schema']).toBe('http://json-schema.org/draft-04/schema#');
      expect(draft04Differences(profile(name))).toEqual([]);
    },
  );
});

describe('dataPackage', () => {
  it('is valid against the published Data Package profile (v1)', () => {
    const validate = profileValidator('data-package');
    expect(validate(pkg)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('the profile check is live: it refuses a name and a licence id with spaces', () => {
    const validate = profileValidator('data-package');
    expect(validate({ ...pkg, name: 'Face Rules', licenses: [{ name: 'CC BY' }] })).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(['/name', '/licenses/0/name']);
  });

  it('is a plain Data Package: the Tabular Data Package profile refuses its JSON files', () => {
    expect(pkg.profile).toBe('data-package');
    const validate = profileValidator('tabular-data-package');
    expect(validate({ ...pkg, profile: 'tabular-data-package' })).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/resources/1', params: { missingProperty: 'schema' } }),
    );
  });

  it('describes cases.csv as a Tabular Data Resource valid against its profile', () => {
    expect(csvResource?.profile).toBe('tabular-data-resource');
    const validate = profileValidator('tabular-data-resource');
    expect(validate(csvResource)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('has one Table Schema field per CSV column, in order, and every cell conforms', () => {
    const [header, ...rows] = parseCsv(casesCsv(exported, siteUrl));
    const schema = csvResource?.schema;
    if (!schema) throw new Error('cases.csv has no schema');
    expect(schema.fields.map((f) => f.name)).toEqual(header);
    expect(schema.fields.map((f) => f.name)).toEqual(CASES_CSV_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(3);
    expect(cellProblems(schema, rows)).toEqual([]);
    expect(schema.fields.find((f) => f.name === 'action_type')?.constraints?.enum).toContain('court-ruling');
  });

  it('states the licence, and takes its date and version from the data, not the clock', () => {
    expect(pkg.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 International',
      },
    ]);
    expect(dataDate(exported.cases)).toBe('2026-11-30');
    expect(pkg.created).toBe('2026-11-30T00:00:00Z');
    expect(pkg.version).toBe(`${EXPORT_SCHEMA_VERSION}.20261130.0`);
    expect(pkg.keywords).toEqual(DATASET_KEYWORDS);
  });

  it('links under the base path, with resource paths relative to the descriptor', () => {
    expect(pkg.homepage).toBe('https://example.org/face-rules/data/');
    expect(pkg.contributors).toEqual([{ title: 'Face Rules', path: siteUrl, role: 'author' }]);
    expect(pkg.resources.map((r) => [r.path, r.mediatype])).toEqual([
      ['cases.csv', 'text/csv'],
      ['cases.json', 'application/json'],
      ['regulators.json', 'application/json'],
      ['laws.json', 'application/json'],
      ['schema/cases.json', 'application/schema+json'],
      ['schema/regulators.json', 'application/schema+json'],
      ['schema/laws.json', 'application/schema+json'],
    ]);
    for (const r of pkg.resources)
      expect(new URL(r.path, `${siteUrl}data/datapackage.json`).href).toBe(`${siteUrl}data/${r.path}`);
  });
});
