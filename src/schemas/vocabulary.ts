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

/** Where a decision stands. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Whether its money has been paid. */
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Statuses that may still move (an appeal or a decision is awaited): shown "as of" their check. */
export const OPEN_STATUSES = ['under-appeal', 'pending'] as const satisfies readonly CaseStatus[];

/** Statuses under which a decision no longer stands: its money counts in no total, and is drawn dashed. */
export const VOID_STATUSES = ['overturned', 'superseded', 'withdrawn'] as const satisfies readonly CaseStatus[];

/** Statuses a chart summary reports as disputed: appealed, overturned, or still undecided. */
export const DISPUTED_STATUSES = ['under-appeal', 'overturned', 'pending'] as const satisfies readonly CaseStatus[];

/**
 * How a status reads at a glance: a warning where money or the outcome is in doubt, a quiet tone
 * where the case has left the record's totals. Statuses without a tone read neutrally.
 */
export const STATUS_TONES = {
  unpaid: 'warn',
  'partially-paid': 'warn',
  overturned: 'warn',
  'under-appeal': 'warn',
  pending: 'warn',
  paid: 'ok',
  final: 'ok',
  superseded: 'muted',
  withdrawn: 'muted',
  unknown: 'muted',
  'not-applicable': 'muted',
} as const satisfies Partial<Record<CaseStatus | PaymentStatus, 'ok' | 'warn' | 'muted'>>;

/** The tone of a case or payment status (none for a neutral one). */
export function statusTone(term: string): 'ok' | 'warn' | 'muted' | undefined {
  return Object.hasOwn(STATUS_TONES, term) ? STATUS_TONES[term as keyof typeof STATUS_TONES] : undefined;
}

/** Whether a decision's money no longer stands. */
export const isVoidStatus = (status: CaseStatus): boolean => (VOID_STATUSES as readonly CaseStatus[]).includes(status);

/** Whether a status may still move. */
export const isOpenStatus = (status: CaseStatus): boolean => (OPEN_STATUSES as readonly CaseStatus[]).includes(status);

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

/** Whether a sum counts as imposed (a fine or a liquidated penalty), whatever became of it. */
export function isImposedAmount(kind: AmountKind): kind is (typeof IMPOSED_AMOUNT_KINDS)[number] {
  return (IMPOSED_AMOUNT_KINDS as readonly AmountKind[]).includes(kind);
}

/**
 * Sums that are not money owed: a fine only proposed, and the rate of a periodic penalty (what
 * accrues per day is not a sum). A case's headline sum adds up the other kinds.
 */
export const NOT_OWED_AMOUNT_KINDS = ['proposed-fine', 'periodic-penalty'] as const satisfies readonly AmountKind[];

/** Whether a sum is money owed (so part of a case's headline sum). */
export const isOwedAmount = (kind: AmountKind): boolean =>
  !(NOT_OWED_AMOUNT_KINDS as readonly AmountKind[]).includes(kind);

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

/** A relation between two cases. */
export type CaseRelation = (typeof CASE_RELATIONS)[number];

/**
 * Relations that make two cases steps of the same proceedings (an appeal, an enforcement, a
 * follow-up), not merely comparable ones ("related").
 */
export const PROCEEDING_RELATIONS = [
  'follows',
  'appeal-of',
  'decided-on-appeal',
  'enforces',
  'supersedes',
] as const satisfies readonly CaseRelation[];

/** Relations by which a later decision replaces an earlier one's sum (a provisional fine, then the final one). */
export const REPLACING_RELATIONS = ['follows', 'supersedes'] as const satisfies readonly CaseRelation[];

/** Whether a relation joins steps of the same proceedings. */
export const isProceedingRelation = (relation: CaseRelation): boolean =>
  (PROCEEDING_RELATIONS as readonly CaseRelation[]).includes(relation);

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

/** Every term of every closed vocabulary above. */
export type VocabularyTerm =
  | (typeof REGULATOR_KINDS)[number]
  | (typeof RESPONDENT_KINDS)[number]
  | (typeof ACTION_TYPES)[number]
  | CaseStatus
  | PaymentStatus
  | AmountKind
  | CaseRelation
  | (typeof SOURCE_KINDS)[number]
  | (typeof CHANGE_KINDS)[number]
  | (typeof LAW_KINDS)[number]
  | (typeof PROVISION_ROLES)[number]
  | (typeof LAW_STAGES)[number]
  | (typeof CASE_IDENTIFIER_SCHEMES)[number]
  | (typeof LAW_IDENTIFIER_SCHEMES)[number];

/**
 * Reader-facing labels for every vocabulary term, in one place. Typed: a term added to a list
 * above without its label, or a label for no term, fails type-checking.
 */
export const LABELS = {
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
} as const satisfies Record<VocabularyTerm, string>;

/** The reader-facing label of a vocabulary term (the term itself if it has none). */
export function label(term: string): string {
  return Object.hasOwn(LABELS, term) ? LABELS[term as VocabularyTerm] : term;
}
