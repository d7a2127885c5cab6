// Which cases may still move, and since when the record has known where they stand: the list a
// maintainer re-checks (`npm run stale`) and the "as of" a reader sees beside an open status.
import type { CaseData } from '../../schemas/case';
import { latestDay } from '../dates/partial-date';
import { isOpenStatus, OPEN_PAYMENT_STATUSES } from '../../schemas/vocabulary';

type Standing = Pick<CaseData, 'status' | 'paymentStatus' | 'lastVerified' | 'corrections'>;

/** True when the status is open (under appeal, pending). */
export function statusIsOpen(data: Pick<CaseData, 'status'>): boolean {
  return isOpenStatus(data.status);
}

/** True when the payment may still change (unpaid, partially paid, unknown). */
export function paymentIsOpen(data: Pick<CaseData, 'paymentStatus'>): boolean {
  return (OPEN_PAYMENT_STATUSES as readonly string[]).includes(data.paymentStatus);
}

/** True when the status or the payment may still change. */
export function mayStillMove(data: Pick<CaseData, 'status' | 'paymentStatus'>): boolean {
  return statusIsOpen(data) || paymentIsOpen(data);
}

/**
 * The day the record last knew where a case stands: its last verification, or a later recorded
 * change of status or payment.
 */
export function standingAsOf(data: Standing): string {
  const statusChanges = data.corrections.filter((c) => c.field === 'status' || c.field === 'paymentStatus');
  return latestDay(data.lastVerified, ...statusChanges.map((c) => c.date));
}

/** The cases to re-check: those that may still move, the longest unverified first, then by id. */
export function staleCases<C extends { id: string; data: Standing }>(cases: readonly C[]): C[] {
  return cases
    .filter((c) => mayStillMove(c.data))
    .sort((a, b) => a.data.lastVerified.localeCompare(b.data.lastVerified) || a.id.localeCompare(b.id));
}
