// The enforcement map in pixels: the world's countries (Equal Earth projection, fitted to the
// width), each place with actions shaded or, where the outline has no room or no shape for it
// (a US state, Hong Kong, the EU), a point. Pure: the same shapes and places give the same map.
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature } from 'geojson';
import { round } from '../charts/shared';
import { pointOf } from './centres';
import { countStep, finesStep } from './shades';

/** One country's outline, with its ISO 3166-1 alpha-2 code where it has one. */
export interface MapShape {
  code: string | null;
  feature: Feature;
}

/** A place the record has acted in: its code, counts and where its mark links. */
export interface MapPlace {
  /** A country or bloc (`FR`, `EU`) or a sub-national jurisdiction (`US-IL`). */
  code: string;
  name: string;
  count: number;
  finesEur: number;
  /** Site path of its page (a sub-national place: an anchor on its country's page). */
  path: string;
  /** Its mark's accessible name: the place and its figures in words. */
  description: string;
}

/** A place drawn as its country's outline. */
export interface MapArea extends MapPlace {
  d: string;
  countStep: number;
  finesStep: number;
}

/** A place drawn as a point. */
export interface MapPoint extends MapPlace {
  x: number;
  y: number;
  countStep: number;
  finesStep: number;
}

export interface MapLayout {
  width: number;
  height: number;
  /** All land, as one path without borders: places with cases are drawn over it. */
  land: string;
  areas: MapArea[];
  points: MapPoint[];
}

/**
 * Lays the map out at a width, coordinates in whole pixels (the outlines are 1:110m: finer digits
 * would add bytes, not detail). Antarctica is left out: no case, and a fifth of the height.
 */
export function layoutMap(
  shapes: readonly MapShape[],
  land: GeoPermissibleObjects,
  places: readonly MapPlace[],
  width: number,
): MapLayout {
  const drawn: GeoPermissibleObjects = {
    type: 'FeatureCollection',
    features: shapes.filter((shape) => shape.code !== 'AQ').map((shape) => shape.feature),
  };
  const projection = geoEqualEarth().fitWidth(width, drawn);
  const path = geoPath(projection).digits(0);
  const [, [, bottom]] = path.bounds(drawn);
  const byCode = new Map(shapes.flatMap((shape) => (shape.code ? [[shape.code, shape] as const] : [])));
  const steps = (place: MapPlace) => ({ countStep: countStep(place.count), finesStep: finesStep(place.finesEur) });
  const areas: MapArea[] = [];
  const points: MapPoint[] = [];
  for (const place of places) {
    const shape = byCode.get(place.code);
    if (shape) {
      areas.push({ ...place, ...steps(place), d: path(shape.feature) ?? '' });
      continue;
    }
    const [x = 0, y = 0] = projection([...pointOf(place.code)]) ?? [];
    points.push({ ...place, ...steps(place), x: round(x), y: round(y) });
  }
  return { width: Math.round(width), height: Math.ceil(bottom), land: path(land) ?? '', areas, points };
}
