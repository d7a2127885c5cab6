/**
 * Closed vocabularies of the content model. Each list is the single definition of its terms:
 * schemas, filters, labels and the export's JSON Schema all derive from it.
 */

/** What kind of body decided: shapes the regulator pages and search filters. */
export const REGULATOR_KINDS = [
  'data-protection-authority',
  'court',
  'tribunal',
  'attorney-general',
  'consumer-agency',
  'legislature',
  'government',
  'ombudsman',
] as const;

/** Who the action was taken against. */
export const RESPONDENT_KINDS = ['company', 'police-force', 'public-body', 'school', 'individual'] as const;

/** What the regulator or court did. */
export const ACTION_TYPES = [
  'fine',
  'order',
  'finding',
  'reprimand',
  'notice',
  'penalty-payment',
  'settlement',
  'court-ruling',
  'lawsuit',
  'investigation',
] as const;

/** Where the decision stands now. */
export const CASE_STATUSES = [
  'final',
  'under-appeal',
  'overturned',
  'reduced-on-appeal',
  'superseded',
  'pending',
  'withdrawn',
] as const;

/** Whether money ordered has been paid, as far as public sources show. */
export const PAYMENT_STATUSES = ['paid', 'unpaid', 'partially-paid', 'unknown', 'not-applicable'] as const;

/** Statuses that may still move (an appeal or a decision is awaited): shown "as of" their check. */
export const OPEN_STATUSES = ['under-appeal', 'pending'] as const satisfies readonly (typeof CASE_STATUSES)[number][];

/** Payment states that may still move: money may yet be paid, or its fate become known. */
export const OPEN_PAYMENT_STATUSES = [
  'unpaid',
  'partially-paid',
  'unknown',
] as const satisfies readonly (typeof PAYMENT_STATUSES)[number][];

/** What a sum of money is. Only `fine` and `penalty-payment` count as fines imposed. */
export const AMOUNT_KINDS = [
  'fine',
  'proposed-fine',
  'periodic-penalty',
  'penalty-payment',
  'settlement',
  'damages',
] as const;

/** Sums imposed as punishment: what fine totals add up (when they still stand). */
export const IMPOSED_AMOUNT_KINDS = ['fine', 'penalty-payment'] as const satisfies readonly AmountKind[];

/** Money agreed or awarded (settlements, damages): not a fine, charted and totalled apart. */
export const AGREED_AMOUNT_KINDS = ['settlement', 'damages'] as const satisfies readonly AmountKind[];

/** A kind of sum of money. */
export type AmountKind = (typeof AMOUNT_KINDS)[number];

/** Whether a sum is money agreed or awarded rather than imposed. */
export function isAgreedAmount(kind: AmountKind): kind is (typeof AGREED_AMOUNT_KINDS)[number] {
  return (AGREED_AMOUNT_KINDS as readonly AmountKind[]).includes(kind);
}

/** The period a periodic penalty accrues over. */
export const PENALTY_PERIODS = ['day', 'week', 'month'] as const;

/** How one case relates to another. */
export const CASE_RELATIONS = [
  'follows',
  'appeal-of',
  'decided-on-appeal',
  'enforces',
  'supersedes',
  'related',
] as const;

/** Whether a source is the deciding body's own text or a report about it. */
export const SOURCE_KINDS = ['primary', 'press'] as const;

/**
 * What a dated change to a case was: a `correction` fixes something the record got wrong; an
 * `update` adds or revises a fact because the world moved (a later step, a new source); a `status`
 * change records where the case stands now (appeal decided, fine paid).
 */
export const CHANGE_KINDS = ['correction', 'update', 'status'] as const;

/** What kind of legal instrument a law entry is. */
export const LAW_KINDS = [
  'regulation',
  'directive',
  'statute',
  'ordinance',
  'amendment',
  'guidance',
  'case-law',
] as const;

/**
 * What a decision did with a provision it cites: found it breached; found it not breached (a
 * breach alleged or found below and set aside); rejected it as a basis (a lawful basis, exception
 * or defence the respondent invoked and the decision refused); relied on it (for its power, a claim
 * or a jurisdiction); or considered it without deciding on it. Ordered strongest first.
 */
export const PROVISION_ROLES = ['breached', 'not-breached', 'rejected', 'relied-on', 'considered'] as const;

/** The dated steps in a law's life. `applies` may repeat, one per part that applies on its own date. */
export const LAW_STAGES = ['proposed', 'adopted', 'in-force', 'applies', 'amended', 'struck-down', 'repealed'] as const;

/** How a decision is identified in law reports and registers. */
export const CASE_IDENTIFIER_SCHEMES = ['ecli', 'neutral-citation', 'docket', 'decision-number'] as const;

/** How a law is identified in official registers and citations. */
export const LAW_IDENTIFIER_SCHEMES = ['celex', 'eli', 'official-citation'] as const;

/** Reader-facing labels for every vocabulary term, in one place. */
export const LABELS: Record<string, string> = {
  'data-protection-authority': 'Data protection authority',
  court: 'Court',
  tribunal: 'Tribunal',
  'attorney-general': 'Attorney general',
  'consumer-agency': 'Consumer agency',
  legislature: 'Legislature',
  government: 'Government',
  ombudsman: 'Ombudsman',
  company: 'Company',
  'police-force': 'Police force',
  'public-body': 'Public body',
  school: 'School',
  individual: 'Individual',
  fine: 'Fine',
  order: 'Order',
  finding: 'Finding',
  reprimand: 'Reprimand',
  notice: 'Notice',
  'penalty-payment': 'Penalty payment',
  settlement: 'Settlement',
  'court-ruling': 'Court ruling',
  lawsuit: 'Lawsuit',
  investigation: 'Investigation',
  final: 'Final',
  'under-appeal': 'Under appeal',
  overturned: 'Overturned',
  'reduced-on-appeal': 'Reduced on appeal',
  superseded: 'Superseded',
  pending: 'Pending',
  withdrawn: 'Withdrawn',
  paid: 'Paid',
  unpaid: 'Unpaid',
  'partially-paid': 'Partially paid',
  unknown: 'Unknown',
  'not-applicable': 'No payment due',
  'proposed-fine': 'Proposed fine',
  'periodic-penalty': 'Periodic penalty',
  damages: 'Damages',
  follows: 'Follows',
  'appeal-of': 'Appeal of',
  'decided-on-appeal': 'Decided on appeal in',
  enforces: 'Enforces',
  supersedes: 'Supersedes',
  related: 'Related',
  primary: 'Primary source',
  press: 'Press',
  regulation: 'Regulation',
  directive: 'Directive',
  statute: 'Statute',
  ordinance: 'Ordinance',
  amendment: 'Amendment',
  guidance: 'Guidance',
  'case-law': 'Case law',
  correction: 'Correction',
  update: 'Update',
  status: 'Status change',
  breached: 'Found breached',
  'not-breached': 'Found not breached',
  rejected: 'Rejected as a basis',
  'relied-on': 'Relied on',
  considered: 'Considered',
  proposed: 'Proposed',
  adopted: 'Adopted',
  'in-force': 'In force',
  applies: 'Applies',
  amended: 'Amended',
  'struck-down': 'Struck down',
  repealed: 'Repealed',
  ecli: 'ECLI',
  'neutral-citation': 'Neutral citation',
  docket: 'Docket or register number',
  'decision-number': 'Decision number',
  celex: 'CELEX number',
  eli: 'ELI',
  'official-citation': 'Official citation',
};

/** The reader-facing label of a vocabulary term (the term itself if it has none). */
export function label(term: string): string {
  return LABELS[term] ?? term;
}
