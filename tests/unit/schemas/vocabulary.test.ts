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
