import { describe, expect, it } from 'vitest';
import { movedToFront, namedResultIndex } from '../../../src/lib/search/named-first';

const result = (title: string, aka?: string) => ({ meta: { title, ...(aka ? { aka } : {}) } });

describe('namedResultIndex', () => {
  const ftc = [
    result(
      'Federal Trade Commission Act (15 U.S.C. §§ 41–58)',
      'Federal Trade Commission Act (15 U.S.C. §§ 41–58); FTC Act',
    ),
    result(
      'Federal Trade Commission',
      'Federal Trade Commission; FTC; US FTC; Federal Trade Commission (United States)',
    ),
  ];

  it('finds the result one of whose names is the query, not one whose name contains it', () => {
    expect(namedResultIndex('FTC', ftc)).toBe(1);
    expect(namedResultIndex('ftc act', ftc)).toBe(0);
  });

  it('compares titles too, case, accents and punctuation aside', () => {
    const results = [
      result('Office of the Australian Information Commissioner', 'OAIC'),
      result('Information Commissioner’s Office', 'ICO'),
      result('Commission nationale de l’informatique et des libertés', 'CNIL'),
    ];
    expect(namedResultIndex("Information Commissioner's Office", results)).toBe(1);
    expect(namedResultIndex('commission nationale de l informatique et des libertes', results)).toBe(2);
  });

  it('of several named as asked, picks the one whose own name it is most', () => {
    const results = [
      { meta: { title: 'Illinois SB 2979 amending BIPA', names: 'BIPA amendment 2024; BIPA' } },
      { meta: { title: 'Illinois Biometric Information Privacy Act (740 ILCS 14)', names: 'BIPA' } },
      { meta: { title: 'BIPA s. 15', names: 'BIPA' } },
    ];
    expect(namedResultIndex('BIPA', results)).toBe(1);
    expect(namedResultIndex('bipa s 15', results)).toBe(2);
  });

  it('is -1 when no result is named as asked, or nothing was asked', () => {
    expect(namedResultIndex('Federal Trade', ftc)).toBe(-1);
    expect(namedResultIndex(' ', ftc)).toBe(-1);
    expect(namedResultIndex('FTC', [])).toBe(-1);
  });
});

describe('movedToFront', () => {
  it('moves one item to the front and keeps the others in order', () => {
    expect(movedToFront(['a', 'b', 'c', 'd'], 2)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('leaves the order alone for the first item or no item', () => {
    expect(movedToFront(['a', 'b'], 0)).toEqual(['a', 'b']);
    expect(movedToFront(['a', 'b'], -1)).toEqual(['a', 'b']);
    expect(movedToFront(['a', 'b'], 5)).toEqual(['a', 'b']);
  });
});
