import type { Feature } from 'geojson';
import type { MapPlace, MapShape } from '../../../src/lib/map/layout';

/** A square country from (lon, lat) with sides of `size` degrees. */
function square(lon: number, lat: number, size: number): Feature {
  // Clockwise, as d3-geo wants an exterior ring on the sphere.
  const ring = [
    [lon, lat],
    [lon, lat + size],
    [lon + size, lat + size],
    [lon + size, lat],
    [lon, lat],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

export const SHAPES: MapShape[] = [
  { code: 'FR', feature: square(0, 43, 6) },
  { code: 'US', feature: square(-110, 30, 30) },
  { code: 'BR', feature: square(-60, -20, 15) },
  { code: 'AQ', feature: square(-30, -85, 10) },
];

export const LAND = { type: 'FeatureCollection', features: SHAPES.map((shape) => shape.feature) } as const;

export const place = (code: string, count: number, finesEur = 0): MapPlace => ({
  code,
  name: code,
  count,
  finesEur,
  path: `/places/${code.toLowerCase()}/`,
  description: `${code}: ${count} cases`,
});
