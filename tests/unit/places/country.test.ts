import { describe, expect, it } from 'vitest';
import { countryOf } from '../../../src/lib/places/country';

describe('countryOf', () => {
  it('reduces a subdivision to its country and leaves a country or bloc as it is', () => {
    expect(countryOf('US-IL')).toBe('US');
    expect(countryOf('CA-QC')).toBe('CA');
    expect(countryOf('FR')).toBe('FR');
    expect(countryOf('EU')).toBe('EU');
  });
});
