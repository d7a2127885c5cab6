import { describe, expect, it } from 'vitest';
import * as vocabulary from '../../../src/schemas/vocabulary';

// Penalty periods are plain words, printed as they are ("per day").
const LISTS = (Object.entries(vocabulary) as [string, unknown][]).filter(
  (entry): entry is [string, readonly string[]] =>
    entry[0] !== 'PENALTY_PERIODS' &&
    Array.isArray(entry[1]) &&
    entry[1].every((term: unknown) => typeof term === 'string'),
);

describe('vocabulary labels', () => {
  it('every term of every closed list has a reader-facing label, so no page prints a raw id', () => {
    expect(LISTS.map(([name]) => name)).toEqual(expect.arrayContaining(['ACTION_TYPES', 'LAW_KINDS', 'AMOUNT_KINDS']));
    const unlabelled = LISTS.flatMap(([name, terms]) =>
      terms.filter((term) => !(term in vocabulary.LABELS)).map((term) => `${name}: ${term}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it('settlements and damages are money agreed, fines and penalty payments money imposed', () => {
    expect(vocabulary.isAgreedAmount('settlement')).toBe(true);
    expect(vocabulary.isAgreedAmount('damages')).toBe(true);
    expect(vocabulary.isAgreedAmount('fine')).toBe(false);
    expect([...vocabulary.IMPOSED_AMOUNT_KINDS]).toEqual(['fine', 'penalty-payment']);
  });
});

describe('vocabulary meanings', () => {
  it('says once which statuses void a sum, which may still move and which a summary calls disputed', () => {
    expect(vocabulary.CASE_STATUSES.filter(vocabulary.isVoidStatus)).toEqual(['overturned', 'superseded', 'withdrawn']);
    expect(vocabulary.CASE_STATUSES.filter(vocabulary.isOpenStatus)).toEqual(['under-appeal', 'pending']);
    expect([...vocabulary.DISPUTED_STATUSES].sort()).toEqual(['overturned', 'pending', 'under-appeal']);
  });

  it('says which sums are owed (a headline sum) and which are imposed (a fine total)', () => {
    expect(vocabulary.AMOUNT_KINDS.filter(vocabulary.isOwedAmount)).toEqual([
      'fine',
      'penalty-payment',
      'settlement',
      'damages',
    ]);
    expect(vocabulary.AMOUNT_KINDS.filter(vocabulary.isImposedAmount)).toEqual(['fine', 'penalty-payment']);
  });

  it('says which relations chain proceedings: not "related", which joins parallel cases', () => {
    expect(vocabulary.CASE_RELATIONS.filter(vocabulary.isProceedingRelation)).toEqual([
      'follows',
      'appeal-of',
      'decided-on-appeal',
      'enforces',
      'supersedes',
    ]);
  });

  it('gives a status its tone, and none to a term without one', () => {
    expect(vocabulary.statusTone('unpaid')).toBe('warn');
    expect(vocabulary.statusTone('final')).toBe('ok');
    expect(vocabulary.statusTone('reduced-on-appeal')).toBeUndefined();
    expect(vocabulary.statusTone('toString')).toBeUndefined();
  });
});
