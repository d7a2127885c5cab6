import { z } from 'astro/zod';
import { day, jurisdiction, oneOf, partialDate, sources, strictObject, text } from './primitives';
import { LAW_KINDS } from './vocabulary';

/** A law, article or binding instrument: the front matter of `content/laws/<id>.mdx`. */
export const lawSchema = strictObject({
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
  /** Where the facts come from; the official text first. */
  sources,
  /** The day the facts were last checked. */
  lastVerified: day,
});

export type LawData = z.infer<typeof lawSchema>;
