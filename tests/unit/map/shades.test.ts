import { describe, expect, it } from 'vitest';
import { countStep, finesStep, shadeLegend } from '../../../src/lib/map/shades';

describe('map shades', () => {
  it('step a place by its number of cases, at least 1 for a place with a case', () => {
    expect([1, 2, 3, 5, 6, 14, 15, 41].map(countStep)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('step a place by its standing fines, 0 for none', () => {
    expect([0, 1, 99_999, 100_000, 999_999, 1_000_000, 10_000_000, 30_500_000].map(finesStep)).toEqual([
      0, 1, 1, 2, 2, 3, 4, 4,
    ]);
  });

  it('name every step in the legend, lowest first', () => {
    expect(shadeLegend('count')).toEqual([
      { step: 1, label: '1–2 cases' },
      { step: 2, label: '3–5 cases' },
      { step: 3, label: '6–14 cases' },
      { step: 4, label: '15 or more cases' },
    ]);
    expect(shadeLegend('fines').map((s) => s.label)).toEqual([
      'cases, but no standing fine',
      'fines up to €100k',
      'fines up to €1M',
      'fines up to €10M',
      'fines of €10M or more',
    ]);
  });
});
