import { describe, expect, it } from 'vitest';
import { pointOf, POINT_PLACES } from '../../../src/lib/map/centres';

describe('map points', () => {
  it('place each sub-national place, small place and bloc on the globe', () => {
    for (const [lon, lat] of Object.values(POINT_PLACES)) {
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
    expect(pointOf('EU')).toEqual([4.35, 50.85]);
  });

  it('fail, naming the place, for one with no position', () => {
    expect(() => pointOf('US-ZZ')).toThrow('The map has no position for "US-ZZ"');
  });
});
