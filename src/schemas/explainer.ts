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
  /** Last substantive update. */
  updated: day.optional(),
  /** Ids of the cases it discusses. */
  relatedCases: z.array(entryId).default([]),
  /** Topics, lower-case. */
  tags: z.array(text).default([]),
  /** Numbered citations, referred to in the body as [1], [2] … */
  sources: citations,
});

export type ExplainerData = z.infer<typeof explainerSchema>;
