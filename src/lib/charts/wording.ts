// Words the charts share: the scope of a title, and the summary's sentences on standing fines.
import { sum } from 'd3-array';
import type { ChartFilters, MoneyPoint } from './data';
import { shortMoney } from './shared';

/** "in 2021" or "between 2021 and 2024": the years of some sums, never a range of one year. */
export function period(points: readonly MoneyPoint[]): string {
  const years = points.map((p) => p.day.slice(0, 4)).sort();
  const [first, last] = [years[0], years.at(-1)];
  return first === last ? `in ${first}` : `between ${first} and ${last}`;
}

/**
 * How many standing fines, from how many authorities, when, their total, the largest, and how
 * much is known paid. With no fine: `whenNone`, if the chart should say so.
 */
export function fineSentences(fines: readonly MoneyPoint[], whenNone: boolean): string[] {
  if (fines.length === 0) return whenNone ? ['No standing fine matches these filters.'] : [];
  const total = sum(fines, (p) => p.eur);
  const paid = sum(
    fines.filter((p) => p.paymentStatus === 'paid'),
    (p) => p.eur,
  );
  const regulators = new Set(fines.map((p) => p.regulatorId)).size;
  const largest = [...fines].sort((a, b) => b.eur - a.eur || a.key.localeCompare(b.key))[0];
  const unpaid = fines.filter((p) => p.paymentStatus === 'unpaid').length;
  return [
    `${fines.length} standing ${fines.length === 1 ? 'fine' : 'fines and penalty payments'} from ${regulators} ${regulators === 1 ? 'authority' : 'authorities'} ${period(fines)}, totalling ${shortMoney(total, 'EUR')}.`,
    ...(largest && fines.length > 1
      ? [`The largest is ${largest.regulator}'s ${shortMoney(largest.eur, 'EUR')} (${largest.dateLabel}).`]
      : []),
    `${unpaid} ${unpaid === 1 ? 'is' : 'are'} recorded as unpaid; sums known to be paid in full come to ${shortMoney(paid, 'EUR')}.`,
  ];
}

/** ": Clearview AI" or ": CNIL, FR": the filters a title names, by their display names ('' for none). */
export function scopeSuffix(filters: ChartFilters, names: Record<string, string>): string {
  const scope = [filters.respondent, filters.regulator, filters.jurisdiction]
    .filter(Boolean)
    .map((id) => names[id ?? ''] ?? id);
  return scope.length > 0 ? `: ${scope.join(', ')}` : '';
}
