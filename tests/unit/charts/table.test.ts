import { describe, expect, it } from 'vitest';
import { chartTableRows } from '../../../src/lib/charts/table';
import { SAMPLE } from './fixtures';

const rowsOf = (html: string) => html.match(/<tr>.*?<\/tr>/g) ?? [];

describe('chartTableRows', () => {
  it('lists every sum, oldest first, with links under the base path', () => {
    const rows = rowsOf(chartTableRows(SAMPLE, '/face-rules/'));
    expect(rows).toHaveLength(SAMPLE.money.length);
    expect(rows[0]).toContain('href="/face-rules/cases/');
    expect(chartTableRows(SAMPLE, '/')).not.toContain('smaller ones');
  });

  it('past the limit keeps the largest sums in date order and says where the rest are', () => {
    const limit = 2;
    const rows = rowsOf(chartTableRows(SAMPLE, '/', limit));
    expect(rows).toHaveLength(limit + 1);
    const largest = [...SAMPLE.money].sort((a, b) => b.eur - a.eur).slice(0, limit);
    const listedInOrder = SAMPLE.money.filter((p) => largest.includes(p));
    listedInOrder.forEach((p, i) => {
      expect(rows[i]).toContain(p.title);
    });
    expect(rows.at(-1)).toContain(`the 2 largest of ${SAMPLE.money.length} sums`);
    expect(rows.at(-1)).toContain('in the CSV');
  });
});
