import { z } from 'astro/zod';
import { CURRENCY_CODES } from './currencies';
import * as vocabulary from './vocabulary';

/**
 * The open-data contract (`/data/*.json`), read by outside tools: change it only with a bump of
 * {@link EXPORT_SCHEMA_VERSION}. The JSON Schemas under `/data/schema/` are generated from these.
 */
export const EXPORT_SCHEMA_VERSION = 3;

// `.regex` makes the https rule survive into the generated JSON Schema as a pattern.
const httpsUrl = z.url({ protocol: /^https$/ }).regex(/^https:\/\//);
const precision = z.enum(['day', 'month', 'year']).describe('How much of the date is known.');
const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const dateAtPrecision = z
  .string()
  .regex(datePattern)
  .describe('YYYY-MM-DD, YYYY-MM or YYYY: written at exactly its precision, never padded.');

/** One sum of money in a case. */
export const exportAmountSchema = z.object({
  kind: z.enum(vocabulary.AMOUNT_KINDS),
  value: z.number().positive().describe('The sum in its original currency.'),
  currency: z.enum(CURRENCY_CODES).describe('ISO 4217 code of the original currency.'),
  per: z
    .enum(vocabulary.PENALTY_PERIODS)
    .nullable()
    .describe('For periodic penalties: the period the value accrues over.'),
  eur: z.number().positive().describe('Euro equivalent, rounded to cents.'),
  fx: z
    .object({
      perEur: z.number().positive().describe('Units of the original currency per euro.'),
      date: z.string().regex(datePattern).describe('Day of the reference rate used.'),
      source: httpsUrl,
    })
    .nullable()
    .describe('The reference rate used for the conversion; null for sums in EUR.'),
  frtSpecific: z.boolean().describe('False when the sum covers more than facial recognition.'),
  note: z.string().nullable(),
});

/** One source of a case. */
export const exportSourceSchema = z.object({
  url: httpsUrl,
  title: z.string(),
  publisher: z.string(),
  date: z.string().regex(datePattern).nullable(),
  kind: z.enum(vocabulary.SOURCE_KINDS),
});

/** One dated change to a case since it entered the record. */
export const exportCorrectionSchema = z.object({
  date: z.string().regex(datePattern).describe('Day the change was made to the record.'),
  kind: z
    .enum(vocabulary.CHANGE_KINDS)
    .describe('correction: an error fixed; update: the world moved; status: status or payment changed.'),
  field: z.string().describe('The case field that changed, as named in this file (e.g. status, decided, sources).'),
  from: z.string().describe('What the record said before.'),
  to: z.string().describe('What it says now.'),
  reason: z.string(),
  source: httpsUrl.describe('The source supporting the new value.'),
});

/** An identifier of a decision or a law, as its register writes it. */
function exportIdentifierSchema<const T extends readonly [string, ...string[]]>(schemes: T) {
  return z.object({
    scheme: z.enum(schemes),
    value: z.string(),
    url: httpsUrl.nullable().describe('Where the identifier resolves, if it has a page.'),
  });
}

/** One provision a case cites. */
export const exportCitedProvisionSchema = z.object({
  law: z.string().describe('Id of the law in /data/laws.json.'),
  provision: z.string().nullable().describe('Id of the provision within the law; null when the whole law is cited.'),
  pinpoint: z.string().nullable().describe('Paragraph or point below the provision, e.g. (1)(a).'),
  citation: z.string().describe('As a reader sees it, e.g. GDPR Art. 5(1)(a).'),
  role: z
    .enum(vocabulary.PROVISION_ROLES)
    .describe('breached / not-breached: the decision found it (not) breached; relied-on: it rests on it; considered.'),
  note: z.string().nullable(),
});

/** One case in `/data/cases.json`. */
export const exportCaseSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().describe('Path of the case page on this site.'),
  regulator: z.object({ id: z.string(), name: z.string(), jurisdiction: z.string() }),
  respondents: z.array(z.object({ id: z.string(), name: z.string() })).min(1),
  decided: dateAtPrecision,
  decidedPrecision: precision,
  announced: dateAtPrecision.nullable(),
  announcedPrecision: precision.nullable(),
  actionType: z.enum(vocabulary.ACTION_TYPES),
  status: z.enum(vocabulary.CASE_STATUSES),
  paymentStatus: z.enum(vocabulary.PAYMENT_STATUSES),
  amounts: z.array(exportAmountSchema),
  legalBasis: z
    .array(z.string())
    .describe('The citations and doctrines as display lines; provisions and doctrines hold them as data.'),
  provisions: z.array(exportCitedProvisionSchema),
  doctrines: z.array(z.string()).describe('Unwritten doctrines and tests the decision turned on.'),
  identifiers: z.array(exportIdentifierSchema(vocabulary.CASE_IDENTIFIER_SCHEMES)),
  orders: z.array(z.string()).describe('Non-monetary orders, with their deadlines, in Face Rules’ words.'),
  related: z
    .array(z.object({ case: z.string(), relation: z.enum(vocabulary.CASE_RELATIONS), title: z.string() }))
    .describe('Other cases in the chain of proceedings, read as "this case <relation> that case".'),
  summary: z.string(),
  sources: z.array(exportSourceSchema).min(1),
  lastVerified: z.string().regex(datePattern),
  added: z.string().regex(datePattern).describe('Day the case entered the record.'),
  corrections: z.array(exportCorrectionSchema).describe('Every change since the case was added, oldest first.'),
});

/** `/data/cases.json`. */
export const casesExportSchema = z.object({
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  cases: z.array(exportCaseSchema),
});

/** One authority in `/data/regulators.json`. */
export const exportRegulatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  englishName: z.string().nullable(),
  shortName: z.string(),
  kind: z.enum(vocabulary.REGULATOR_KINDS),
  jurisdiction: z.string(),
  website: httpsUrl,
  url: z.string().describe('Path of the regulator page on this site.'),
  caseCount: z.number().int().nonnegative(),
});

/** `/data/regulators.json`. */
export const regulatorsExportSchema = z.object({
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  regulators: z.array(exportRegulatorSchema),
});

/** One law in `/data/laws.json`, with the provisions cases cite and its dated stages. */
export const exportLawSchema = z.object({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  instrument: z.string(),
  jurisdiction: z.string(),
  kind: z.enum(vocabulary.LAW_KINDS),
  url: z.string().describe('Path of the law page on this site.'),
  adopted: dateAtPrecision,
  adoptedPrecision: precision,
  inForce: dateAtPrecision.nullable(),
  inForcePrecision: precision.nullable(),
  identifiers: z.array(exportIdentifierSchema(vocabulary.LAW_IDENTIFIER_SCHEMES)),
  provisions: z.array(
    z.object({
      id: z.string(),
      cited: z.string(),
      heading: z.string().nullable(),
      gist: z.string().describe('What the provision says, in Face Rules’ words.'),
      url: z.string().describe('Path of the provision page on this site.'),
      caseCount: z.number().int().nonnegative(),
      breachedCount: z.number().int().nonnegative().describe('Cases that found it breached.'),
    }),
  ),
  stages: z.array(
    z.object({
      stage: z.enum(vocabulary.LAW_STAGES),
      date: dateAtPrecision,
      precision,
      part: z.string().nullable(),
      note: z.string().nullable(),
      source: httpsUrl,
    }),
  ),
  sources: z.array(exportSourceSchema).min(1),
  lastVerified: z.string().regex(datePattern),
});

/** `/data/laws.json`. */
export const lawsExportSchema = z.object({
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  laws: z.array(exportLawSchema),
});

export type CasesExport = z.infer<typeof casesExportSchema>;
export type LawsExport = z.infer<typeof lawsExportSchema>;
export type RegulatorsExport = z.infer<typeof regulatorsExportSchema>;
