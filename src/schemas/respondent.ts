import { z } from 'astro/zod';
import { httpsUrl, jurisdiction, oneOf, strictObject, text } from './primitives';
import { RESPONDENT_KINDS } from './vocabulary';

/** A company, police force or public body that actions were taken against: `content/respondents/<id>.yaml`. */
export const respondentSchema = strictObject({
  /** Full legal or official name. */
  name: text,
  /** English name, when the official name is not English. */
  englishName: text.optional(),
  /** The name used in running text, e.g. "Clearview AI". */
  shortName: text.optional(),
  /** What kind of respondent it is. */
  kind: oneOf(RESPONDENT_KINDS),
  /** ISO 3166 code of where it is based. */
  country: jurisdiction,
  /** Its own website. */
  website: httpsUrl.optional(),
  /** One to three sentences, in our words. */
  profile: text.optional(),
});

export type RespondentData = z.infer<typeof respondentSchema>;
