/**
 * `/data/datapackage.json`: a Frictionless Data Package (v1, https://specs.frictionlessdata.io/data-package/)
 * describing the open data, so that catalogues and tools read the files, their licence and the
 * CSV's column types without a person reading the page.
 */
import { EXPORT_SCHEMA_VERSION, type CasesExport } from '../../schemas/export';
import { CASES_CSV_COLUMNS } from './cases';
import { tableSchema, type TableSchema } from './table-schema';

/** The dataset's title: the Data Package, the schema.org Dataset and CITATION.cff use it. */
export const DATASET_TITLE = 'Face Rules: facial-recognition fines, orders and rulings';

/** Keywords for catalogues; CITATION.cff lists the same. */
export const DATASET_KEYWORDS = [
  'facial recognition',
  'biometrics',
  'data protection',
  'GDPR',
  'fines',
  'enforcement',
  'court rulings',
  'Clearview AI',
] as const;

/** What the dataset holds, in one paragraph. */
export function datasetDescription(caseCount: number): string {
  return `Every case in the Face Rules record (${caseCount} today): regulator or court, respondents, dates at their precision, amounts in their original currency with a euro equivalent and the ECB rate used, status, payment, legal basis and sources.`;
}

/**
 * The date of the data: the latest day a case's facts were checked. The package's version and
 * creation date and the Dataset's dateModified come from it, never from the build clock, so a
 * build of the same content is the same to the byte.
 */
export function dataDate(cases: readonly { lastVerified: string }[]): string {
  return cases.reduce((latest, c) => (c.lastVerified > latest ? c.lastVerified : latest), '');
}

/** A licence as the site states it. */
export interface Licence {
  /** SPDX identifier, also an Open Definition id. */
  id: string;
  name: string;
  url: string;
}

interface Resource {
  profile?: 'tabular-data-resource';
  name: string;
  /** Relative to the descriptor, so it resolves under any base path. */
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  encoding: 'utf-8';
  schema?: TableSchema;
}

/** A Data Package descriptor (the properties this site fills). */
export interface DataPackage {
  profile: 'data-package' | 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  homepage: string;
  version: string;
  created: string;
  keywords: readonly string[];
  licenses: { name: string; path: string; title: string }[];
  sources: { title: string; path?: string }[];
  contributors: { title: string; path: string; role: 'author' }[];
  resources: Resource[];
}

/**
 * The Data Package for the open data. `siteUrl` is the absolute URL of the site under its base path.
 * Resource paths are relative to `/data/datapackage.json`. The JSON files are not tabular: they
 * say so with their media type, and their JSON Schemas are resources of their own (frictionless-py
 * reads any resource's `schema` as a Table Schema, which a JSON Schema is not).
 */
export function dataPackage(exported: CasesExport, options: { siteUrl: string; licence: Licence }): DataPackage {
  const { siteUrl, licence } = options;
  const date = dataDate(exported.cases);
  const json = (name: string, path: string, title: string, description: string): Resource => ({
    name,
    path,
    title,
    description,
    format: 'json',
    mediatype: path.startsWith('schema/') ? 'application/schema+json' : 'application/json',
    encoding: 'utf-8',
  });
  const resources: Resource[] = [
    {
      profile: 'tabular-data-resource',
      name: 'cases-csv',
      path: 'cases.csv',
      title: 'Cases, one row per sum of money',
      description:
        'Every case, one row per sum of money, and one row with the amount columns empty for a case without any (RFC 4180).',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: tableSchema(CASES_CSV_COLUMNS),
    },
    json(
      'cases',
      'cases.json',
      'Cases',
      'Every case with its sums, dates at their precision, legal basis, summary and every source. Valid against the JSON Schema schema/cases.json.',
    ),
    json(
      'regulators',
      'regulators.json',
      'Authorities and courts',
      'Every authority and court, with its number of cases. Valid against the JSON Schema schema/regulators.json.',
    ),
    json(
      'laws',
      'laws.json',
      'Laws and provisions',
      'Every law with the provisions cases cite (their gists, case counts and breach counts), its identifiers and its dated stages. Valid against the JSON Schema schema/laws.json.',
    ),
    json(
      'cases-schema',
      'schema/cases.json',
      'JSON Schema of cases.json',
      'JSON Schema (draft 2020-12) of cases.json.',
    ),
    json(
      'regulators-schema',
      'schema/regulators.json',
      'JSON Schema of regulators.json',
      'JSON Schema (draft 2020-12) of regulators.json.',
    ),
    json('laws-schema', 'schema/laws.json', 'JSON Schema of laws.json', 'JSON Schema (draft 2020-12) of laws.json.'),
  ];
  return {
    // A Tabular Data Package may hold only tabular resources.
    profile: resources.every((r) => r.profile === 'tabular-data-resource') ? 'tabular-data-package' : 'data-package',
    name: 'face-rules',
    title: DATASET_TITLE,
    description: datasetDescription(exported.cases.length),
    homepage: new URL('data/', siteUrl).href,
    // Semantic versioning as the Data Package Version pattern asks: the major version is the export
    // contract's, which changes with the shape; the minor is the date of the data.
    version: `${EXPORT_SCHEMA_VERSION}.${date.replaceAll('-', '')}.0`,
    created: `${date}T00:00:00Z`,
    keywords: DATASET_KEYWORDS,
    licenses: [{ name: licence.id, path: licence.url, title: licence.name }],
    sources: [
      {
        title:
          'Decisions, judgments and press releases of the authorities and courts, and press reports, listed with each case (sources in cases.json, primary_source in cases.csv)',
      },
      { title: 'Face Rules', path: siteUrl },
    ],
    contributors: [{ title: 'Face Rules', path: siteUrl, role: 'author' }],
    resources,
  };
}
