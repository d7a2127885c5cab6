import { describe, expect, it } from 'vitest';
import { layoutLocator, layoutMap } from '../../../src/lib/map/layout';
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

describe('layoutLocator', () => {
  const size = { width: 280, height: 180 };

  it("fits a place's outline to the frame, its sub-national places as points inside it", () => {
    const us = SHAPES[1]?.feature;
    if (!us) throw new Error('no shape');
    const l = layoutLocator([us], LAND, [{ code: 'US-IL', name: 'Illinois' }], size);
    expect(l.area).toMatch(/^M\d+,\d+L/);
    // Illinois (89° W, 40° N) lies inside the square (110°–80° W, 30°–60° N): inside the frame.
    const [illinois] = l.points;
    expect(illinois && illinois.x > 8 && illinois.x < 272 && illinois.y > 8 && illinois.y < 172).toBe(true);
  });

  it('draws a place without an outline as a point in a window around it', () => {
    const l = layoutLocator([], LAND, [{ code: 'HK', name: 'Hong Kong' }], size);
    expect(l.area).toBe('');
    const [hk] = l.points;
    expect(hk?.name).toBe('Hong Kong');
    // Near the middle of the frame (the projection bends the window a little).
    expect(Math.abs((hk?.x ?? 0) - 140)).toBeLessThan(10);
    expect(Math.abs((hk?.y ?? 0) - 90)).toBeLessThan(10);
  });
});
