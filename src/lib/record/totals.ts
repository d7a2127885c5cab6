import { isAgreedAmount, isImposedAmount, isVoidStatus } from '../../schemas/vocabulary';
import type { AmountView, CaseView } from './types';
import { cents } from '../money/convert';

/** Whether an amount is a facial-recognition fine that still stands. */
export function isStandingFine(c: CaseView, amount: AmountView): boolean {
  return isImposedAmount(amount.kind) && amount.frtSpecific && !isVoidStatus(c.data.status);
}

/** Totals in euros over a set of cases. */
export interface FineTotals {
  /** Fines and penalty payments imposed and still standing (under appeal included). */
  imposedEur: number;
  /** The part of that known, from public sources, to have been paid in full. */
  knownPaidEur: number;
  /** How many cases carry a standing fine. */
  finedCases: number;
}

/**
 * Adds up standing facial-recognition fines. "Known paid" counts only cases whose payment status is
 * `paid`: partial payments are rarely disclosed, so they are not guessed at.
 */
export function fineTotals(cases: readonly CaseView[]): FineTotals {
  let imposedEur = 0;
  let knownPaidEur = 0;
  let finedCases = 0;
  for (const c of cases) {
    const standing = c.amounts.filter((amount) => isStandingFine(c, amount));
    if (standing.length === 0) continue;
    finedCases += 1;
    const sum = standing.reduce((total, amount) => total + amount.euro.eur, 0);
    imposedEur += sum;
    if (c.data.paymentStatus === 'paid') knownPaidEur += sum;
  }
  return {
    imposedEur: cents(imposedEur),
    knownPaidEur: cents(knownPaidEur),
    finedCases,
  };
}

/** Money agreed or awarded (settlements and damages) over a set of cases, apart from fines. */
export interface AgreedTotals {
  /** Every settlement and damages award in euros, at the decision-date rate. */
  agreedEur: number;
  /** The total in the one currency all those sums share, or null when they are in several. */
  single: { value: number; currency: string } | null;
  /** How many cases carry such a sum. */
  cases: number;
  /** How many of those sums also cover more than facial recognition. */
  broader: number;
}

/**
 * Adds up settlements and damages in cases not overturned or withdrawn. They are not fines, so
 * they never enter `fineTotals`; sums that cover more than facial recognition are counted (the
 * money was agreed) and reported in `broader`, so a page can say so.
 */
export function agreedTotals(cases: readonly CaseView[]): AgreedTotals {
  const sums = cases.flatMap((c) =>
    isVoidStatus(c.data.status) ? [] : c.amounts.filter((a) => isAgreedAmount(a.kind)).map((a) => ({ c, a })),
  );
  const currencies = new Set(sums.map(({ a }) => a.currency));
  const [currency] = currencies;
  return {
    agreedEur: cents(sums.reduce((total, { a }) => total + a.euro.eur, 0)),
    single:
      currencies.size === 1 && currency
        ? { value: cents(sums.reduce((total, { a }) => total + a.value, 0)), currency }
        : null,
    cases: new Set(sums.map(({ c }) => c.id)).size,
    broader: sums.filter(({ a }) => !a.frtSpecific).length,
  };
}

/** Groups items by a key, keeping the input order inside each group and sorting groups by key. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
