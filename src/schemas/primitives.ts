import { z } from 'astro/zod';
import { partialDateProblem, type PartialDate } from '../lib/dates/partial-date';
import { CURRENCY_CODES } from './currencies';
import { jurisdictionProblem } from './places';
import { SOURCE_KINDS } from './vocabulary';

/** One of a closed list, with an error that lists what is allowed. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) =>
      `expected one of ${values.join(', ')}; got ${issue.input === undefined ? 'nothing' : JSON.stringify(issue.input)}`,
  });
}

/**
 * An object that refuses unknown fields, naming them and the fields it knows: a misspelt field
 * name must fail the build rather than be silently dropped.
 */
export function strictObject<const Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}: expected only ${known}${
            // In a YAML flow mapping `{ note: a, b }` the comma ends the value: "b" becomes a key.
            issue.keys.some((k) => /\s/.test(k)) ? ' (text with a comma inside { … } must be in quotes)' : ''
          }`
        : undefined,
  });
}

/** Text that must say something. */
export const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'required: expected text' : 'expected text') })
  .trim()
  .min(1, { error: 'expected text, got an empty string' });

/** An id of another entry: lower-case kebab-case, the file name without its extension. */
export const entryId = z
  .string({ error: 'expected the id of another entry (its file name)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lower-case kebab-case id such as "fr-cnil"' });

/** An absolute https URL. Plain http is refused: every link we publish must be secure. */
export const httpsUrl = z.string({ error: 'expected an https URL' }).refine(
  (value) => {
    try {
      const url = new URL(value);
      // "techuk.org." is a valid DNS name but a different URL from "techuk.org": a trailing dot
      // is almost always a typo, and it breaks archives and duplicate checks.
      return url.protocol === 'https:' && url.hostname.includes('.') && !url.hostname.endsWith('.');
    } catch {
      return false;
    }
  },
  {
    error: (issue) =>
      `expected an https:// URL with a host name not ending in a dot, got ${JSON.stringify(issue.input)}`,
  },
);

/** The message for a date YAML read as a timestamp: it may already have rolled over. */
const QUOTE_DATES =
  'expected a date in quotes, e.g. "2022-10-17": unquoted, YAML reads it as a timestamp and silently turns an impossible date such as 2022-02-30 into another day';

/**
 * YAML reads an unquoted year as a number, harmlessly: accept it as text. An unquoted full date
 * becomes a Date that may have rolled over (2022-02-30 → 2 March), so it is refused.
 */
function dateText(input: unknown): unknown {
  if (typeof input === 'number' && Number.isInteger(input)) return String(input);
  return input;
}

/** A string schema for dates, with an error that asks for quotes when YAML gave a timestamp. */
function dateString() {
  return z.string({
    error: (issue) =>
      issue.input instanceof Date
        ? QUOTE_DATES
        : issue.input === undefined
          ? 'required: expected a date in quotes'
          : 'expected a date in quotes',
  });
}

/** A day-precise `YYYY-MM-DD` date that exists in the calendar. */
export const day = z.preprocess(
  dateText,
  dateString().superRefine((value, ctx) => {
    const problem = partialDateProblem(value, 'day');
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

/** A `YYYY-MM-DD`, `YYYY-MM` or `YYYY` date (for sources, whose precision is implied). */
export const looseDate = z.preprocess(
  dateText,
  dateString().superRefine((value, ctx) => {
    const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
    const problem = partialDateProblem(value, precision);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

/** A date with its precision, e.g. `{ date: "2022-10", precision: month }`. */
export const partialDate = z
  .object(
    {
      /** The date, written at exactly its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
      date: z.preprocess(dateText, dateString()),
      /** How much of the date is known. */
      precision: oneOf(['day', 'month', 'year']),
    },
    { error: 'expected { date: "YYYY-MM-DD", precision: day | month | year }' },
  )
  .strict()
  .superRefine((value, ctx) => {
    const problem = partialDateProblem(value.date, value.precision);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['date'] });
  })
  .transform((value): PartialDate => value);

/** A jurisdiction: ISO 3166-1 alpha-2 (`FR`) or ISO 3166-2 (`US-IL`). */
export const jurisdiction = z.string({ error: 'expected an ISO 3166 code' }).superRefine((value, ctx) => {
  const problem = jurisdictionProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** An ISO 4217 currency code in circulation. */
export const currency = z.enum(CURRENCY_CODES, {
  error: (issue) =>
    issue.input === undefined
      ? 'required: expected an ISO 4217 currency code such as EUR, GBP or USD'
      : `expected an ISO 4217 currency code such as EUR, GBP or USD, got ${JSON.stringify(issue.input)}`,
});

/** Where a fact comes from. */
export const source = strictObject({
  /** The page or document, https only. */
  url: httpsUrl,
  /** Its title, as published. */
  title: text,
  /** Who published it: the regulator, court or news outlet. */
  publisher: text,
  /** When it was published, at whatever precision is known. */
  date: looseDate.optional(),
  /** `primary` for the deciding body's own text, `press` for reports about it. */
  kind: oneOf(SOURCE_KINDS),
  /** Language of the page (BCP 47), when not English. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
    .optional(),
});

/** At least one source, every one https, in the order given (explainers number them [1], [2] …). */
export const citations = z
  .array(source, { error: 'required: expected a list of sources' })
  .min(1, { error: 'expected at least one source: every fact on Face Rules carries one' });

/** A fact's sources: as {@link citations}, with the deciding body's own text first when there is one. */
export const sources = citations.superRefine((list, ctx) => {
  const firstPrimary = list.findIndex((item) => item.kind === 'primary');
  if (firstPrimary > 0) {
    ctx.addIssue({
      code: 'custom',
      path: [firstPrimary, 'kind'],
      message: 'primary sources come first: move this source above the press reports',
    });
  }
});

export type Source = z.infer<typeof source>;

/** A provision's id within its law, kebab-case from its number: `art-9`, `s-15`, `app-3`, `dpp-1`. */
export const provisionId = z
  .string({ error: 'expected a provision id such as "art-9" or "s-15"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lower-case kebab-case provision id such as "art-9"' });

/**
 * What each identifier scheme must look like, so a pasted title or a typo fails the build:
 * ECLI per the Council conclusions (2011/C 127/01), CELEX as EUR-Lex writes it, ELI as its URI.
 */
const IDENTIFIER_FORMS: Record<string, { pattern: RegExp; example: string }> = {
  ecli: { pattern: /^ECLI:[A-Z]{2}:[A-Z0-9.]{1,7}:\d{4}:[A-Za-z0-9.]{1,25}$/, example: 'ECLI:EU:C:2023:1' },
  'neutral-citation': { pattern: /^\[?\d{4}\]? [A-Z][A-Za-z]*/, example: '[2025] UKUT 319 (AAC)' },
  celex: { pattern: /^[0-9CE]\d{4}[A-Z]{1,2}\d{4}(?:\(\d{2}\))?$/, example: '32016R0679' },
  eli: { pattern: /^https:\/\/\S+\/eli\/\S+$/, example: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
};

/** An identifier in one of `schemes`: `{ scheme: ecli, value: "ECLI:…", url?: … }`. */
export function identifier<const T extends readonly [string, ...string[]]>(schemes: T) {
  return strictObject({
    /** Which register or citation system the value belongs to. */
    scheme: oneOf(schemes),
    /** The identifier exactly as the register or court writes it. */
    value: text,
    /** Where the identifier resolves, when it has a page of its own. */
    url: httpsUrl.optional(),
  }).superRefine((id, ctx) => {
    const form = IDENTIFIER_FORMS[id.scheme];
    if (form && !form.pattern.test(id.value))
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `expected ${id.scheme} written like ${JSON.stringify(form.example)}, got ${JSON.stringify(id.value)}`,
      });
  });
}
