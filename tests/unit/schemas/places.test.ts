import { describe, expect, it } from 'vitest';
import { jurisdictionProblem } from '../../../src/schemas/places';

describe('jurisdictionProblem', () => {
  it('accepts countries, subdivisions and the two supranational codes', () => {
    for (const code of ['FR', 'GB', 'US-IL', 'CA-BC', 'DE-HH', 'EU', 'COE'])
      expect(jurisdictionProblem(code), code).toBeNull();
  });

  it('refuses "UK" with the right code, and codes that are not ISO 3166', () => {
    expect(jurisdictionProblem('UK')).toMatch(/is "GB", not "UK"/);
    expect(jurisdictionProblem('XX')).toMatch(/expected an ISO 3166 code/);
    expect(jurisdictionProblem('us-il')).toMatch(/expected an ISO 3166 code/);
  });
});
