/** How much of a date is known. A month-precise date is never shown with a day. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A date known to a given precision: `date` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` to match. */
export interface PartialDate {
  date: string;
  precision: DatePrecision;
}

const PATTERNS: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

const EXAMPLES: Record<DatePrecision, string> = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks that `date` is a real calendar date written at exactly `precision`.
 * Returns a sentence saying what was expected, or `null` when the date is valid.
 */
export function partialDateProblem(date: string, precision: DatePrecision): string | null {
  const match = PATTERNS[precision].exec(date);
  if (!match) {
    const written = (Object.keys(PATTERNS) as DatePrecision[]).find((p) => PATTERNS[p].test(date));
    if (written && written !== precision) {
      return `"${date}" is written at ${written} precision but precision is "${precision}": write ${EXAMPLES[precision]}`;
    }
    return `expected a ${precision}-precise date written ${EXAMPLES[precision]}, got "${date}"`;
  }
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  // The oldest instrument the record cites is the US Constitution (1787): earlier years are typos.
  if (year < 1780 || year > 2100) return `year ${year} is out of range (1780–2100)`;
  if (month < 1 || month > 12) return `"${date}" is not a real date: month ${month} does not exist`;
  if (day < 1 || day > daysInMonth(year, month)) {
    return `"${date}" is not a real date: ${MONTHS[month - 1]} ${year} has no day ${day}`;
  }
  return null;
}

/** The year of a partial date. */
export function yearOf(value: PartialDate): number {
  return Number(value.date.slice(0, 4));
}

/**
 * The first day a partial date can mean, as `YYYY-MM-DD` (used to sort and to pick exchange rates).
 * A month-precise date starts on the 1st; a year-precise date on 1 January.
 */
export function startDay(value: PartialDate): string {
  if (value.precision === 'day') return value.date;
  if (value.precision === 'month') return `${value.date}-01`;
  return `${value.date}-01-01`;
}

/** Orders partial dates by their first day, then the more precise first. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byDay = startDay(a).localeCompare(startDay(b));
  if (byDay !== 0) return byDay;
  const rank: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };
  return rank[a.precision] - rank[b.precision];
}

/** Formats a partial date for readers: "17 October 2022", "October 2022" or "2022". */
export function formatPartialDate(value: PartialDate): string {
  const [year, month, day] = value.date.split('-');
  const monthName = month === undefined ? '' : MONTHS[Number(month) - 1];
  if (value.precision === 'year') return String(year);
  if (value.precision === 'month') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A `YYYY-MM-DD` date for reader display, e.g. in "last verified" lines. */
export function formatDay(day: string): string {
  return formatPartialDate({ date: day, precision: 'day' });
}

/** The latest of some `YYYY-MM-DD` days (they sort as text). */
export function latestDay(first: string, ...rest: readonly string[]): string {
  return rest.reduce((latest, day) => (day > latest ? day : latest), first);
}

/** Whole days from `earlier` to `later`, both `YYYY-MM-DD`. */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000);
}

/** "Published 24 November 2026", with "· updated 1 December 2026" once it has been: one wording everywhere. */
export function publicationLine(published: string, updated?: string): string {
  const line = `Published ${formatDay(published)}`;
  return updated && updated !== published ? `${line} · updated ${formatDay(updated)}` : line;
}
