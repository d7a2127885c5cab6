import { startDay } from '../dates/partial-date';
import { explainerCitationProblems } from '../markdown/citation-guard';
import { rateFor, type RateBook } from '../money/rates';
import type { Entry, RecordInput } from './types';

/** One thing wrong with the content: which file, which field, what was expected. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Thrown when the content cannot make a site; its message lists every problem found. */
export class ContentIntegrityError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `Face Rules content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentIntegrityError';
  }
}

function duplicateIds(collection: string, entries: readonly Entry<unknown>[]): ContentProblem[] {
  const first = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.id);
    if (earlier) {
      problems.push({
        file: entry.filePath,
        field: 'id',
        message: `duplicate ${collection} id "${entry.id}", already used by ${earlier}`,
      });
    } else {
      first.set(entry.id, entry.filePath);
    }
  }
  return problems;
}

/**
 * Checks everything a schema cannot see alone: ids unique, every reference pointing at an entry
 * that exists, and an exchange rate for every sum not in euros. Returns all problems, in file order.
 */
export function findContentProblems(input: RecordInput, rates: RateBook): ContentProblem[] {
  const ids = {
    regulators: new Set(input.regulators.map((e) => e.id)),
    respondents: new Set(input.respondents.map((e) => e.id)),
    cases: new Set(input.cases.map((e) => e.id)),
    laws: new Set(input.laws.map((e) => e.id)),
  };
  const problems: ContentProblem[] = [
    ...duplicateIds('regulator', input.regulators),
    ...duplicateIds('respondent', input.respondents),
    ...duplicateIds('case', input.cases),
    ...duplicateIds('law', input.laws),
    ...duplicateIds('explainer', input.explainers),
  ];
  const missing = (file: string, field: string, id: string, collection: keyof typeof ids) => {
    if (!ids[collection].has(id)) {
      problems.push({
        file,
        field,
        message: `no ${collection.slice(0, -1)} "${id}": expected the id of a file in content/${collection}/`,
      });
    }
  };

  // Short names label filters and tables: two bodies with one would merge in every filter.
  const byShortName = new Map<string, string>();
  for (const { filePath, data } of input.regulators) {
    const earlier = byShortName.get(data.shortName);
    if (earlier)
      problems.push({
        file: filePath,
        field: 'shortName',
        message: `"${data.shortName}" is already the short name of ${earlier}: expected a short name no other authority or court has, e.g. with its place`,
      });
    else byShortName.set(data.shortName, filePath);
  }
  const lawsById = new Map(input.laws.map((law) => [law.id, law]));
  for (const { id, filePath, data } of input.cases) {
    missing(filePath, 'regulator', data.regulator, 'regulators');
    data.respondents.forEach((respondent, i) => {
      missing(filePath, `respondents.${i}`, respondent, 'respondents');
    });
    data.provisions.forEach((cited, i) => {
      const law = lawsById.get(cited.law);
      if (!law) {
        missing(filePath, `provisions.${i}.law`, cited.law, 'laws');
        return;
      }
      if (cited.provision && !law.data.provisions.some((p) => p.id === cited.provision))
        problems.push({
          file: filePath,
          field: `provisions.${i}.provision`,
          message: `law "${cited.law}" declares no provision "${cited.provision}": expected one of ${law.data.provisions.map((p) => p.id).join(', ') || '(none yet)'}, or add it to ${law.filePath}`,
        });
    });
    data.related.forEach((link, i) => {
      if (link.case === id)
        problems.push({ file: filePath, field: `related.${i}.case`, message: 'a case cannot be related to itself' });
      else missing(filePath, `related.${i}.case`, link.case, 'cases');
    });
    data.amounts.forEach((amount, i) => {
      if (amount.currency === 'EUR') return;
      const day = startDay(data.decided);
      if (!rateFor(rates, amount.currency, day)) {
        problems.push({
          file: filePath,
          field: `amounts.${i}.currency`,
          message: `no ${amount.currency} reference rate on or up to 7 days before ${day}: add one to content/fx/${amount.currency.toLowerCase()}.yaml`,
        });
      }
    });
  }
  // A law declares the provisions the record cites, so each provision page lists at least one case.
  const cited = new Set(input.cases.flatMap((c) => c.data.provisions.map((p) => `${p.law}/${p.provision ?? ''}`)));
  for (const law of input.laws)
    law.data.provisions.forEach((provision, i) => {
      if (!cited.has(`${law.id}/${provision.id}`))
        problems.push({
          file: law.filePath,
          field: `provisions.${i}`,
          message: `no case cites "${provision.id}": expected only provisions cases cite (remove it, or cite it from a case)`,
        });
    });
  for (const { filePath, data, body } of input.explainers) {
    data.relatedCases.forEach((caseId, i) => {
      missing(filePath, `relatedCases.${i}`, caseId, 'cases');
    });
    if (body !== undefined)
      for (const problem of explainerCitationProblems({
        body,
        inShort: data.inShort,
        sourceCount: data.sources.length,
      }))
        problems.push({ file: filePath, field: problem.where, message: problem.message });
  }
  return problems;
}
