// The enforcement map's data, built once from the record and the world's outlines (world-atlas,
// Natural Earth 1:110m): each country's shape with its ISO code, and each place with actions.
import countries from 'i18n-iso-countries';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { formatApprox } from '../lib/money/format';
import { layoutLocator, type MapPlace, type MapShape } from '../lib/map/layout';
import { renderLocatorSvg } from '../lib/map/render-svg';
import { countryOf } from '../lib/places/country';
import { countryName, jurisdictionName } from '../lib/places/names';
import { EU_MEMBERS, placeCodes, subdivisionAnchor } from '../lib/places/places';
import { fineTotals } from '../lib/record/totals';
import type { CaseView } from '../lib/record/types';
import { placePath } from '../lib/routes';
import { getRecord } from './record';

const topology = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

// Decoded once per build: every place page draws its locator from them.
let land: ReturnType<typeof feature> | undefined;
let shapes: MapShape[] | undefined;

/** All land, as one shape (its Antarctica falls below the frame the countries are fitted to). */
export function worldLand() {
  land ??= feature(topology, topology.objects.land);
  return land;
}

/** The countries of the world, each with its alpha-2 code (null for the few Natural Earth gives none). */
export function worldShapes(): MapShape[] {
  shapes ??= feature(topology, topology.objects.countries).features.map((shape) => ({
    code: shape.id === undefined ? null : (countries.numericToAlpha2(String(shape.id)) ?? null),
    feature: shape,
  }));
  return shapes;
}

const describe = (name: string, cases: readonly CaseView[], finesEur: number) =>
  `${name}: ${cases.length} ${cases.length === 1 ? 'case' : 'cases'}, ${finesEur > 0 ? `${formatApprox(finesEur, 'EUR')} in standing fines` : 'no standing fine'}`;

/** Every place with a case: countries and blocs, then the sub-national places inside them. */
export async function mapPlaces(): Promise<MapPlace[]> {
  const record = await getRecord();
  const places: MapPlace[] = placeCodes(record).flatMap((code) => {
    const cases = record.casesOf.place(code);
    if (cases.length === 0) return [];
    const finesEur = fineTotals(cases).imposedEur;
    const name = countryName(code);
    return [
      {
        code,
        name,
        count: cases.length,
        finesEur,
        path: placePath(code),
        description: describe(name, cases, finesEur),
      },
    ];
  });
  const subdivisions = [...new Set(record.cases.map((c) => c.regulator.data.jurisdiction))]
    .filter((j) => j.includes('-'))
    .sort();
  for (const jurisdiction of subdivisions) {
    const cases = record.cases.filter((c) => c.regulator.data.jurisdiction === jurisdiction);
    const finesEur = fineTotals(cases).imposedEur;
    const name = jurisdictionName(jurisdiction);
    places.push({
      code: jurisdiction,
      name,
      count: cases.length,
      finesEur,
      path: `${placePath(countryOf(jurisdiction))}#${subdivisionAnchor(jurisdiction)}`,
      description: describe(name, cases, finesEur),
    });
  }
  return places;
}

/**
 * The locator map of a place: its outline (a bloc's members' for the EU) among its neighbours,
 * with its sub-national places as points, or itself as a point where it has no outline.
 */
export function locatorSvg(code: string, subdivisions: readonly { code: string; name: string }[]): string {
  const shapes = worldShapes();
  const outlines = shapes
    .filter((shape) => shape.code !== null && (shape.code === code || (code === 'EU' && EU_MEMBERS.has(shape.code))))
    .map((shape) => shape.feature);
  const points = outlines.length > 0 ? subdivisions : [{ code, name: countryName(code) }, ...subdivisions];
  return renderLocatorSvg(layoutLocator(outlines, worldLand(), points, { width: 280, height: 180 }));
}
