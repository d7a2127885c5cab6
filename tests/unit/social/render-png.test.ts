import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../../src/lib/social/render-png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="6"><rect width="12" height="6" fill="#0072b2"/></svg>';

describe('svgToPng', () => {
  it('encodes the SVG as a PNG of the same size', async () => {
    const png = await svgToPng(svg);
    expect([...new Uint8Array(png, 0, 8)]).toEqual(PNG_SIGNATURE);
    const { format, width, height } = await sharp(Buffer.from(png)).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', width: 12, height: 6 });
  });

  it('returns exactly the PNG bytes, not the pooled buffer around them, the same each time', async () => {
    const [a, b] = await Promise.all([svgToPng(svg), svgToPng(svg)]);
    // A PNG ends with its IEND chunk: nothing may follow it.
    expect([...new Uint8Array(a).slice(-8)]).toEqual([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
