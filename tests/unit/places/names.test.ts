import { describe, expect, it } from 'vitest';
import { countryName, jurisdictionName, regionOf } from '../../../src/lib/places/names';

describe('jurisdiction names', () => {
  it('names countries, subdivisions and supranational bodies', () => {
    expect(countryName('FR')).toBe('France');
    expect(jurisdictionName('GB')).toBe('United Kingdom');
    expect(jurisdictionName('US-IL')).toBe('Illinois, United States');
    expect(jurisdictionName('EU')).toBe('European Union');
    expect(jurisdictionName('COE')).toBe('Council of Europe');
  });

  it('places jurisdictions in regions', () => {
    expect(regionOf('FR')).toBe('Europe');
    expect(regionOf('EU')).toBe('Europe');
    expect(regionOf('GB')).toBe('United Kingdom');
    expect(regionOf('CA-BC')).toBe('North America');
    expect(regionOf('HK')).toBe('Asia-Pacific');
    // Once coloured as Europe by default.
    expect(regionOf('CL')).toBe('Latin America');
    expect(regionOf('TH')).toBe('Asia-Pacific');
    expect(regionOf('ME')).toBe('Europe');
  });

  it('fails, naming the code, for a country in no region, instead of calling it Europe', () => {
    expect(() => regionOf('ZZ')).toThrow('No world region for "ZZ"');
  });
});
