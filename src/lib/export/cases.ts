import { CURRENCY_CODES } from '../../schemas/currencies';
import {
  EXPORT_SCHEMA_VERSION,
  exportCaseSchema,
  type CasesExport,
  type LawsExport,
  type RegulatorsExport,
} from '../../schemas/export';
import { ACTION_TYPES, AMOUNT_KINDS, CASE_STATUSES, PAYMENT_STATUSES, PENALTY_PERIODS } from '../../schemas/vocabulary';
import { casesCiting, legalBasisLines, roleCounts } from '../record/provisions';
import type { FaceRecord } from '../record/types';
import type { Source } from '../../schemas/primitives';
import { columnsCsv, type TableColumn } from './table-schema';
import { lawPath, provisionPath, regulatorPath } from '../routes';
import { respondentName } from '../record/names';

/** Sources as the export writes them: every field present, null when unknown. */
function exportSources(sources: readonly Source[]) {
  return sources.map((s) => ({
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    date: s.date ?? null,
    kind: s.kind,
  }));
}

/** Identifiers as the export writes them, with a null url when the identifier has no page. */
function exportIdentifiers<Scheme extends string>(
  ids: readonly { scheme: Scheme; value: string; url?: string | undefined }[],
) {
  return ids.map((i) => ({ scheme: i.scheme, value: i.value, url: i.url ?? null }));
}

/** `/data/cases.json`: every case, newest first, in the contract's shape. */
export function casesExport(record: FaceRecord): CasesExport {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    cases: record.cases.map((c) => ({
      id: c.id,
      title: c.data.title,
      url: c.url,
      regulator: { id: c.regulator.id, name: c.regulator.data.name, jurisdiction: c.regulator.data.jurisdiction },
      respondents: c.respondents.map((r) => ({ id: r.id, name: respondentName(r) })),
      decided: c.data.decided.date,
      decidedPrecision: c.data.decided.precision,
      announced: c.data.announced?.date ?? null,
      announcedPrecision: c.data.announced?.precision ?? null,
      actionType: c.data.actionType,
      status: c.data.status,
      paymentStatus: c.data.paymentStatus,
      amounts: c.amounts.map((a) => ({
        kind: a.kind,
        value: a.value,
        currency: a.currency,
        per: a.per ?? null,
        eur: a.euro.eur,
        fx: a.euro.rate ? { perEur: a.euro.rate.perEur, date: a.euro.rate.date, source: a.euro.rate.source } : null,
        frtSpecific: a.frtSpecific,
        note: a.note ?? null,
      })),
      legalBasis: legalBasisLines(c),
      provisions: c.provisions.map((p) => ({
        law: p.law.id,
        provision: p.provision?.id ?? null,
        pinpoint: p.pinpoint ?? null,
        citation: p.citation,
        role: p.role,
        note: p.note ?? null,
      })),
      doctrines: c.data.doctrines,
      identifiers: exportIdentifiers(c.data.identifiers),
      orders: c.data.orders,
      related: c.related.map((r) => ({ case: r.case.id, relation: r.relation, title: r.case.data.title })),
      summary: c.data.summary,
      sources: exportSources(c.data.sources),
      lastVerified: c.data.lastVerified,
      added: c.data.added,
      corrections: c.data.corrections.map((k) => ({ ...k })),
    })),
  };
}

type ExportedCase = CasesExport['cases'][number];

/** One row of `/data/cases.csv`: a case and one of its sums, or null for a case without any. */
export interface CasesCsvRow {
  case: ExportedCase;
  amount: ExportedCase['amounts'][number] | null;
  /** Absolute URL of the site under its base path, for the case pages' links. */
  siteUrl: string;
}

const required = { required: true } as const;
const ID = '[a-z0-9]+(-[a-z0-9]+)*';
const DATE_AT_PRECISION = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/**
 * The columns of `/data/cases.csv`, in order: the header, the rows and the data package's Table
 * Schema (`/data/datapackage.json`) all come from this list. Multi-valued fields are joined with "; ".
 */
export const CASES_CSV_COLUMNS: readonly TableColumn<CasesCsvRow>[] = [
  {
    name: 'case_id',
    type: 'string',
    description: 'Id of the case; its page is /cases/<case_id>/. A case with several sums has one row per sum.',
    constraints: { ...required, pattern: ID },
    value: (row) => row.case.id,
  },
  {
    name: 'title',
    type: 'string',
    description: 'What was decided, in a headline.',
    constraints: required,
    value: (row) => row.case.title,
  },
  {
    name: 'url',
    type: 'string',
    format: 'uri',
    description: 'The case page, with its story and every source.',
    constraints: required,
    value: (row) => new URL(row.case.url, row.siteUrl).href,
  },
  {
    name: 'regulator_id',
    type: 'string',
    description: 'Id of the authority or court that decided, as in regulators.json.',
    constraints: { ...required, pattern: ID },
    value: (row) => row.case.regulator.id,
  },
  {
    name: 'regulator',
    type: 'string',
    description: 'Name of the authority or court that decided.',
    constraints: required,
    value: (row) => row.case.regulator.name,
  },
  {
    name: 'jurisdiction',
    type: 'string',
    description:
      'Where the authority or court sits: an ISO 3166-1 alpha-2 country (FR), an ISO 3166-2 subdivision (US-IL), EU for the European Union or COE for the Council of Europe.',
    constraints: { ...required, pattern: '[A-Z]{2,3}(-[A-Z0-9]{1,3})?' },
    value: (row) => row.case.regulator.jurisdiction,
  },
  {
    name: 'respondents',
    type: 'string',
    description: 'Those the action was against.',
    constraints: required,
    value: (row) => row.case.respondents.map((r) => r.name).join('; '),
  },
  {
    name: 'decided',
    type: 'string',
    description:
      'When it was decided: YYYY-MM-DD, YYYY-MM or YYYY, written at exactly its precision (decided_precision), never padded.',
    constraints: { ...required, pattern: DATE_AT_PRECISION },
    value: (row) => row.case.decided,
  },
  {
    name: 'decided_precision',
    type: 'string',
    description: 'How much of the decision date is known.',
    constraints: { ...required, enum: exportCaseSchema.shape.decidedPrecision.options },
    value: (row) => row.case.decidedPrecision,
  },
  {
    name: 'announced',
    type: 'string',
    description:
      'When it was made public, if that differs from the decision: YYYY-MM-DD, YYYY-MM or YYYY, at its precision.',
    constraints: { pattern: DATE_AT_PRECISION },
    value: (row) => row.case.announced,
  },
  {
    name: 'action_type',
    type: 'string',
    description: 'What the authority or court did.',
    constraints: { ...required, enum: ACTION_TYPES },
    value: (row) => row.case.actionType,
  },
  {
    name: 'status',
    type: 'string',
    description: 'Where the decision stands now.',
    constraints: { ...required, enum: CASE_STATUSES },
    value: (row) => row.case.status,
  },
  {
    name: 'payment_status',
    type: 'string',
    description: 'Whether money ordered has been paid, as far as public sources show.',
    constraints: { ...required, enum: PAYMENT_STATUSES },
    value: (row) => row.case.paymentStatus,
  },
  {
    name: 'amount_kind',
    type: 'string',
    description:
      'What the sum is. Only fine and penalty-payment are fines imposed. Empty, with the other amount columns, for a case without a sum.',
    constraints: { enum: AMOUNT_KINDS },
    value: (row) => row.amount?.kind,
  },
  {
    name: 'amount',
    type: 'number',
    description: 'The sum in its original currency, as decided.',
    constraints: { minimum: 0 },
    value: (row) => row.amount?.value,
  },
  {
    name: 'currency',
    type: 'string',
    description: 'ISO 4217 code of the original currency.',
    constraints: { enum: CURRENCY_CODES },
    value: (row) => row.amount?.currency,
  },
  {
    name: 'per',
    type: 'string',
    description: 'For a periodic penalty: the period the amount accrues over.',
    constraints: { enum: PENALTY_PERIODS },
    value: (row) => row.amount?.per,
  },
  {
    name: 'amount_eur',
    type: 'number',
    description:
      'Euro equivalent, rounded to cents, at the ECB reference rate of the decision date (its first day when only the month or year is known) or the latest published up to seven days earlier.',
    constraints: { minimum: 0 },
    value: (row) => row.amount?.eur,
  },
  {
    name: 'fx_per_eur',
    type: 'number',
    description: 'The reference rate used: units of the original currency per euro. Empty for sums in euros.',
    constraints: { minimum: 0 },
    value: (row) => row.amount?.fx?.perEur,
  },
  {
    name: 'fx_date',
    type: 'date',
    description: 'Day of the reference rate used.',
    value: (row) => row.amount?.fx?.date,
  },
  {
    name: 'frt_specific',
    type: 'boolean',
    description: 'false when the sum covers more than facial recognition (cases.json says what else in its note).',
    value: (row) => row.amount?.frtSpecific,
  },
  {
    name: 'legal_basis',
    type: 'string',
    description:
      'Provisions cited (with any note) and doctrines, e.g. GDPR Art. 9(1); cases.json gives each with its role.',
    value: (row) => row.case.legalBasis.join('; ') || null,
  },
  {
    name: 'identifiers',
    type: 'string',
    description:
      'ECLI, neutral citation, docket or decision number, each as scheme:value, e.g. decision-number:SAN-2022-019.',
    value: (row) => row.case.identifiers.map((i) => `${i.scheme}:${i.value}`).join('; ') || null,
  },
  {
    name: 'primary_source',
    type: 'string',
    format: 'uri',
    description:
      'The deciding body’s own text, or the first source listed when there is none; cases.json has every source.',
    constraints: required,
    value: (row) => (row.case.sources.find((s) => s.kind === 'primary') ?? row.case.sources[0])?.url,
  },
];

/**
 * `/data/cases.csv`: one row per amount; a case with no amount still gets one row with the amount
 * columns empty, so every case appears.
 */
export function casesCsv(exported: CasesExport, siteUrl: string): string {
  const rows = exported.cases.flatMap((c) =>
    (c.amounts.length > 0 ? c.amounts : [null]).map((amount) => ({ case: c, amount, siteUrl })),
  );
  return columnsCsv(CASES_CSV_COLUMNS, rows);
}

/** `/data/regulators.json`: every authority with its number of cases. */
export function regulatorsExport(record: FaceRecord): RegulatorsExport {
  const counts = new Map<string, number>();
  for (const c of record.cases) counts.set(c.regulator.id, (counts.get(c.regulator.id) ?? 0) + 1);
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    regulators: record.regulators.map((r) => ({
      id: r.id,
      name: r.data.name,
      englishName: r.data.englishName ?? null,
      shortName: r.data.shortName,
      kind: r.data.kind,
      jurisdiction: r.data.jurisdiction,
      website: r.data.website,
      url: regulatorPath(r.id),
      caseCount: counts.get(r.id) ?? 0,
    })),
  };
}

/** `/data/laws.json`: every law with the provisions the record cites, their counts and its dated stages. */
export function lawsExport(record: FaceRecord): LawsExport {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    laws: record.laws.map((law) => ({
      id: law.id,
      title: law.data.title,
      shortTitle: law.data.shortTitle,
      instrument: law.data.instrument,
      jurisdiction: law.data.jurisdiction,
      kind: law.data.kind,
      url: lawPath(law.id),
      adopted: law.data.adopted.date,
      adoptedPrecision: law.data.adopted.precision,
      inForce: law.data.inForce?.date ?? null,
      inForcePrecision: law.data.inForce?.precision ?? null,
      identifiers: exportIdentifiers(law.data.identifiers),
      provisions: law.data.provisions.map((p) => {
        const citing = casesCiting(record.cases, law.id, p.id);
        return {
          id: p.id,
          cited: p.cited,
          heading: p.heading ?? null,
          gist: p.gist,
          url: provisionPath(law.id, p.id),
          caseCount: citing.length,
          breachedCount: roleCounts(citing).breached,
        };
      }),
      stages: law.data.stages.map((s) => ({
        stage: s.stage,
        date: s.date.date,
        precision: s.date.precision,
        part: s.part ?? null,
        note: s.note ?? null,
        source: s.source,
      })),
      sources: exportSources(law.data.sources),
      lastVerified: law.data.lastVerified,
    })),
  };
}
