import { startDay } from '../dates/partial-date';
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
  constructor(readonly problems: readonly ContentProblem[]) {
    super(
      `Face Rules content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n'),
    );
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

/** The article numbers a legal citation names: "GDPR Art. 9" → ["9"], "Arts. 6 and 17" → ["6", "17"]. */
export function articlesNamed(citation: string): string[] {
  const found: string[] = [];
  for (const match of citation.matchAll(
    /\b(?:Arts?\.|Articles?)\s*((?:\d+[a-z]?(?:\(\d+\))*(?:\s*(?:,|and|&)\s*)?)+)/gi,
  ))
    for (const number of (match[1] ?? '').replace(/\([^)]*\)/g, '').matchAll(/\d+[a-z]?/g)) found.push(number[0]);
  return found;
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
    // A case page names each law it applies by the law's short title: a title naming an article
    // would tell readers the decision applied that article.
    data.laws.forEach((lawId, i) => {
      const law = lawsById.get(lawId);
      if (!law) return;
      const uncited = articlesNamed(law.data.shortTitle).filter(
        (article) => !data.legalBasis.some((basis) => articlesNamed(basis).includes(article)),
      );
      if (uncited.length > 0)
        problems.push({
          file: filePath,
          field: `laws.${i}`,
          message: `law "${lawId}" is titled "${law.data.shortTitle}", but legalBasis does not cite ${uncited.map((a) => `Art. ${a}`).join(', ')}: expected a law entry named as the whole law, or the article in legalBasis`,
        });
    });
    data.respondents.forEach((respondent, i) => {
      missing(filePath, `respondents.${i}`, respondent, 'respondents');
    });
    data.laws.forEach((law, i) => {
      missing(filePath, `laws.${i}`, law, 'laws');
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
  for (const { filePath, data } of input.explainers) {
    data.relatedCases.forEach((caseId, i) => {
      missing(filePath, `relatedCases.${i}`, caseId, 'cases');
    });
  }
  return problems;
}
