import { describe, expect, it } from 'vitest';
import { editDistance, looksAstray, normalizeName, suggestNames } from '../../../src/lib/search/suggest';

const NAMES = [
  'Clearview AI',
  'Clearview AI, Inc.',
  'Mercadona',
  'Bunnings',
  'CNIL',
  'Garante',
  'France',
  'GDPR',
  'PimEyes',
];

describe('normalizeName', () => {
  it('drops case, accents and punctuation', () => {
    expect(normalizeName('Clearview AI, Inc.')).toBe('clearview ai inc');
    expect(normalizeName('Agencia Española')).toBe('agencia espanola');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours, stopping past the limit', () => {
    expect(editDistance('clearviw', 'clearview', 2)).toBe(1);
    expect(editDistance('mercadnoa', 'mercadona', 2)).toBe(1);
    expect(editDistance('garnate', 'garante', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });
});

describe('suggestNames', () => {
  it('offers the nearest names to a misspelt one, nearest and shortest first', () => {
    expect(suggestNames('Clearviw', NAMES)).toEqual(['Clearview AI']);
    expect(suggestNames('mercadonna', NAMES)).toEqual(['Mercadona']);
    expect(suggestNames('Bunings', NAMES)).toEqual(['Bunnings']);
    expect(suggestNames('pimeye', NAMES)).toEqual(['PimEyes']);
  });

  it('offers nothing for an exact name, a short query, or a word far from every name', () => {
    expect(suggestNames('clearview', NAMES)).toEqual([]);
    expect(suggestNames('cn', NAMES)).toEqual([]);
    expect(suggestNames('biometric', NAMES)).toEqual([]);
  });
});

describe('looksAstray', () => {
  const titles = ['CNIL fines Clearview AI €20 million', 'Garante fines Clearview AI', 'ICO fines Clearview AI'];

  it('is true when few pages were found, or no leading title has every word typed', () => {
    expect(looksAstray('clearview', titles.slice(0, 2))).toBe(true);
    expect(looksAstray('Clearviw', titles)).toBe(true);
    expect(looksAstray('clearview garante', titles)).toBe(false);
    expect(looksAstray('Clearview', titles)).toBe(false);
  });
});
