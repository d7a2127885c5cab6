import { describe, expect, it } from 'vitest';
import { sortHits, sortKeysOf, sortOrders } from '../../../src/lib/search/sort-order';

describe('sortKeysOf', () => {
  it('reads the sort keys from a page’s search markers', () => {
    const html =
      '<main><div hidden class="search-meta" data-sort-date="2022-10-20" data-sort-amount="20000000"><span></span></div></main>';
    expect(sortKeysOf(html)).toEqual({ date: '2022-10-20', amount: 20_000_000 });
    expect(sortKeysOf('<main><h1>No markers</h1></main>')).toBeUndefined();
  });
});

describe('sortOrders', () => {
  it('orders page ids newest first and largest first, ties by id', () => {
    const orders = sortOrders([
      { id: 'c', date: '2021-01-01', amount: 5 },
      { id: 'a', date: '2023-05-01', amount: 0 },
      { id: 'b', date: '2021-01-01', amount: 20 },
    ]);
    expect(orders).toEqual({ date: ['a', 'b', 'c'], amount: ['b', 'c', 'a'] });
  });
});

describe('sortHits', () => {
  const hits = [{ id: 'c' }, { id: 'x' }, { id: 'a' }, { id: 'b' }];
  it('puts every hit in the order given, forwards or backwards, unknown ones last', () => {
    expect(sortHits(hits, ['a', 'b', 'c']).map((hit) => hit.id)).toEqual(['a', 'b', 'c', 'x']);
    expect(sortHits(hits, ['a', 'b', 'c'], true).map((hit) => hit.id)).toEqual(['c', 'b', 'a', 'x']);
  });
});
