import { attrs, escapeXml, href } from '../svg';
import type { RenderOptions } from '../fine-timeline/render-svg';
import type { GapLayout } from './layout';

/** Renders the enforcement-gap layout as a complete, accessible SVG. */
export function renderEnforcementGapSvg(layout: GapLayout, options: RenderOptions): string {
  const { plot } = layout;
  const t = `${options.id}-title`;
  const d = `${options.id}-desc`;
  const parts = [
    `<svg ${attrs({ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${layout.width} ${layout.height}`, width: layout.width, height: layout.height, role: 'group', 'aria-labelledby': t, 'aria-describedby': d, class: 'chart enforcement-gap', 'font-family': 'system-ui, sans-serif', 'font-size': 12 })}>`,
    `<title id="${t}">${escapeXml(options.title)}</title><desc id="${d}">${escapeXml(options.description)}</desc>`,
    '<g aria-hidden="true" class="axes" fill="currentColor">',
  ];
  for (const tick of layout.yTicks) {
    parts.push(
      `<line ${attrs({ x1: plot.x, x2: plot.x + plot.width, y1: tick.y, y2: tick.y, stroke: 'currentColor', 'stroke-opacity': 0.15 })}/>`,
    );
    parts.push(
      `<text ${attrs({ x: plot.x - 6, y: tick.y + 4, 'text-anchor': 'end' })}>${escapeXml(tick.label)}</text>`,
    );
  }
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
  for (const s of layout.steps) {
    parts.push(
      `<a ${attrs({ href: href(options.base, s.point.url), 'aria-label': s.description, 'data-key': s.key, class: 'mark' })}><circle ${attrs({ cx: s.x, cy: s.y, r: 5, fill: '#d55e00', stroke: 'var(--bg, #fff)', 'stroke-width': 1.5 })}/></a>`,
    );
  }
  parts.push('</g></svg>');
  return parts.join('');
}
