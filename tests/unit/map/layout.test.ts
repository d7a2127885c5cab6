import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../src/lib/map/layout';
import { LAND, place, SHAPES } from './fixtures';

describe('layoutMap', () => {
  const layout = layoutMap(SHAPES, LAND, [place('FR', 9, 25_200_000), place('US-IL', 14), place('EU', 5)], 960);

  it('draws a place with an outline as its area, shaded by its steps, and the others as points', () => {
    expect(layout.areas.map((a) => [a.code, a.countStep, a.finesStep])).toEqual([['FR', 3, 4]]);
    expect(layout.areas[0]?.d).toMatch(/^M\d+,\d+L/);
    expect(layout.points.map((p) => p.code)).toEqual(['US-IL', 'EU']);
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(960);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(layout.height);
    }
  });

  it('fits the countries but Antarctica to the width, in whole pixels', () => {
    expect(layout.width).toBe(960);
    expect(layout.height).toBeGreaterThan(100);
    expect(layout.land).not.toMatch(/\d\.\d/);
    // Illinois is west of Brussels, and south-west of it on the map.
    const [il, eu] = layout.points;
    expect(il && eu && il.x < eu.x && il.y > eu.y).toBe(true);
  });

  it('fails, naming it, for a place with neither an outline nor a position', () => {
    expect(() => layoutMap(SHAPES, LAND, [place('ZZ', 1)], 960)).toThrow('"ZZ"');
  });
});
