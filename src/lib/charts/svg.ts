import { withBase } from '../paths';
import { escapeXml } from '../text/escape';

/** Builds an SVG attribute string, skipping undefined values; values are escaped. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
    .join(' ');
}

/** Where chart marks link to and how. */
export interface LinkOptions {
  /** Site base path for mark links, e.g. "/" or "/face-rules/". */
  base: string;
  /**
   * `_blank` inside an embed: the site's pages refuse to be framed, so a link followed inside the
   * iframe would show the host an error instead of the case.
   */
  target?: '_blank' | undefined;
}

/** The attributes of a link out of a chart or its table. */
export function linkAttrs(options: LinkOptions, path: string): Record<string, string | undefined> {
  return { href: withBase(options.base, path), target: options.target, rel: options.target ? 'noopener' : undefined };
}

/**
 * The attributes of a mark's link. Marks take one Tab stop per chart (roving tabindex): the first
 * is in the tab order, the others are reached with the arrow keys, and every mark stays listed,
 * with its link, in the table under the chart.
 */
export function markLinkAttrs(
  options: LinkOptions,
  path: string,
  index: number,
): Record<string, string | number | undefined> {
  return { ...linkAttrs(options, path), tabindex: index === 0 ? 0 : -1 };
}

/** What every chart SVG needs to be named for screen readers. */
export interface SvgLabels {
  /** Id prefix, unique on the page. */
  id: string;
  title: string;
  description: string;
}

/** Options of the SVG renderers: a chart's labels and where its links go. */
export interface RenderOptions extends SvgLabels, LinkOptions {}

/** The opening of a chart SVG: fixed viewBox, a group role named by its title and description. */
export function openChartSvg(width: number, height: number, className: string, labels: SvgLabels): string {
  const title = `${labels.id}-title`;
  const desc = `${labels.id}-desc`;
  return (
    `<svg ${attrs({ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-labelledby': title, 'aria-describedby': desc, class: `chart ${className}`, 'font-family': 'system-ui, sans-serif', 'font-size': 12 })}>` +
    `<title id="${title}">${escapeXml(labels.title)}</title><desc id="${desc}">${escapeXml(labels.description)}</desc>`
  );
}

/** Horizontal gridlines with value labels left of the plot. */
export function valueGrid(ticks: readonly { y: number; label: string }[], plot: { x: number; width: number }): string {
  return ticks
    .map(
      (tick) =>
        `<line ${attrs({ x1: plot.x, x2: plot.x + plot.width, y1: tick.y, y2: tick.y, stroke: 'currentColor', 'stroke-opacity': 0.15 })}/>` +
        `<text ${attrs({ x: plot.x - 6, y: tick.y + 4, 'text-anchor': 'end' })}>${escapeXml(tick.label)}</text>`,
    )
    .join('');
}
