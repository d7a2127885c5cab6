// The enforcement map in pixels: the world's countries (Equal Earth projection, fitted to the
// width), each place with actions shaded or, where the outline has no room or no shape for it
// (a US state, Hong Kong, the EU), a point. Pure: the same shapes and places give the same map.
import { geoArea, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
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

/** A place's locator map: its outline among its neighbours, or a point where it has no outline. */
export interface LocatorLayout {
  width: number;
  height: number;
  /** The land in the frame, one path. */
  land: string;
  /** The place's outline (or, for a bloc, its members'), empty when it is drawn as a point. */
  area: string;
  /** Its sub-national places and, when it has no outline, itself. */
  points: { x: number; y: number; name: string }[];
}

/**
 * A small map of one place, fitted to its outlines (a country, or a bloc's members) or, for a
 * place with none, to a window around its point; the land clipped to the frame, so a page carries
 * only the outlines it shows.
 */
export function layoutLocator(
  outlines: readonly Feature[],
  land: GeoPermissibleObjects,
  points: readonly { code: string; name: string }[],
  size: { width: number; height: number },
): LocatorLayout {
  // Fitted to each outline's largest part: France's Guiana or Alaska would zoom the map out.
  const target: GeoPermissibleObjects =
    outlines.length > 0
      ? { type: 'GeometryCollection', geometries: outlines.map(largestPart) }
      : window(pointOf(points[0]?.code ?? ''), 12);
  const pad = 8;
  const projection = geoEqualEarth().fitExtent(
    [
      [pad, pad],
      [size.width - pad, size.height - pad],
    ],
    target,
  );
  projection.clipExtent([
    [0, 0],
    [size.width, size.height],
  ]);
  const path = geoPath(projection).digits(0);
  return {
    width: size.width,
    height: size.height,
    land: path(land) ?? '',
    area: outlines.map((outline) => path(outline) ?? '').join(''),
    points: points.map((point) => {
      const [x = 0, y = 0] = projection([...pointOf(point.code)]) ?? [];
      return { x: round(x), y: round(y), name: point.name };
    }),
  };
}

/** The largest polygon of an outline (its mainland), or the outline itself when it is one. */
function largestPart(outline: Feature): Geometry {
  const { geometry } = outline;
  if (geometry.type !== 'MultiPolygon') return geometry;
  const parts = geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
  return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** A square of `degrees` around a point, to fit a map to. */
function window([lon, lat]: readonly [number, number], degrees: number): GeoPermissibleObjects {
  const [w, e, s, n] = [lon - degrees, lon + degrees, lat - degrees / 2, lat + degrees / 2];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [w, n],
        [e, n],
        [e, s],
        [w, s],
      ],
    ],
  };
}
