import { z } from 'astro/zod';
import {
  currency,
  day,
  entryId,
  httpsUrl,
  identifier,
  oneOf,
  partialDate,
  provisionId,
  sources,
  strictObject,
  text,
} from './primitives';
import {
  ACTION_TYPES,
  AMOUNT_KINDS,
  CASE_IDENTIFIER_SCHEMES,
  CASE_RELATIONS,
  CASE_STATUSES,
  CHANGE_KINDS,
  PAYMENT_STATUSES,
  PENALTY_PERIODS,
  PROVISION_ROLES,
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

/**
 * A provision a case cites: a law in the laws collection and, unless the whole law is meant, one
 * of the provisions that law declares. Shown as "GDPR Art. 5(1)(a)".
 */
export const citedProvisionSchema = strictObject({
  /** Id of the law, a file in content/laws/. */
  law: entryId,
  /** Id of the provision within the law (`art-9`); left out when the case cites the law as a whole. */
  provision: provisionId.optional(),
  /** The paragraph or point below the provision, as cited after its number: "(1)(a)", "(1)(a)-(c)", ".3" (APP 3.3). */
  pinpoint: z
    .string()
    .regex(/^(?=.)(?:\.\d+)?(?:\([0-9a-zA-Z]+\))*(?:-\([0-9a-zA-Z]+\))?$/, {
      error: 'expected a pinpoint such as "(1)(a)", "(1)(a)-(c)" or ".3"',
    })
    .optional(),
  /** What the decision did with it. */
  role: oneOf(PROVISION_ROLES),
  /** A few words on how it was used, e.g. "exception claimed and rejected". */
  note: text.optional(),
}).superRefine((cited, ctx) => {
  if (cited.pinpoint && !cited.provision)
    ctx.addIssue({ code: 'custom', path: ['pinpoint'], message: 'a pinpoint needs the provision it points into' });
});

/** A link from one case to another in the same chain of proceedings. */
export const relatedCaseSchema = strictObject({
  /** The other case's id. */
  case: entryId,
  /** How this case relates to it, read as "this case <relation> that case". */
  relation: oneOf(CASE_RELATIONS),
});

/**
 * A dated change to a published case, in the journalistic way: what was changed, from what to
 * what, why, and on which source. Entries are appended, oldest first, and never removed.
 */
export const correctionSchema = strictObject({
  /** The day the change was made to the record. */
  date: day,
  /** A correction of an error, an update because the world moved, or a change of status or payment. */
  kind: oneOf(CHANGE_KINDS),
  /** The front-matter field that changed, e.g. `decided`, `status`, `sources`. */
  field: text,
  /** What the page said before, as a reader saw it. */
  from: text,
  /** What it says now. */
  to: text,
  /** Why, in one or two sentences of our own. */
  reason: text,
  /** The source that supports the new value. */
  source: httpsUrl,
});

/** One ruling or action: the front matter of `content/cases/<id>.mdx`. The body is the narrative. */
const caseObject = strictObject({
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
  /** The provisions the decision cites, each with what it did with it. */
  provisions: z.array(citedProvisionSchema, { error: 'required: expected a list of provisions' }).min(1, {
    error: 'expected at least one provision: every case rests on some law (cite a whole law without provision)',
  }),
  /** Unwritten grounds the decision turned on: doctrines and tests, e.g. "Real and substantial connection test". */
  doctrines: z.array(text).default([]),
  /** How the decision is identified: ECLI, neutral citation, docket or the authority's decision number. */
  identifiers: z.array(identifier(CASE_IDENTIFIER_SCHEMES)).default([]),
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
  /** The day the case entered the record. */
  added: day,
  /** Every change made to the case since it was added, oldest first. */
  corrections: z.array(correctionSchema).default([]),
});

export const caseSchema = caseObject.superRefine((entry, ctx) => {
  // "Unpaid" only means something against a sum; a paid settlement may be undisclosed.
  const money = entry.amounts.some((amount) => amount.kind !== 'proposed-fine');
  if (!money && (entry.paymentStatus === 'unpaid' || entry.paymentStatus === 'partially-paid')) {
    ctx.addIssue({
      code: 'custom',
      path: ['paymentStatus'],
      message: `paymentStatus "${entry.paymentStatus}" needs an amount; use not-applicable when no money was ordered`,
    });
  }
  if (entry.added > entry.lastVerified) {
    ctx.addIssue({
      code: 'custom',
      path: ['added'],
      message: `added ${entry.added} is after lastVerified ${entry.lastVerified}: a case is verified when it is added`,
    });
  }
  checkCorrections(entry, ctx);
});

/** A correction log that reads as history: dated in order, naming real fields and, for statuses, real terms. */
function checkCorrections(entry: z.output<typeof caseObject>, ctx: z.RefinementCtx): void {
  let previous = entry.added;
  entry.corrections.forEach((correction, index) => {
    const at = (field: string) => ['corrections', index, field];
    if (correction.date < previous) {
      ctx.addIssue({
        code: 'custom',
        path: at('date'),
        message: `expected ${correction.date} on or after ${previous} (the day added, then each earlier correction): list corrections oldest first`,
      });
    }
    previous = correction.date > previous ? correction.date : previous;
    if (!CORRECTABLE_FIELDS.includes(correction.field)) {
      ctx.addIssue({
        code: 'custom',
        path: at('field'),
        message: `expected one of ${CORRECTABLE_FIELDS.join(', ')}; got ${JSON.stringify(correction.field)}`,
      });
    }
    const terms: readonly string[] | undefined = Object.hasOwn(STATUS_FIELDS, correction.field)
      ? STATUS_FIELDS[correction.field as keyof typeof STATUS_FIELDS]
      : undefined;
    if (correction.kind === 'status' && !terms) {
      ctx.addIssue({
        code: 'custom',
        path: at('field'),
        message: `a status change names status or paymentStatus; got ${JSON.stringify(correction.field)}`,
      });
    }
    if (terms) {
      for (const side of ['from', 'to'] as const) {
        if (!terms.includes(correction[side])) {
          ctx.addIssue({
            code: 'custom',
            path: at(side),
            message: `expected one of ${terms.join(', ')} for ${correction.field}; got ${JSON.stringify(correction[side])}`,
          });
        }
      }
    }
  });
  // The last change to a status must lead to the value the page shows.
  for (const field of Object.keys(STATUS_FIELDS) as (keyof typeof STATUS_FIELDS)[]) {
    const index = entry.corrections.findLastIndex((correction) => correction.field === field);
    const last = entry.corrections[index];
    if (last && last.to !== entry[field]) {
      ctx.addIssue({
        code: 'custom',
        path: ['corrections', index, 'to'],
        message: `the last change to ${field} leads to "${last.to}", but the case says ${field}: ${entry[field]}`,
      });
    }
  }
}

export type CaseData = z.infer<typeof caseSchema>;
export type CitedProvisionData = z.infer<typeof citedProvisionSchema>;
export type CorrectionData = z.infer<typeof correctionSchema>;

/** Reader-facing names of the case fields a correction can name; typed, so a new field needs one. */
export const CASE_FIELD_LABELS = {
  title: 'Headline',
  regulator: 'Authority',
  respondents: 'Respondents',
  decided: 'Decision date',
  announced: 'Date made public',
  actionType: 'Action',
  status: 'Status',
  paymentStatus: 'Payment',
  amounts: 'Amounts',
  provisions: 'Provisions',
  doctrines: 'Doctrines',
  identifiers: 'Identifiers',
  orders: 'Orders',
  related: 'Related proceedings',
  summary: 'Summary',
  conflicts: 'Where sources disagree',
  sources: 'Sources',
  lastVerified: 'Last verified',
  added: 'Added to the record',
  corrections: 'Corrections',
} as const satisfies Record<keyof CaseData, string>;

export type CaseField = keyof typeof CASE_FIELD_LABELS;

/** Fields a correction may name: a correction to the corrections list, or to the day added, is not one. */
const CORRECTABLE_FIELDS = Object.keys(CASE_FIELD_LABELS).filter(
  (field) => field !== 'corrections' && field !== 'added' && field !== 'lastVerified',
);

/** Fields whose values are a closed list, so a status change names terms the record knows. */
const STATUS_FIELDS = { status: CASE_STATUSES, paymentStatus: PAYMENT_STATUSES } as const;
export type AmountData = z.infer<typeof amountSchema>;
