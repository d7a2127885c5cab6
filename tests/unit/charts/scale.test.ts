import { scaleLinear as d3Linear, scaleLog as d3Log } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleLog } from '../../../src/lib/charts/scale';

// The charts' scales must give d3-scale's pixels to the last digit: the SVGs are compared byte for
// byte with those drawn before the port. Domains and ranges like the charts' own, and odd ones.
const linearCases: [number, number][] = [
  [0, 20_000_000],
  [0, 8_920_278.73],
  [0, 1],
  [0, 0],
  [0, 37_651_234.56],
  [1_262_304_000_000, 1_798_761_600_000],
  [5, 5],
  [-3, 17],
];
const ranges: [number, number][] = [
  [60, 696],
  [324, 24],
  [0, 1],
];

describe('scaleLinear', () => {
  it.each(linearCases)('matches d3-scale over [%d, %d], plain and nice, with its ticks', (a, b) => {
    for (const range of ranges)
      for (const niceCount of [undefined, 4, 5, 10]) {
        const ours = scaleLinear([a, b], range, niceCount);
        const theirs = d3Linear().domain([a, b]);
        if (niceCount !== undefined) theirs.nice(niceCount);
        theirs.range(range);
        expect(ours.domain()).toEqual(theirs.domain());
        for (const count of [4, 5, 10]) expect(ours.ticks(count)).toEqual(theirs.ticks(count));
        for (let i = 0; i <= 20; i++) {
          const x = a + ((b - a) * i) / 20 + (i % 3) * 0.37;
          expect(ours(x)).toBe(theirs(x));
        }
      }
  });
});

describe('scaleLog', () => {
  it.each([
    [1000, 1e9],
    [10, 1e11],
    [0.1, 1000],
    [1, 1e15],
    [100, 100_000],
  ])('matches d3-scale over [%d, %d], with its ticks', (a, b) => {
    const ours = scaleLog([a, b], [324, 24]);
    const theirs = d3Log().domain([a, b]).range([324, 24]);
    expect(ours.ticks()).toEqual(theirs.ticks());
    expect(ours.ticks(5)).toEqual(theirs.ticks(5));
    for (const x of [a, b, Math.sqrt(a * b), a * 1.5, b / 3, 20_000_000, 7_552_800, 18_578.21])
      expect(ours(x)).toBe(theirs(x));
  });
});
