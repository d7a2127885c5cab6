import { describe, expect, it } from 'vitest';
import { pageNumbers, paginate } from '../../src/lib/pagination';

describe('paginate', () => {
  it('cuts a list into pages of the given size, the last one shorter', () => {
    const pages = paginate(
      Array.from({ length: 250 }, (_, i) => i),
      100,
    );
    expect(pages.map((p) => [p.number, p.count, p.items.length, p.first, p.last, p.total])).toEqual([
      [1, 3, 100, 1, 100, 250],
      [2, 3, 100, 101, 200, 250],
      [3, 3, 50, 201, 250, 250],
    ]);
    expect(pages[2]?.items[0]).toBe(200);
  });

  it('gives one page for a short or empty list, and refuses a nonsense page size', () => {
    expect(paginate([1, 2], 100)).toHaveLength(1);
    expect(paginate([], 100)[0]).toMatchObject({ number: 1, count: 1, first: 0, last: 0, total: 0 });
    expect(() => paginate([1], 0)).toThrow('page size must be a whole number ≥ 1, got 0');
  });
});

describe('pageNumbers', () => {
  it('shows the ends and the neighbourhood of the current page, with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 5].flatMap((n) => (n === 5 ? [null, 5] : [n])));
    expect(pageNumbers(6, 100)).toEqual([1, null, 4, 5, 6, 7, 8, null, 100]);
    expect(pageNumbers(100, 100)).toEqual([1, null, 98, 99, 100]);
    expect(pageNumbers(3, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
