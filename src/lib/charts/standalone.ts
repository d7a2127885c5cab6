import type { LegendItem } from './registry';
import { textWidth } from './shared';
import { attrs } from './svg';
import { escapeXml } from '../text/escape';

const LEGEND_ROW = 18;

/** The legend as SVG rows under the chart, items flowing left to right within the width. */
function legendRows(items: readonly LegendItem[], width: number, top: number): { svg: string; height: number } {
  const parts: string[] = [];
  let x = 16;
  let y = top;
  for (const item of items) {
    const swatch = item.colour ? (item.line ? 26 : 14) : 0;
    const text = `${item.symbol ? `${item.symbol} ` : ''}${item.label}`;
    const size = swatch + textWidth(text, 11) + 14;
    if (x > 16 && x + size > width - 16) {
      x = 16;
      y += LEGEND_ROW;
    }
    if (item.colour && item.line)
      parts.push(
        `<line ${attrs({ x1: x, x2: x + 22, y1: y - 4, y2: y - 4, stroke: item.colour, 'stroke-width': 3, 'stroke-dasharray': item.line === 'dashed' ? '6 3' : undefined })}/>`,
      );
    else if (item.colour) parts.push(`<circle ${attrs({ cx: x + 5, cy: y - 4, r: 5, fill: item.colour })}/>`);
    parts.push(`<text ${attrs({ x: x + swatch, y, 'font-size': 11, fill: '#1a1a1a' })}>${escapeXml(text)}</text>`);
    x += size;
  }
  return { svg: parts.join(''), height: items.length > 0 ? y - top + LEGEND_ROW : 0 };
}

/**
 * Wraps a chart's SVG as a standalone image for newsletters and print: white background, dark
 * ink, the title above, the legend and the source line below, no CSS variables (image renderers
 * lack them).
 */
export function standaloneSvg(
  chartSvg: string,
  input: { title: string; source: string; legend: readonly LegendItem[] },
): string {
  const size = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(chartSvg);
  const width = Number(size?.[1] ?? 720);
  const height = Number(size?.[2] ?? 400);
  const inner = chartSvg.replace('<svg ', `<svg x="0" y="48" `).replaceAll('var(--bg, #fff)', '#ffffff');
  const legend = legendRows(input.legend, width, 48 + height + 20);
  const total = height + 80 + legend.height;
  return (
    `<svg ${attrs({ xmlns: 'http://www.w3.org/2000/svg', width, height: total, viewBox: `0 0 ${width} ${total}`, color: '#1a1a1a', 'font-family': 'DejaVu Sans, Arial, sans-serif' })}>` +
    `<rect width="${width}" height="${total}" fill="#ffffff"/>` +
    `<text x="16" y="30" font-size="18" font-weight="700" fill="#1a1a1a">${escapeXml(input.title)}</text>` +
    inner +
    legend.svg +
    `<text x="16" y="${total - 12}" font-size="12" fill="#55524c">${escapeXml(input.source)}</text></svg>`
  );
}

/** The width and height a standalone chart image declares on its root element. */
export function standaloneSize(svg: string): { width: number; height: number } {
  const root = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
  return {
    width: Number(/ width="([\d.]+)"/.exec(root)?.[1] ?? 0),
    height: Number(/ height="([\d.]+)"/.exec(root)?.[1] ?? 0),
  };
}
