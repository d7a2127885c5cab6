// The enforcement map as an accessible SVG: every place with actions a link named by its
// figures, one Tab stop for the whole map (arrow keys move between places, as in the charts).
import { attrs, markLinkAttrs, openChartSvg, type RenderOptions } from '../charts/svg';
import type { MapArea, MapLayout, MapPoint } from './layout';

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
