import { z } from 'astro/zod';
import { comparePartialDates } from '../lib/dates/partial-date';
import {
  day,
  httpsUrl,
  identifier,
  jurisdiction,
  oneOf,
  partialDate,
  provisionId,
  sources,
  strictObject,
  text,
} from './primitives';
import { LAW_IDENTIFIER_SCHEMES, LAW_KINDS, LAW_STAGES } from './vocabulary';

/** One provision of a law that a case in the record cites. */
export const provisionSchema = strictObject({
  /** Stable id within the law, the last part of its URL: `art-9`, `s-15`, `app-3`. */
  id: provisionId,
  /** As lawyers cite it, with the instrument's short name: "GDPR Art. 9", "BIPA s. 15", "DPA 2018 s. 64". */
  cited: text,
  /** Its heading in the official text, when it has one. */
  heading: text.optional(),
  /** What it says, in one or two sentences of our own. */
  gist: text,
});

/** One dated step in a law's life, with the source that dates it. */
export const lawStageSchema = strictObject({
  stage: oneOf(LAW_STAGES),
  date: partialDate,
  /** Which part the step concerns, when not the whole law (e.g. "Article 5 prohibitions"). */
  part: text.optional(),
  /** A short note in our words, e.g. what an amendment changed. */
  note: text.optional(),
  source: httpsUrl,
});

/** A law, article or binding instrument: the front matter of `content/laws/<id>.mdx`. */
const lawObject = strictObject({
  /** Full title. */
  title: text,
  /** Short form used in lists, e.g. "AI Act Art. 5". */
  shortTitle: text,
  /** The instrument readers filter by, e.g. "GDPR", "BIPA". */
  instrument: text,
  /** Where it applies. */
  jurisdiction,
  /** What kind of instrument it is. */
  kind: oneOf(LAW_KINDS),
  /** When it was adopted or enacted. */
  adopted: partialDate,
  /** When the relevant part took effect, if later. */
  inForce: partialDate.optional(),
  /** One or two sentences. */
  summary: text,
  /** What it forbids, in our words. */
  prohibits: z.array(text).default([]),
  /** What it requires, in our words. */
  requires: z.array(text).default([]),
  /** Its penalties, in our words. */
  penalties: text.optional(),
  /** Where sources disagree, stated plainly; shown on the page. */
  conflicts: text.optional(),
  /** The provisions cases in the record cite, in the law's own order. */
  provisions: z.array(provisionSchema).default([]),
  /** Register numbers and official citations: CELEX, ELI, public law numbers. */
  identifiers: z.array(identifier(LAW_IDENTIFIER_SCHEMES)).default([]),
  /** Its dated life, oldest first: proposed, adopted, in force, applies, amended, repealed. */
  stages: z.array(lawStageSchema).default([]),
  /** Where the facts come from; the official text first. */
  sources,
  /** The day the facts were last checked. */
  lastVerified: day,
});

export const lawSchema = lawObject.superRefine((law, ctx) => {
  const seen = new Set<string>();
  law.provisions.forEach((provision, i) => {
    if (seen.has(provision.id))
      ctx.addIssue({
        code: 'custom',
        path: ['provisions', i, 'id'],
        message: `duplicate provision id "${provision.id}"`,
      });
    seen.add(provision.id);
  });
  law.stages.forEach((stage, i) => {
    const before = law.stages[i - 1];
    if (before && comparePartialDates(before.date, stage.date) > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['stages', i, 'date'],
        message: `stages go oldest first: ${stage.date.date} comes before the previous stage's ${before.date.date}`,
      });
  });
  // The adopted and in-force dates are stated once in the header fields; a stage may not contradict them.
  for (const [stage, field] of [
    ['adopted', 'adopted'],
    ['in-force', 'inForce'],
  ] as const) {
    const header = law[field];
    law.stages.forEach((entry, i) => {
      if (entry.stage === stage && !entry.part && header && comparePartialDates(entry.date, header) !== 0)
        ctx.addIssue({
          code: 'custom',
          path: ['stages', i, 'date'],
          message: `the ${stage} stage says ${entry.date.date} but ${field} says ${header.date}: expected the same date`,
        });
    });
  }
});

export type LawData = z.infer<typeof lawSchema>;
export type ProvisionData = z.infer<typeof provisionSchema>;
export type LawStageData = z.infer<typeof lawStageSchema>;
