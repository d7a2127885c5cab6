import type { AmountData, CaseData, CitedProvisionData } from '../../schemas/case';
import type { ExplainerData } from '../../schemas/explainer';
import type { FxTable } from '../../schemas/fx';
import type { LawData, ProvisionData } from '../../schemas/law';
import type { RegulatorData } from '../../schemas/regulator';
import type { RespondentData } from '../../schemas/respondent';
import type { EuroValue } from '../money/convert';
import type { RateBook } from '../money/rates';

/** A validated content entry as the loaders hand it over: id, where it came from, its data. */
export interface Entry<T> {
  id: string;
  /** Path of the source file relative to the project root, for error messages. */
  filePath: string;
  data: T;
  /** Explainers: the body, front matter blanked so its lines are the file's (see bodyOfFile). */
  body?: string;
}

/** Everything the content folder holds, before references are resolved. */
export interface RecordInput {
  regulators: readonly Entry<RegulatorData>[];
  respondents: readonly Entry<RespondentData>[];
  cases: readonly Entry<CaseData>[];
  laws: readonly Entry<LawData>[];
  explainers: readonly Entry<ExplainerData>[];
  fx: readonly Entry<FxTable>[];
}

/** An amount with its euro equivalent. */
export interface AmountView extends AmountData {
  euro: EuroValue;
}

/** A provision a case cites, resolved to its law and (unless the whole law is cited) the provision. */
export interface CitedProvision extends Omit<CitedProvisionData, 'law' | 'provision'> {
  law: Entry<LawData>;
  provision?: ProvisionData;
  /** As a reader sees it: "GDPR Art. 5(1)(a)", or the law's short title for the whole law. */
  citation: string;
}

/** A case with its references resolved and its sums converted. */
export interface CaseView extends Entry<CaseData> {
  url: string;
  regulator: Entry<RegulatorData>;
  respondents: Entry<RespondentData>[];
  amounts: AmountView[];
  /** Every law the case cites, in the order first cited. */
  laws: Entry<LawData>[];
  provisions: CitedProvision[];
  related: { relation: CaseData['related'][number]['relation']; case: Entry<CaseData> }[];
}

/** The cases of one regulator, respondent, law or place, newest first: built once with the record. */
export interface CasesOf {
  regulator(id: string): readonly CaseView[];
  respondent(id: string): readonly CaseView[];
  law(id: string): readonly CaseView[];
  /** By the country (or bloc, such as `EU`) of the case's authority: `US` holds `US-IL`'s cases. */
  place(code: string): readonly CaseView[];
}

/** The whole record, resolved, checked and sorted (cases newest first). */
export interface FaceRecord {
  regulators: Entry<RegulatorData>[];
  respondents: Entry<RespondentData>[];
  cases: CaseView[];
  casesOf: CasesOf;
  laws: Entry<LawData>[];
  explainers: Entry<ExplainerData>[];
  /** The reference rates the record was converted with. */
  rates: RateBook;
}
