import { describe, expect, it } from 'vitest';
import { compareSortKeys } from '../../../src/lib/text/sort-keys';

const sort = (keys: string[], numeric: boolean, ascending: boolean) =>
  [...keys].sort((a, b) => compareSortKeys(a, b, { numeric, ascending }));

describe('compareSortKeys', () => {
  it('sorts amounts as numbers, and rows without an amount last in both directions', () => {
    const keys = ['', '20000000', '', '250000', '1375000000'];
    expect(sort(keys, true, true)).toEqual(['250000', '20000000', '1375000000', '', '']);
    expect(sort(keys, true, false)).toEqual(['1375000000', '20000000', '250000', '', '']);
  });

  it('sorts text by its letters', () => {
    expect(sort(['ICO', 'AEPD', 'CNIL'], false, true)).toEqual(['AEPD', 'CNIL', 'ICO']);
    expect(sort(['ICO', 'AEPD', 'CNIL'], false, false)).toEqual(['ICO', 'CNIL', 'AEPD']);
  });
});
