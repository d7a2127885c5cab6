import { describe, expect, it } from 'vitest';
import { readingMinutes, wordCount } from '../../../src/lib/text/reading';

describe('wordCount and readingMinutes', () => {
  it('counts words, not punctuation', () => {
    expect(wordCount('The €20 million fine — unpaid, [2] still.')).toBe(6);
    expect(wordCount('Unpaid [2][13]. In all [record].')).toBe(3);
  });

  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes(50)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });
});
