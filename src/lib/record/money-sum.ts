import { isOwedAmount } from '../../schemas/vocabulary';
import { cents } from '../money/convert';
import type { CaseView } from './types';

/**
 * The headline sum of a case in euros, for sorting and tables: every amount except proposed fines
 * and daily penalty rates (which are not sums owed). Zero for a case without money.
 */
export function headlineEur(c: CaseView): number {
  return cents(c.amounts.filter((a) => isOwedAmount(a.kind)).reduce((sum, a) => sum + a.euro.eur, 0));
}
