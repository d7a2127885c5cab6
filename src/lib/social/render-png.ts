import sharp from 'sharp';

/** Renders SVG text to PNG bytes (build time only). Deterministic for the same input and machine. */
export async function svgToPng(svg: string): Promise<ArrayBuffer> {
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength);
}
