import { EXPORT_SCHEMA_VERSION, type CasesExport, type RegulatorsExport } from '../../schemas/export';
import type { CaseView, FaceRecord } from '../record/types';
import { toCsv } from './csv';

/** The name a respondent goes by in running text. */
function respondentName(respondent: CaseView['respondents'][number]): string {
  return respondent.data.shortName ?? respondent.data.name;
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
      legalBasis: c.data.legalBasis,
      summary: c.data.summary,
      sources: c.data.sources.map((s) => ({
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        date: s.date ?? null,
        kind: s.kind,
      })),
      lastVerified: c.data.lastVerified,
      added: c.data.added,
      corrections: c.data.corrections.map((k) => ({ ...k })),
    })),
  };
}

/** Columns of `/data/cases.csv`. */
export const CASES_CSV_HEADER = [
  'case_id',
  'title',
  'url',
  'regulator_id',
  'regulator',
  'jurisdiction',
  'respondents',
  'decided',
  'decided_precision',
  'announced',
  'action_type',
  'status',
  'payment_status',
  'amount_kind',
  'amount',
  'currency',
  'per',
  'amount_eur',
  'fx_per_eur',
  'fx_date',
  'frt_specific',
  'legal_basis',
  'primary_source',
] as const;

/**
 * `/data/cases.csv`: one row per amount; a case with no amount still gets one row with the amount
 * columns empty, so every case appears. Multi-valued fields are joined with "; ".
 */
export function casesCsv(exported: CasesExport, siteUrl: string): string {
  const rows = exported.cases.flatMap((c) => {
    const base = [
      c.id,
      c.title,
      new URL(c.url, siteUrl).href,
      c.regulator.id,
      c.regulator.name,
      c.regulator.jurisdiction,
      c.respondents.map((r) => r.name).join('; '),
      c.decided,
      c.decidedPrecision,
      c.announced,
      c.actionType,
      c.status,
      c.paymentStatus,
    ];
    const tail = [c.legalBasis.join('; '), (c.sources.find((s) => s.kind === 'primary') ?? c.sources[0])?.url];
    if (c.amounts.length === 0) return [[...base, null, null, null, null, null, null, null, null, ...tail]];
    return c.amounts.map((a) => [
      ...base,
      a.kind,
      a.value,
      a.currency,
      a.per,
      a.eur,
      a.fx?.perEur,
      a.fx?.date,
      a.frtSpecific,
      ...tail,
    ]);
  });
  return toCsv(CASES_CSV_HEADER, rows);
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
      url: `/regulators/${r.id}/`,
      caseCount: counts.get(r.id) ?? 0,
    })),
  };
}
