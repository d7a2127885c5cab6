import { describe, expect, it } from 'vitest';
import {
  largestInOrder,
  overlaps,
  REGION_COLOURS,
  REGIONS,
  round,
  shortMoney,
  textWidth,
} from '../../../src/lib/charts/shared';

describe('REGION_COLOURS', () => {
  it('gives every region its own colour, listed in legend order', () => {
    expect(REGIONS).toEqual(['Europe', 'United Kingdom', 'North America', 'Asia-Pacific', 'Latin America', 'Africa']);
    expect(new Set(Object.values(REGION_COLOURS)).size).toBe(REGIONS.length);
  });
});

describe('round', () => {
  it('rounds to a tenth of a pixel', () => {
    expect([round(412.84), round(412.86), round(0.04), round(7)]).toEqual([412.8, 412.9, 0, 7]);
  });
});

describe('shortMoney', () => {
  it('keeps three significant digits at most, with k, M and B', () => {
    expect(shortMoney(20_000_000, 'EUR')).toBe('€20M');
    expect(shortMoney(8_920_278.73, 'EUR')).toBe('€8.92M');
    expect(shortMoney(30_500_000, 'EUR')).toBe('€30.5M');
    expect(shortMoney(248_016, 'EUR')).toBe('€248k');
    expect(shortMoney(1_375_000_000, 'USD')).toBe('US$1.38B');
    expect(shortMoney(0, 'EUR')).toBe('€0');
  });

  it('writes sums under one as decimals, never with a milli "m" that reads as millions', () => {
    expect(shortMoney(0.1, 'EUR')).toBe('€0.1');
    expect(shortMoney(0.25, 'USD')).toBe('US$0.25');
    expect(shortMoney(1, 'EUR')).toBe('€1');
  });

  it('uses euros for sums shown in their own currency, since those are placed by their euro value', () => {
    expect(shortMoney(500_000, 'original')).toBe('€500k');
  });
});

describe('textWidth', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('')).toBe(4);
    expect(textWidth('ICO €20M')).toBeCloseTo(8 * 12 * 0.62 + 4);
    expect(textWidth('ICO €20M', 24)).toBeGreaterThan(textWidth('ICO €20M'));
  });
});

describe('overlaps', () => {
  const box = { x: 0, y: 0, width: 10, height: 10 };

  it('is true when boxes share area, whichever comes first', () => {
    expect(overlaps(box, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps({ x: 5, y: 5, width: 10, height: 10 }, box)).toBe(true);
    expect(overlaps(box, { x: 2, y: 2, width: 2, height: 2 })).toBe(true);
  });

  it('is false for boxes that only touch, or are apart on either axis', () => {
    expect(overlaps(box, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps(box, { x: 0, y: 10, width: 10, height: 10 })).toBe(false);
    expect(overlaps(box, { x: 5, y: 20, width: 10, height: 10 })).toBe(false);
  });
});

describe('largestInOrder', () => {
  it('keeps the largest items in their original order', () => {
    expect(largestInOrder([3, 9, 1, 7, 5], 3, (n) => n)).toEqual([9, 7, 5]);
    expect(largestInOrder(['bb', 'a', 'cccc', 'ddd'], 2, (s) => s.length)).toEqual(['cccc', 'ddd']);
  });

  it('keeps everything under the limit, and nothing at a limit of zero', () => {
    expect(largestInOrder([1, 2], 5, (n) => n)).toEqual([1, 2]);
    expect(largestInOrder([1, 2], 0, (n) => n)).toEqual([]);
  });
});
