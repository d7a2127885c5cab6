import { attrs, markLinkAttrs, openChartSvg, valueGrid } from '../svg';
import { escapeXml } from '../../text/escape';
import type { RenderOptions } from '../svg';
import type { GapLayout } from './layout';

/** Renders the enforcement-gap layout as a complete, accessible SVG. */
export function renderEnforcementGapSvg(layout: GapLayout, options: RenderOptions): string {
  const { plot } = layout;
  const parts = [
    openChartSvg(layout.width, layout.height, 'enforcement-gap', options),
    '<g aria-hidden="true" class="axes" fill="currentColor">',
  ];
  parts.push(valueGrid(layout.yTicks, plot));
  for (const tick of layout.xTicks) {
    parts.push(
      `<text ${attrs({ x: tick.x, y: plot.y + plot.height + 18, 'text-anchor': 'middle' })}>${escapeXml(tick.label)}</text>`,
    );
  }
  parts.push(
    `<line ${attrs({ x1: plot.x, x2: plot.x + plot.width, y1: plot.y + plot.height, y2: plot.y + plot.height, stroke: 'currentColor' })}/>`,
  );
  parts.push(`<text ${attrs({ x: plot.x, y: plot.y - 10 })}>Running total in euros</text></g>`);
  parts.push(
    `<path ${attrs({ d: layout.imposedPath, fill: 'none', stroke: '#d55e00', 'stroke-width': 3, class: 'series imposed', 'aria-hidden': 'true' })}/>`,
  );
  parts.push(
    `<path ${attrs({ d: layout.paidPath, fill: 'none', stroke: '#009e73', 'stroke-width': 3, 'stroke-dasharray': '6 3', class: 'series paid', 'aria-hidden': 'true' })}/>`,
  );
  parts.push('<g class="marks">');
  layout.steps.forEach((s, i) => {
    parts.push(
      `<a ${attrs({ ...markLinkAttrs(options, s.point.url, i), 'aria-label': s.description, 'data-key': s.key, class: 'mark' })}><circle ${attrs({ cx: s.x, cy: s.y, r: 5, fill: '#d55e00', stroke: 'var(--bg, #fff)', 'stroke-width': 1.5 })}/></a>`,
    );
  });
  parts.push('</g></svg>');
  return parts.join('');
}
