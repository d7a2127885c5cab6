import { z } from 'astro/zod';
import { httpsUrl, jurisdiction, oneOf, strictObject, text } from './primitives';
import { REGULATOR_KINDS } from './vocabulary';

/** An authority or court that decides cases: `content/regulators/<id>.yaml`. */
export const regulatorSchema = strictObject({
  /** Official name, in its own language. */
  name: text,
  /** English name, when the official name is not English. */
  englishName: text.optional(),
  /** The short name readers know it by, e.g. "CNIL". */
  shortName: text,
  /** What kind of body it is. */
  kind: oneOf(REGULATOR_KINDS),
  /** ISO 3166-1 alpha-2 (or 3166-2 for regional bodies) of the territory it covers. */
  jurisdiction,
  /** Its own website. */
  website: httpsUrl,
  /** Two to four sentences, in our words: what it is and its powers. */
  profile: text,
  /** Other names people search for: local-language forms, former names, abbreviations. */
  aliases: z.array(text).default([]),
});

export type RegulatorData = z.infer<typeof regulatorSchema>;
