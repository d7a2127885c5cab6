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
    provisions: [{ law: 'eu-gdpr', provision: 'art-6', role: 'breached' }],
    doctrines: [],
    identifiers: [],
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

/** A law with the provisions the fixture cases cite. */
export const GDPR_FIXTURE = {
  id: 'eu-gdpr',
  filePath: 'content/laws/eu-gdpr.mdx',
  data: {
    title: 'General Data Protection Regulation',
    shortTitle: 'GDPR',
    instrument: 'GDPR',
    jurisdiction: 'EU',
    kind: 'regulation',
    adopted: { date: '2016-04-27', precision: 'day' },
    summary: 'A summary.',
    prohibits: [],
    requires: [],
    provisions: [
      { id: 'art-6', cited: 'GDPR Art. 6', gist: 'Lawful bases.' },
      { id: 'art-9', cited: 'GDPR Art. 9', gist: 'Special categories.' },
    ],
    identifiers: [],
    stages: [],
    sources: [{ url: 'https://eur-lex.europa.eu/', title: 'GDPR', publisher: 'EUR-Lex', kind: 'primary' }],
    lastVerified: '2026-11-24',
  },
} satisfies RecordInput['laws'][number];

/** The fixture GDPR declaring only the provisions the given cases cite, as the integrity check requires. */
function gdprCitedBy(cases: readonly CaseData[]): RecordInput['laws'][number] {
  const cited = new Set(cases.flatMap((c) => c.provisions.map((p) => p.provision)));
  return {
    ...GDPR_FIXTURE,
    data: { ...GDPR_FIXTURE.data, provisions: GDPR_FIXTURE.data.provisions.filter((p) => cited.has(p.id)) },
  };
}

/** A small, consistent record input: two regulators, one respondent, the GDPR, GBP rates, no cases. */
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
    laws: [gdprCitedBy(cases.map((c) => c.data))],
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
