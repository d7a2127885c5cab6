// Where the map puts places it draws as a point: sub-national jurisdictions (at roughly their
// centre), places too small for the world outline (Hong Kong), and blocs of states (at their
// seat). Longitude and latitude in degrees; geography, not a fact of the record.
export const POINT_PLACES: Readonly<Record<string, readonly [number, number]>> = {
  'US-CA': [-119.4, 37.2],
  'US-CO': [-105.5, 39.0],
  'US-IL': [-89.2, 40.0],
  'US-MD': [-76.8, 39.0],
  'US-MI': [-84.7, 43.6],
  'US-NJ': [-74.7, 40.2],
  'US-NY': [-75.5, 42.9],
  'US-OR': [-120.5, 43.9],
  'US-TX': [-99.3, 31.4],
  'US-VA': [-78.7, 37.5],
  'US-VT': [-72.7, 44.0],
  'US-WA': [-120.5, 47.4],
  'CA-AB': [-114.5, 55.0],
  'CA-BC': [-125.0, 54.0],
  'CA-QC': [-72.0, 52.0],
  'DE-BW': [9.0, 48.6],
  'DE-BY': [11.4, 48.9],
  'DE-HH': [10.0, 53.55],
  'CN-ZJ': [120.1, 29.2],
  'BR-SP': [-48.6, -22.3],
  'AR-C': [-58.44, -34.61],
  'ES-CT': [1.5, 41.8],
  'ES-GA': [-7.9, 42.8],
  'ES-VC': [-0.55, 39.4],
  'IN-DL': [77.1, 28.65],
  'IN-TG': [79.0, 17.9],
  'IN-UP': [80.9, 26.9],
  'US-GA': [-83.4, 32.7],
  HK: [114.17, 22.32],
  // Brussels and Strasbourg.
  EU: [4.35, 50.85],
  COE: [7.75, 48.58],
};

/** Where a place drawn as a point sits; fails, naming it, for one with no position. */
export function pointOf(code: string): readonly [number, number] {
  const point = POINT_PLACES[code];
  if (!point)
    throw new Error(`The map has no position for "${code}": add it to POINT_PLACES in src/lib/map/centres.ts`);
  return point;
}
