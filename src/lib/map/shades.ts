// How the enforcement map shades a place: by its number of cases, or by its standing fines.
// Classes, not a continuous scale: a reader compares a few steps, each named in the legend.
import { shortMoney } from '../charts/shared';

/** What the map shades places by; the choice is kept in the URL (`?shade=fines`). */
export type Shade = 'count' | 'fines';

export const SHADES: readonly Shade[] = ['count', 'fines'];

/** The lower bounds of the count steps 1–4 (a place with a case is at least step 1). */
const COUNT_STEPS = [1, 3, 6, 15] as const;
/** The lower bounds, in euros, of the fines steps 1–4 (step 0: cases but no standing fine). */
const FINE_STEPS = [1, 100_000, 1_000_000, 10_000_000] as const;

/** The step (0–4) of a value among lower bounds: the last bound it reaches. */
function step(value: number, bounds: readonly number[]): number {
  return bounds.filter((bound) => value >= bound).length;
}

/** A place's step by its number of cases: 1 to 4. */
export const countStep = (count: number): number => Math.max(1, step(count, COUNT_STEPS));

/** A place's step by its standing fines in euros: 0 (none) to 4. */
export const finesStep = (eur: number): number => step(eur, FINE_STEPS);

/** The legend of a shade: each step and what it means, lowest first. */
export function shadeLegend(shade: Shade): { step: number; label: string }[] {
  if (shade === 'count')
    return COUNT_STEPS.map((low, i) => {
      const high = (COUNT_STEPS[i + 1] ?? 0) - 1;
      const label = high <= 0 ? `${low} or more cases` : low === high ? `${low} case` : `${low}–${high} cases`;
      return { step: i + 1, label };
    });
  return [
    { step: 0, label: 'cases, but no standing fine' },
    ...FINE_STEPS.map((low, i) => {
      const high = FINE_STEPS[i + 1];
      return {
        step: i + 1,
        label: high ? `fines up to ${shortMoney(high, 'EUR')}` : `fines of ${shortMoney(low, 'EUR')} or more`,
      };
    }),
  ];
}

/** What the map says it shows, for its heading and the URL's choice. */
export const SHADE_NAMES: Record<Shade, string> = {
  count: 'Number of cases',
  fines: 'Standing fines (euros)',
};
