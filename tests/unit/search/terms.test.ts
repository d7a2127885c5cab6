import { describe, expect, it } from 'vitest';
import { relatedTerms, TERM_GROUPS } from '../../../src/lib/search/terms';

describe('relatedTerms', () => {
  it('adds the other terms of each group a text uses, and not the ones it uses', () => {
    const added = relatedTerms('The CNIL liquidated the daily penalty attached to its order.');
    expect(added).toEqual(expect.arrayContaining(['astreinte', 'Zwangsgeld', 'dwangsom', 'daily fine']));
    expect(added).not.toContain('daily penalty');
  });

  it('matches whole words and phrases, in any case, accents folded', () => {
    expect(relatedTerms('An ASTREINTE was set')).toContain('Zwangsgeld');
    expect(relatedTerms('Die Geldbuße')).toContain('administrative fine');
    expect(relatedTerms('the oil was refined')).toEqual([]);
    expect(relatedTerms('two penalty payments')).toContain('astreinte');
    expect(relatedTerms('an unsettled list')).toEqual([]);
  });

  it('matches terms in capitals only in capitals', () => {
    expect(relatedTerms('the Hellenic DPA')).toContain('supervisory authority');
    expect(relatedTerms('a dpa')).toEqual([]);
    // "led" and "avg" in a sentence are words, not the Law Enforcement Directive or the Dutch GDPR.
    expect(relatedTerms('the avg amount')).toEqual([]);
    expect(relatedTerms('under the AVG')).toContain('General Data Protection Regulation');
  });

  it('keeps the table sound: each group says why, no term in two groups', () => {
    const all = TERM_GROUPS.flatMap((group) => group.terms.map((term) => term.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
    for (const group of TERM_GROUPS) {
      expect(group.terms.length).toBeGreaterThan(1);
      expect(group.why.length).toBeGreaterThan(10);
    }
  });
});
