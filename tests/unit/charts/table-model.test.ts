import { describe, expect, it } from 'vitest';
import { capped, euros } from '../../../src/lib/charts/table-model';

describe('table model', () => {
  it('writes whole euros with thousands separators', () => {
    expect(euros(8_920_278.73)).toBe('8,920,279');
  });

  it('keeps the largest items in their own order and says how many were left to the CSV', () => {
    const { listed, note } = capped([5, 1, 9, 3], 2, (n) => n, 'sums');
    expect(listed).toEqual([5, 9]);
    expect(note).toBe('Listed: the 2 largest of 4 sums. The 2 smaller ones are in the CSV, with every other.');
    expect(capped([5, 1], 2, (n) => n, 'sums')).toEqual({ listed: [5, 1], note: '' });
  });
});
