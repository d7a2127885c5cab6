import { attrs, markLinkAttrs, openChartSvg, valueGrid, type RenderOptions } from '../svg';
import { escapeXml } from '../../text/escape';
import type { TimelineLayout, TimelineMark } from './layout';

/** The outline of one mark. */
function shape(m: TimelineMark): string {
  const stroke = {
    stroke: m.colour,
    'stroke-width': m.style === 'filled' ? 1 : 2,
    'stroke-dasharray': m.style === 'dashed' ? '3 2' : undefined,
  };
  const fill = m.style === 'filled' ? m.colour : 'var(--bg, #fff)';
  const r = m.r;
  if (m.shape === 'square') {
    return `<rect ${attrs({ x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r, fill, ...stroke })}/>`;
  }
  if (m.shape === 'diamond') {
    return `<path ${attrs({ d: `M${m.x},${m.y - r - 1}L${m.x + r + 1},${m.y}L${m.x},${m.y + r + 1}L${m.x - r - 1},${m.y}Z`, fill, ...stroke })}/>`;
  }
  if (m.shape === 'triangle') {
    return `<path ${attrs({ d: `M${m.x},${m.y - r - 1}L${m.x + r + 1},${m.y + r}L${m.x - r - 1},${m.y + r}Z`, fill, ...stroke })}/>`;
  }
  const dot = m.unpaid ? `<circle ${attrs({ cx: m.x, cy: m.y, r: 2, fill: '#fff' })}/>` : '';
  return `<circle ${attrs({ cx: m.x, cy: m.y, r, fill, ...stroke })}/>${dot}`;
}

/**
 * Renders a fine-timeline layout as a complete, accessible SVG: a title and description, axes
 * with labels, and one link per mark (focusable by keyboard, named for screen readers), so the
 * chart works before and without JavaScript.
 */
export function renderFineTimelineSvg(layout: TimelineLayout, options: RenderOptions): string {
  const { plot, lane } = layout;
  const parts: string[] = [openChartSvg(layout.width, layout.height, 'fine-timeline', options)];
  // Gridlines and axes: decorative for screen readers, which get the table instead.
  parts.push('<g aria-hidden="true" class="axes" fill="currentColor">');
  parts.push(valueGrid(layout.yTicks, plot));
  for (const tick of layout.xTicks) {
    parts.push(
      `<line ${attrs({ x1: tick.x, x2: tick.x, y1: plot.y + plot.height, y2: plot.y + plot.height + 5, stroke: 'currentColor' })}/>`,
    );
    parts.push(
      `<text ${attrs({ x: tick.x, y: plot.y + plot.height + 18, 'text-anchor': 'middle' })}>${escapeXml(tick.label)}</text>`,
    );
  }
  parts.push(
    `<line ${attrs({ x1: plot.x, x2: plot.x + plot.width, y1: plot.y + plot.height, y2: plot.y + plot.height, stroke: 'currentColor' })}/>`,
  );
  parts.push(`<text ${attrs({ x: plot.x, y: plot.y - 10 })}>${escapeXml(layout.yLabel)}</text>`);
  parts.push(
    `<text ${attrs({ x: lane.x, y: lane.y - 4, 'font-size': 11 })}>Orders, findings and rulings without a sum of money</text>`,
  );
  parts.push(
    `<line ${attrs({ x1: lane.x, x2: lane.x + lane.width, y1: lane.y + lane.height + 4, y2: lane.y + lane.height + 4, stroke: 'currentColor', 'stroke-opacity': 0.3 })}/>`,
  );
  parts.push('</g>');
  parts.push('<g aria-hidden="true" class="links">');
  for (const l of layout.links) {
    parts.push(
      `<line ${attrs({ x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2, stroke: 'currentColor', 'stroke-opacity': 0.5, 'stroke-dasharray': '4 3', 'data-link': l.key })}/>`,
    );
  }
  parts.push('</g>');
  parts.push('<g class="marks">');
  layout.marks.forEach((m, i) => {
    parts.push(
      `<a ${attrs({ ...markLinkAttrs(options, m.point.url, i), 'aria-label': m.description, 'data-key': m.key, class: 'mark' })}>${shape(m)}</a>`,
    );
  });
  layout.laneMarks.forEach((m, i) => {
    parts.push(
      `<a ${attrs({ ...markLinkAttrs(options, m.point.url, layout.marks.length + i), 'aria-label': m.description, 'data-key': m.key, class: 'mark lane' })}><rect ${attrs({ x: m.x - 3, y: m.y - 3, width: 6, height: 6, fill: m.colour })}/></a>`,
    );
  });
  parts.push('</g>');
  parts.push('<g aria-hidden="true" class="labels" fill="currentColor">');
  for (const l of layout.labels)
    parts.push(`<text ${attrs({ x: l.x, y: l.y, 'text-anchor': l.anchor })}>${escapeXml(l.text)}</text>`);
  parts.push('</g></svg>');
  return parts.join('');
}
