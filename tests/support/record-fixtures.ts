import type { CaseData } from '../../src/schemas/case';
import type { RecordInput } from '../../src/lib/record/types';

/** A valid case's data, with any field replaced. */
export function caseData(overrides: Partial<CaseData> = {}): CaseData {
  return {
    title: 'Regulator fines a company',
    regulator: 'fr-cnil',
    respondents: ['clearview-ai'],
    decided: { date: '2022-10-17', precision: 'day' },
    actionType: 'fine',
    status: 'final',
    paymentStatus: 'unpaid',
    amounts: [{ kind: 'fine', value: 20_000_000, currency: 'EUR', frtSpecific: true }],
    legalBasis: ['GDPR Art. 6'],
    laws: [],
    orders: [],
    related: [],
    summary: 'A summary.',
    sources: [{ url: 'https://www.cnil.fr/', title: 'Decision', publisher: 'CNIL', kind: 'primary' }],
    lastVerified: '2026-11-24',
    added: '2026-11-24',
    corrections: [],
    ...overrides,
  };
}

/** A small, consistent record input: two regulators, one respondent, GBP rates, no cases. */
export function recordInput(cases: { id: string; data: CaseData }[] = []): RecordInput {
  return {
    regulators: [
      {
        id: 'fr-cnil',
        filePath: 'content/regulators/fr-cnil.yaml',
        data: {
          name: 'CNIL',
          shortName: 'CNIL',
          kind: 'data-protection-authority',
          jurisdiction: 'FR',
          website: 'https://www.cnil.fr/',
          profile: 'p',
          aliases: [],
        },
      },
      {
        id: 'gb-ico',
        filePath: 'content/regulators/gb-ico.yaml',
        data: {
          name: "Information Commissioner's Office",
          shortName: 'ICO',
          kind: 'data-protection-authority',
          jurisdiction: 'GB',
          website: 'https://ico.org.uk/',
          profile: 'p',
          aliases: [],
        },
      },
    ],
    respondents: [
      {
        id: 'clearview-ai',
        filePath: 'content/respondents/clearview-ai.yaml',
        data: { name: 'Clearview AI, Inc.', shortName: 'Clearview AI', kind: 'company', country: 'US' },
      },
    ],
    cases: cases.map(({ id, data }) => ({ id, filePath: `content/cases/${id}.mdx`, data })),
    laws: [],
    explainers: [],
    fx: [
      {
        id: 'gbp',
        filePath: 'content/fx/gbp.yaml',
        data: {
          currency: 'GBP',
          rates: [{ date: '2022-05-18', perEur: 0.8467, source: 'https://www.ecb.europa.eu/' }],
        },
      },
    ],
  };
}
