// The record in figures (/numbers/): counts by year, region, action and respondent kind; the
// fines imposed, their median, the part known paid; the largest sums; how long decisions took.
// Every figure carries the list or search behind it, so a reader can check it.
import { median } from 'd3-array';
import { daysBetween, formatPartialDate, latestDay, yearOf } from '../dates/partial-date';
import { formatApprox } from '../money/format';
import { countryOf } from '../places/country';
import { regionOf } from '../places/names';
import { casesSearchPath } from '../search/query-state';
import { casePath } from '../routes';
import { label, RESPONDENT_KINDS } from '../../schemas/vocabulary';
import { proceedingsOf } from './chain';
import { fineTotals, isStandingFine } from './totals';
import type { CaseView, FaceRecord } from './types';

/** One headline figure, embeddable on its own as a tile (`/embed/stat/<id>/`). */
export interface Stat {
  id: string;
  label: string;
  value: string;
  /** What the figure counts, in a few words. */
  note: string;
  /** The list or search behind it. */
  href: string;
}

/** One row of a breakdown: what it counts, how many, and the list behind it. */
export interface CountRow {
  label: string;
  count: number;
  href: string;
}

/** One of the largest standing fines. */
export interface LargeSum {
  caseId: string;
  title: string;
  authority: string;
  decided: string;
  eur: number;
  text: string;
  href: string;
}

export interface RecordNumbers {
  /** The last day any case was checked: what every figure is "as of". */
  asOf: string;
  stats: Stat[];
  byYear: CountRow[];
  byRegion: CountRow[];
  byAction: CountRow[];
  byRespondentKind: CountRow[];
  largest: LargeSum[];
  /** Days from the first step of a fine's proceedings to the fine, where both are known to the day. */
  timeToFine: { cases: number; medianDays: number | null; shortestDays: number | null; longestDays: number | null };
}

/** Counts of `items` by key, largest first (ties by label), each with its link. */
function countBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string[],
  row: (key: string, count: number) => CountRow,
  order: 'count' | 'key' = 'count',
): CountRow[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of new Set(keyOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const rows = [...counts].map(([key, count]) => ({ key, row: row(key, count) }));
  rows.sort((a, b) =>
    order === 'key' ? a.key.localeCompare(b.key) : b.row.count - a.row.count || a.row.label.localeCompare(b.row.label),
  );
  return rows.map(({ row }) => row);
}

/**
 * The standing fines of the record as sums, each with its case: a periodic penalty's rate (so
 * much per day) is not a sum, so the median and the largest leave it out.
 */
function standingFines(cases: readonly CaseView[]) {
  return cases.flatMap((c) => c.amounts.filter((a) => isStandingFine(c, a) && !a.per).map((amount) => ({ c, amount })));
}

/** Days from the first step of each standing fine's proceedings to the fine, where both dates are days. */
function daysToFine(record: FaceRecord): number[] {
  return record.cases.flatMap((c) => {
    if (!c.amounts.some((a) => isStandingFine(c, a)) || c.data.decided.precision !== 'day') return [];
    const [first] = proceedingsOf(record.cases, c);
    if (!first || first.id === c.id || first.data.decided.precision !== 'day') return [];
    return [daysBetween(first.data.decided.date, c.data.decided.date)];
  });
}

export function recordNumbers(record: FaceRecord): RecordNumbers {
  const { cases } = record;
  const fines = standingFines(cases);
  const totals = fineTotals(cases);
  const eurs = fines.map((f) => f.amount.euro.eur);
  const places = new Set(cases.map((c) => countryOf(c.regulator.data.jurisdiction)));
  const days = daysToFine(record);
  const clearview = fineTotals(record.casesOf.respondent('clearview-ai'));
  const money = (eur: number) => formatApprox(eur, 'EUR');
  const stats: Stat[] = [
    {
      id: 'cases',
      label: 'Cases',
      value: String(cases.length),
      note: 'decisions, orders and rulings',
      href: '/cases/',
    },
    {
      id: 'places',
      label: 'Countries and blocs',
      value: String(places.size),
      note: 'where an authority or court has acted',
      href: '/places/',
    },
    {
      id: 'fines-standing',
      label: 'Fines standing',
      value: money(totals.imposedEur),
      note: 'facial-recognition fines and penalty payments not overturned, in euros',
      href: '/timeline/?sums=fines',
    },
    {
      id: 'fines-paid',
      label: 'Known to be paid',
      value: money(totals.knownPaidEur),
      note: `${totals.imposedEur > 0 ? Math.round((totals.knownPaidEur / totals.imposedEur) * 100) : 0}% of the fines standing, by what public sources say was paid in full`,
      href: '/explainers/does-clearview-pay-its-fines/',
    },
    {
      id: 'median-fine',
      label: 'Median fine',
      value: money(median(eurs) ?? 0),
      note: `half of the ${fines.length} standing fines are larger, half smaller`,
      href: '/timeline/?sums=fines',
    },
    {
      id: 'clearview-fines',
      label: 'Fines standing against Clearview AI',
      value: money(clearview.imposedEur),
      note: `${money(clearview.knownPaidEur)} of it known to be paid`,
      href: '/respondents/clearview-ai/',
    },
  ];
  const respondentKinds = new Map(record.respondents.map((r) => [r.id, r.data.kind]));
  return {
    asOf: latestDay('2020-01-01', ...cases.map((c) => c.data.lastVerified)),
    stats,
    byYear: countBy(
      cases,
      (c) => [String(yearOf(c.data.decided))],
      (year, count) => ({ label: year, count, href: casesSearchPath('year', year) }),
      'key',
    ),
    byRegion: countBy(
      cases,
      (c) => [regionOf(c.regulator.data.jurisdiction)],
      (region, count) => ({ label: region, count, href: '/places/' }),
    ),
    byAction: countBy(
      cases,
      (c) => [label(c.data.actionType)],
      (action, count) => ({ label: action, count, href: casesSearchPath('action', action) }),
    ),
    byRespondentKind: countBy(
      cases,
      (c) => c.respondents.map((r) => respondentKinds.get(r.id) ?? 'company'),
      (kind, count) => ({
        label: label(kind as (typeof RESPONDENT_KINDS)[number]),
        count,
        href: '/respondents/',
      }),
    ),
    largest: [...fines]
      .sort((a, b) => b.amount.euro.eur - a.amount.euro.eur || a.c.id.localeCompare(b.c.id))
      .slice(0, 10)
      .map(({ c, amount }) => ({
        caseId: c.id,
        title: c.data.title,
        authority: c.regulator.data.shortName,
        decided: formatPartialDate(c.data.decided),
        eur: amount.euro.eur,
        text: money(amount.euro.eur),
        href: casePath(c.id),
      })),
    timeToFine: {
      cases: days.length,
      medianDays: median(days) ?? null,
      shortestDays: days.length > 0 ? Math.min(...days) : null,
      longestDays: days.length > 0 ? Math.max(...days) : null,
    },
  };
}
