import { z } from 'astro/zod';
import { citations, day, entryId, strictObject, text } from './primitives';

/** A long-form explainer: the front matter of `content/explainers/<id>.mdx`. */
export const explainerSchema = strictObject({
  /** Headline. */
  title: text,
  /** One sentence for lists, search and social cards. */
  description: text,
  /** First published. */
  published: day,
  /** Last substantive update: shown on the page and in the index. */
  updated: day,
  /** A short answer to the title's question, opening the page; cited like the body. */
  inShort: text,
  /** Ids of the cases it discusses. */
  relatedCases: z.array(entryId).default([]),
  /** Topics, lower-case. */
  tags: z.array(text).default([]),
  /** Numbered citations, referred to in the body as [1], [2] … */
  sources: citations,
  /** Factual fixes and updates, oldest first: a correction is recorded, never silent. */
  corrections: z.array(strictObject({ date: day, note: text })).default([]),
}).superRefine((entry, ctx) => {
  if (entry.updated < entry.published)
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `expected a day on or after published (${entry.published})`,
    });
  let previous = entry.published;
  entry.corrections.forEach((correction, index) => {
    if (correction.date < previous || correction.date > entry.updated)
      ctx.addIssue({
        code: 'custom',
        path: ['corrections', index, 'date'],
        message: `expected a day from ${previous} to ${entry.updated} (published or the previous correction, then updated): list corrections oldest first`,
      });
    if (correction.date > previous) previous = correction.date;
  });
});

export type ExplainerData = z.infer<typeof explainerSchema>;
