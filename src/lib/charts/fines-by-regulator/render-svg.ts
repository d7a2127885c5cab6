import { attrs, markLinkAttrs, openChartSvg } from '../svg';
import { escapeXml } from '../../text/escape';
import type { RenderOptions } from '../svg';
import type { BarsLayout } from './layout';

/** Renders the fines-by-regulator layout as a complete, accessible SVG. */
export function renderFinesByRegulatorSvg(layout: BarsLayout, options: RenderOptions): string {
  const { plot } = layout;
  const parts = [
    openChartSvg(layout.width, layout.height, 'fines-by-regulator', options),
    '<g aria-hidden="true" class="axes" fill="currentColor">',
  ];
  for (const tick of layout.xTicks) {
    parts.push(
      `<line ${attrs({ x1: tick.x, x2: tick.x, y1: plot.y, y2: plot.y + plot.height, stroke: 'currentColor', 'stroke-opacity': 0.15 })}/>`,
    );
    parts.push(
      `<text ${attrs({ x: tick.x, y: plot.y + plot.height + 16, 'text-anchor': 'middle' })}>${escapeXml(tick.label)}</text>`,
    );
  }
  parts.push('</g><g class="marks">');
  layout.bars.forEach((b, i) => {
    parts.push(
      `<a ${attrs({ ...markLinkAttrs(options, b.url, i), 'aria-label': b.description, 'data-key': b.key, class: 'mark' })}>` +
        `<rect ${attrs({ x: b.x, y: b.y, width: b.width, height: b.height, fill: b.colour })}/>` +
        `<text ${attrs({ x: b.x - 6, y: b.y + b.height / 2 + 4, 'text-anchor': 'end', fill: 'currentColor' })}>${escapeXml(b.label)}</text>` +
        `<text ${attrs({ x: b.x + b.width + 6, y: b.y + b.height / 2 + 4, fill: 'currentColor' })}>${escapeXml(b.valueLabel)}</text></a>`,
    );
  });
  parts.push('</g></svg>');
  return parts.join('');
}
