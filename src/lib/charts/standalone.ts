import { attrs, escapeXml } from './svg';

/**
 * Wraps a chart's SVG as a standalone image for newsletters and print: white background, dark
 * ink, the title above and the source line below, no CSS variables (image renderers lack them).
 */
export function standaloneSvg(chartSvg: string, input: { title: string; source: string }): string {
  const size = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(chartSvg);
  const width = Number(size?.[1] ?? 720);
  const height = Number(size?.[2] ?? 400);
  const inner = chartSvg.replace('<svg ', `<svg x="0" y="48" `).replaceAll('var(--bg, #fff)', '#ffffff');
  const total = height + 80;
  return (
    `<svg ${attrs({ xmlns: 'http://www.w3.org/2000/svg', width, height: total, viewBox: `0 0 ${width} ${total}`, color: '#1a1a1a', 'font-family': 'DejaVu Sans, Arial, sans-serif' })}>` +
    `<rect width="${width}" height="${total}" fill="#ffffff"/>` +
    `<text x="16" y="30" font-size="18" font-weight="700" fill="#1a1a1a">${escapeXml(input.title)}</text>` +
    inner +
    `<text x="16" y="${total - 12}" font-size="12" fill="#55524c">${escapeXml(input.source)}</text></svg>`
  );
}
