import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../src/lib/record/build-record';
import { searchNames } from '../../../src/lib/search/names';
import { caseData, recordInput } from '../../support/record-fixtures';

describe('searchNames', () => {
  it('gathers each name a reader may type once: respondents, authorities, their countries, laws', () => {
    const names = searchNames(buildRecord(recordInput([{ id: 'a', data: caseData() }])));
    for (const name of [
      'Clearview AI',
      'Clearview AI, Inc.',
      'CNIL',
      "Information Commissioner's Office",
      'ICO',
      'France',
      'United Kingdom',
    ])
      expect(names).toContain(name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
