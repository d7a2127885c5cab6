// The enforcement map as an accessible SVG: every place with actions a link named by its
// figures, one Tab stop for the whole map (arrow keys move between places, as in the charts).
import { attrs, markLinkAttrs, openChartSvg, type RenderOptions } from '../charts/svg';
import type { LocatorLayout, MapArea, MapLayout, MapPoint } from './layout';

export function renderMapSvg(layout: MapLayout, options: RenderOptions): string {
  const link = (place: MapArea | MapPoint, index: number) =>
    attrs({
      ...markLinkAttrs(options, place.path, index),
      'aria-label': place.description,
      'data-key': place.code,
      'data-count': place.countStep,
      'data-fines': place.finesStep,
      class: 'mark place',
    });
  return (
    openChartSvg(layout.width, layout.height, 'enforcement-map', options) +
    `<path class="land" d="${layout.land}"/>` +
    layout.areas.map((area, i) => `<a ${link(area, i)}><path d="${area.d}"/></a>`).join('') +
    layout.points
      .map(
        (point, i) =>
          `<a ${link(point, layout.areas.length + i)}><circle ${attrs({ cx: point.x, cy: point.y, r: 4 })}/></a>`,
      )
      .join('') +
    '</svg>'
  );
}

/** A place's locator map: decorative beside its name and figures, so hidden from screen readers. */
export function renderLocatorSvg(layout: LocatorLayout): string {
  return (
    `<svg ${attrs({ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${layout.width} ${layout.height}`, width: layout.width, height: layout.height, 'aria-hidden': 'true', class: 'locator' })}>` +
    `<path class="land" d="${layout.land}"/>` +
    (layout.area ? `<path class="area" d="${layout.area}"/>` : '') +
    layout.points.map((p) => `<circle ${attrs({ cx: p.x, cy: p.y, r: 3.5, class: 'point' })}/>`).join('') +
    '</svg>'
  );
}
