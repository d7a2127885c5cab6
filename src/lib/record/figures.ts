import { formatApprox } from '../money/format';
import { agreedTotals, fineTotals } from './totals';
import type { CaseView } from './types';

/** One headline number, formatted for a page. */
export interface Figure {
  label: string;
  value: string;
  note?: string;
}

/**
 * The money figures of a set of cases: fines standing and known paid, and, apart from them, the
 * settlements and damages agreed or awarded (in their own currency when they share one), so a
 * case resolved by a billion-dollar settlement never reads as "no money".
 */
export function moneyFigures(cases: readonly CaseView[]): Figure[] {
  const fines = fineTotals(cases);
  const agreed = agreedTotals(cases);
  const figures: Figure[] = [];
  if (fines.finedCases > 0 || agreed.cases === 0) {
    figures.push(
      {
        label: 'Fines standing',
        value: fines.finedCases > 0 ? formatApprox(fines.imposedEur, 'EUR') : 'None',
        note: 'facial-recognition fines and penalty payments not overturned',
      },
      {
        label: 'Known to be paid',
        value: fines.finedCases > 0 ? formatApprox(fines.knownPaidEur, 'EUR') : '—',
        note: 'only fines that public sources say were paid in full',
      },
    );
  }
  if (agreed.cases > 0) {
    const broader =
      agreed.broader > 0
        ? `; ${agreed.broader === 1 ? 'one sum also covers' : `${agreed.broader} sums also cover`} more than facial recognition`
        : '';
    figures.push({
      label: 'Settlements and damages',
      value: agreed.single
        ? formatApprox(agreed.single.value, agreed.single.currency)
        : formatApprox(agreed.agreedEur, 'EUR'),
      note: `money agreed or awarded in ${agreed.cases} ${agreed.cases === 1 ? 'case' : 'cases'}, not a fine${broader}`,
    });
  }
  return figures;
}
