import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/lib/charts/registry';
import { standingFinesOf } from '../../../src/lib/charts/standing';
import { SAMPLE } from './fixtures';

describe('standingFinesOf', () => {
  it('keeps only the fines that still stand, for the respondent the options name', () => {
    const shown = standingFinesOf({ ...DEFAULTS['fines-by-regulator'] }, SAMPLE);
    expect(shown.money.length).toBeGreaterThan(0);
    expect(shown.money.every((p) => p.standing)).toBe(true);
    expect(shown.money.length).toBe(SAMPLE.money.filter((p) => p.standing).length);
    const nobody = standingFinesOf({ ...DEFAULTS['fines-by-regulator'], respondent: 'no-such-respondent' }, SAMPLE);
    expect(nobody.money).toEqual([]);
  });
});
