import { z } from 'astro/zod';
import { currency, day, entryId, oneOf, partialDate, sources, strictObject, text } from './primitives';
import {
  ACTION_TYPES,
  AMOUNT_KINDS,
  CASE_RELATIONS,
  CASE_STATUSES,
  PAYMENT_STATUSES,
  PENALTY_PERIODS,
} from './vocabulary';

/** A sum of money in its original currency. EUR equivalents are computed, never stored. */
export const amountSchema = strictObject({
  /** What the sum is: a fine, a proposed fine, a periodic penalty, a settlement … */
  kind: oneOf(AMOUNT_KINDS),
  /** The sum in the original currency, as decided. */
  value: z
    .number({ error: 'expected a number (no currency signs or thousands separators)' })
    .positive({ error: 'expected an amount greater than zero' }),
  /** ISO 4217 code of the currency the decision used. */
  currency,
  /** For periodic penalties: the period each `value` accrues over. */
  per: oneOf(PENALTY_PERIODS).optional(),
  /** False when the sum covers more than facial recognition: kept out of fine charts. */
  frtSpecific: z.boolean().default(true),
  /** A short note on the sum, in our words. */
  note: text.optional(),
}).superRefine((amount, ctx) => {
  if (amount.kind === 'periodic-penalty' && !amount.per) {
    ctx.addIssue({ code: 'custom', path: ['per'], message: 'a periodic-penalty needs per: day, week or month' });
  }
  if (amount.kind !== 'periodic-penalty' && amount.per) {
    ctx.addIssue({ code: 'custom', path: ['per'], message: `per is only for periodic-penalty, not ${amount.kind}` });
  }
  if (!amount.frtSpecific && !amount.note) {
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: 'frtSpecific: false needs a note saying what else the sum covers',
    });
  }
});

/** A link from one case to another in the same chain of proceedings. */
export const relatedCaseSchema = strictObject({
  /** The other case's id. */
  case: entryId,
  /** How this case relates to it, read as "this case <relation> that case". */
  relation: oneOf(CASE_RELATIONS),
});

/** One ruling or action: the front matter of `content/cases/<id>.mdx`. The body is the narrative. */
export const caseSchema = strictObject({
  /** A plain headline in our words. */
  title: text,
  /** Id of the regulator or court that decided. */
  regulator: entryId,
  /** Ids of those the action was against. */
  respondents: z.array(entryId).min(1, { error: 'expected at least one respondent id' }),
  /** When it was decided or signed. */
  decided: partialDate,
  /** When it was made public, if that differs. */
  announced: partialDate.optional(),
  /** What was done. */
  actionType: oneOf(ACTION_TYPES),
  /** Where it stands now. */
  status: oneOf(CASE_STATUSES),
  /** Whether money ordered is known to have been paid. */
  paymentStatus: oneOf(PAYMENT_STATUSES),
  /** Sums of money, in their original currency. */
  amounts: z.array(amountSchema).default([]),
  /** Provisions relied on, e.g. "GDPR Art. 9(1)". */
  legalBasis: z.array(text).default([]),
  /** Ids of entries in the laws collection this case applied. */
  laws: z.array(entryId).default([]),
  /** Non-monetary orders, in our words. */
  orders: z.array(text).default([]),
  /** Other cases in the chain (appeal, enforcement, follow-up). */
  related: z.array(relatedCaseSchema).default([]),
  /** One or two sentences: what was decided and why. */
  summary: text,
  /** Where sources disagree, stated plainly; shown on the page. */
  conflicts: text.optional(),
  /** Where each fact comes from; primary sources first. */
  sources,
  /** The day the facts were last checked against the sources. */
  lastVerified: day,
}).superRefine((entry, ctx) => {
  // "Unpaid" only means something against a sum; a paid settlement may be undisclosed.
  const money = entry.amounts.some((amount) => amount.kind !== 'proposed-fine');
  if (!money && (entry.paymentStatus === 'unpaid' || entry.paymentStatus === 'partially-paid')) {
    ctx.addIssue({
      code: 'custom',
      path: ['paymentStatus'],
      message: `paymentStatus "${entry.paymentStatus}" needs an amount; use not-applicable when no money was ordered`,
    });
  }
});

export type CaseData = z.infer<typeof caseSchema>;
export type AmountData = z.infer<typeof amountSchema>;
