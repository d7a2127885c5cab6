import { comparePartialDates, startDay, type PartialDate } from '../dates/partial-date';
import { toEur } from '../money/convert';
import { rateBook, rateFor } from '../money/rates';
import { ContentIntegrityError, findContentProblems } from './integrity';
import { citationText, lawsCited } from './provisions';
import type { CasesOf, CaseView, CitedProvision, Entry, FaceRecord, RecordInput } from './types';
import { countryOf } from '../places/country';
import { casePath } from '../routes';

/** Sorts entries by id, so every list we publish has one stable order. */
function byId<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Index of entries by id. */
function index<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Looks an id up in an index that integrity checks have already proven complete. */
function must<T>(map: ReadonlyMap<string, T>, id: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`unresolved reference "${id}" after integrity checks`);
  return value;
}

/** Newest decision first; ties by id so the order never depends on file-system order. */
function compareCasesNewestFirst(a: Entry<{ decided: PartialDate }>, b: Entry<{ decided: PartialDate }>): number {
  return comparePartialDates(b.data.decided, a.data.decided) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The cases (newest first) indexed by regulator, respondent, law and place, in one pass. */
export function indexCases(cases: readonly CaseView[]): CasesOf {
  const maps: Record<keyof CasesOf, Map<string, CaseView[]>> = {
    regulator: new Map(),
    respondent: new Map(),
    law: new Map(),
    place: new Map(),
  };
  const add = (map: Map<string, CaseView[]>, key: string, c: CaseView) => {
    const list = map.get(key);
    if (list) {
      if (list.at(-1) !== c) list.push(c);
    } else map.set(key, [c]);
  };
  for (const c of cases) {
    add(maps.regulator, c.regulator.id, c);
    for (const r of c.respondents) add(maps.respondent, r.id, c);
    for (const l of c.laws) add(maps.law, l.id, c);
    add(maps.place, countryOf(c.regulator.data.jurisdiction), c);
  }
  const lookup = (map: Map<string, CaseView[]>) => (key: string) => map.get(key) ?? [];
  return {
    regulator: lookup(maps.regulator),
    respondent: lookup(maps.respondent),
    law: lookup(maps.law),
    place: lookup(maps.place),
  };
}

/**
 * Resolves every reference, converts every sum to euros and sorts the record.
 * Throws {@link ContentIntegrityError} listing every problem when the content is inconsistent.
 */
export function buildRecord(input: RecordInput): FaceRecord {
  const rates = rateBook(input.fx.map((table) => table.data));
  const problems = findContentProblems(input, rates);
  if (problems.length > 0) throw new ContentIntegrityError(problems);

  const regulators = index(input.regulators);
  const respondents = index(input.respondents);
  const laws = index(input.laws);
  const cases = index(input.cases);
  // Each law's provisions by id, built once rather than once per citation.
  const provisionsOf = new Map(input.laws.map((law) => [law.id, index(law.data.provisions)]));

  const views: CaseView[] = input.cases.map((entry) => {
    const provisions = entry.data.provisions.map(({ law: lawId, provision: provisionId, ...rest }): CitedProvision => {
      const law = must(laws, lawId);
      const provision = provisionId ? must(must(provisionsOf, lawId), provisionId) : undefined;
      return { ...rest, law, ...(provision && { provision }), citation: citationText(law, provision, rest.pinpoint) };
    });
    return {
      ...entry,
      url: casePath(entry.id),
      regulator: must(regulators, entry.data.regulator),
      respondents: entry.data.respondents.map((id) => must(respondents, id)),
      provisions,
      laws: lawsCited(provisions),
      related: entry.data.related.map((link) => ({ relation: link.relation, case: must(cases, link.case) })),
      amounts: entry.data.amounts.map((amount) => ({
        ...amount,
        euro: toEur(amount.value, amount.currency, rateFor(rates, amount.currency, startDay(entry.data.decided))),
      })),
    };
  });

  const sorted = views.sort(compareCasesNewestFirst);
  return {
    regulators: byId(input.regulators),
    respondents: byId(input.respondents),
    cases: sorted,
    casesOf: indexCases(sorted),
    laws: byId(input.laws),
    explainers: byId(input.explainers),
    rates,
  };
}
