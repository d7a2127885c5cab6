import { describe, expect, it } from 'vitest';
import { compareProblem } from '../../../src/lib/compare/compare';
import { COMPARISONS } from '../../../src/lib/compare/prebuilt';
import { entryIds } from '../../support/content';

// Each comparison is a permanent address (/compare/<id>/) over cases in content/cases/.
describe('COMPARISONS', () => {
  it('have unique ids that are safe in a URL', () => {
    const ids = COMPARISONS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('each compare at least two distinct cases that exist in the record', () => {
    const known = new Set(entryIds('cases'));
    // Prebuilt pages may hold more columns than a comparison made from a URL.
    for (const comparison of COMPARISONS)
      expect(compareProblem(comparison.cases, known, Infinity), comparison.id).toBeNull();
  });

  it('each say what they compare and why', () => {
    for (const comparison of COMPARISONS) {
      expect(comparison.title.trim(), comparison.id).not.toBe('');
      expect(comparison.intro, comparison.id).toMatch(/\.$/);
    }
  });
});
