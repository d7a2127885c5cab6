// The two scales the charts use, linear and logarithmic, computed exactly as d3-scale 4 computes
// them (the same arithmetic, so the same pixels to the last digit), without d3-scale itself:
// its generic interpolators bring d3-interpolate and d3-color, about 5 KB gzip the browser would
// load for nothing. Ported from d3-scale (ISC licence, Mike Bostock): continuous.js, linear.js
// and log.js, for a two-value domain and no clamping.
import { tickIncrement, ticks } from 'd3-array';

/** A scale from a domain of numbers to pixels, with its ticks. */
export interface Scale {
  (value: number): number;
  domain(): [number, number];
  ticks(count?: number): number[];
}

/** t in [0, 1] for x in [a, b] (0.5 for an empty domain, as d3 does). */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
}

/** d3's bimap with interpolateNumber: domain [d0, d1] (transformed) onto range [r0, r1]. */
function bimap(domain: [number, number], range: [number, number]): (x: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = d1 < d0 ? [range[1], range[0]] : range;
  const t = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
  return (x) => {
    const u = t(x);
    return r0 * (1 - u) + r1 * u;
  };
}

/** d3's linear scale nice(count): widens the domain to round ticks. */
function nice([first, last]: [number, number], count: number): [number, number] {
  let start = first;
  let stop = last;
  const reversed = stop < start;
  if (reversed) [start, stop] = [stop, start];
  let prestep: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) return reversed ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return [first, last];
}

/** A linear scale; with `niceCount`, its domain widened as d3's `.nice(niceCount)` does. */
export function scaleLinear(domain: [number, number], range: [number, number], niceCount?: number): Scale {
  const d = niceCount === undefined ? domain : nice(domain, niceCount);
  const map = bimap(d, range);
  const scale = ((value: number) => map(value)) as Scale;
  scale.domain = () => [...d];
  scale.ticks = (count = 10) => ticks(d[0], d[1], count);
  return scale;
}

/** d3's pow10: exact powers of ten ("1e3", not 10 ** 3 computed). */
const pow10 = (x: number) => (Number.isFinite(x) ? Number(`1e${x}`) : x < 0 ? 0 : x);

/** A base-10 logarithmic scale over a positive domain. */
export function scaleLog(domain: [number, number], range: [number, number]): Scale {
  const map = bimap([Math.log(domain[0]), Math.log(domain[1])], range);
  const scale = ((value: number) => map(Math.log(value))) as Scale;
  scale.domain = () => [...domain];
  scale.ticks = (count = 10) => {
    let [u, v] = domain;
    const reversed = v < u;
    if (reversed) [u, v] = [v, u];
    let i = Math.log10(u);
    let j = Math.log10(v);
    let z: number[] = [];
    if (j - i < count) {
      i = Math.floor(i);
      j = Math.ceil(j);
      for (; i <= j; ++i) {
        for (let k = 1; k < 10; ++k) {
          const t = i < 0 ? k / pow10(-i) : k * pow10(i);
          if (t < u) continue;
          if (t > v) break;
          z.push(t);
        }
      }
      if (z.length * 2 < count) z = ticks(u, v, count);
    } else {
      z = ticks(i, j, Math.min(j - i, count)).map(pow10);
    }
    return reversed ? z.reverse() : z;
  };
  return scale;
}
