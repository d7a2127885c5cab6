import { line, curveStepAfter } from 'd3-shape';
import { utcYear } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { stepAfterPath, yearCeil, yearFloor, yearOffset, yearTicks } from '../../../src/lib/charts/time';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('years in UTC, as d3-time gave them', () => {
  it('floors, ceils and offsets to 1 January', () => {
    for (const day of ['2019-01-01', '2022-10-17', '2024-12-31']) {
      expect(yearFloor(d(day))).toEqual(utcYear.floor(d(day)));
      expect(yearCeil(d(day))).toEqual(utcYear.ceil(d(day)));
      expect(yearOffset(d(day), 1)).toEqual(utcYear.offset(utcYear.floor(d(day)), 1));
    }
  });

  it('lists year ticks in a range, every year or even years only', () => {
    const [start, stop] = [d('2019-01-01'), d('2027-01-01')];
    for (const step of [1, 2])
      expect(yearTicks(start, stop, step)).toEqual((utcYear.every(step) ?? utcYear).range(start, stop));
    expect(yearTicks(d('2019-06-01'), d('2022-01-01'))).toEqual(utcYear.range(d('2019-06-01'), d('2022-01-01')));
  });
});

describe('stepAfterPath', () => {
  it('draws the same steps as d3’s curveStepAfter', () => {
    const points: [number, number][] = [
      [64, 264],
      [75.5, 264],
      [75.5, 262],
      [180.8, 102],
      [696, 30.7],
    ];
    expect(stepAfterPath(points)).toBe(line().curve(curveStepAfter)(points));
  });
});
