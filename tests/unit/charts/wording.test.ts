import { describe, expect, it } from 'vitest';
import { fineSentences, period, scopeSuffix } from '../../../src/lib/charts/wording';
import { money } from './fixtures';

describe('chart wording', () => {
  it('names a period by its years, never as a range of one year', () => {
    expect(period([money({ key: 'a#0', day: '2022-02-10' }), money({ key: 'b#0', day: '2022-10-17' })])).toBe(
      'in 2022',
    );
    expect(period([money({ key: 'a#0', day: '2024-05-16' }), money({ key: 'b#0', day: '2021-11-29' })])).toBe(
      'between 2021 and 2024',
    );
  });

  it('sums standing fines, names the largest and what is known paid', () => {
    const fines = [
      money({ key: 'it#0', eur: 20_000_000, regulator: 'Garante', dateLabel: '10 February 2022' }),
      money({
        key: 'nl#0',
        eur: 30_500_000,
        regulatorId: 'nl-ap',
        regulator: 'AP',
        dateLabel: '16 May 2024',
        day: '2024-05-16',
      }),
      money({ key: 'x#0', eur: 1_000_000, regulatorId: 'x', paymentStatus: 'paid', day: '2023-01-01' }),
    ];
    expect(fineSentences(fines, true)).toEqual([
      '3 standing fines and penalty payments from 3 authorities between 2022 and 2024, totalling €51.5M.',
      "The largest is AP's €30.5M (16 May 2024).",
      '2 are recorded as unpaid; sums known to be paid in full come to €1M.',
    ]);
  });

  it('says there is no standing fine only when asked to', () => {
    expect(fineSentences([], true)).toEqual(['No standing fine matches these filters.']);
    expect(fineSentences([], false)).toEqual([]);
  });

  it('writes the scope of a title from the filters, by display name', () => {
    expect(scopeSuffix({}, {})).toBe('');
    expect(
      scopeSuffix({ respondent: 'clearview-ai', jurisdiction: 'FR' }, { 'clearview-ai': 'Clearview AI', FR: 'France' }),
    ).toBe(': Clearview AI, France');
    expect(scopeSuffix({ regulator: 'unknown-id' }, {})).toBe(': unknown-id');
  });
});
