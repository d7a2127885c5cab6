import { countryOf } from './country';

/** Names of the sub-national jurisdictions that appear in the record (ISO 3166-2). */
const SUBDIVISIONS: Record<string, string> = {
  'US-CA': 'California',
  'US-CO': 'Colorado',
  'US-IL': 'Illinois',
  'US-MD': 'Maryland',
  'US-MI': 'Michigan',
  'US-NJ': 'New Jersey',
  'US-NY': 'New York',
  'US-OR': 'Oregon',
  'US-TX': 'Texas',
  'US-VA': 'Virginia',
  'US-VT': 'Vermont',
  'US-WA': 'Washington',
  'CA-AB': 'Alberta',
  'CA-BC': 'British Columbia',
  'CA-QC': 'Quebec',
  'DE-BW': 'Baden-Württemberg',
  'DE-BY': 'Bavaria',
  'DE-HH': 'Hamburg',
  'CN-ZJ': 'Zhejiang',
  'BR-SP': 'São Paulo',
  'AR-C': 'Buenos Aires City',
  'ES-CT': 'Catalonia',
  'ES-GA': 'Galicia',
  'ES-VC': 'Valencian Community',
  'IN-DL': 'Delhi',
  'IN-TG': 'Telangana',
  'IN-UP': 'Uttar Pradesh',
  'US-GA': 'Georgia',
};

const SUPRANATIONAL: Record<string, string> = { EU: 'European Union', COE: 'Council of Europe' };

/** Made when first asked: building it at import would cost every page that loads a chart. */
let regions: Intl.DisplayNames | undefined;

/** Whether a code names a body of states (the EU, the Council of Europe) rather than a country. */
export function isSupranational(code: string): boolean {
  return code in SUPRANATIONAL;
}

/**
 * "in France", "in the United States", "at the Council of Europe": a place as the end of a
 * sentence. Bodies of states take "at the"; countries whose English name needs it take "the".
 */
export function inPlace(code: string): string {
  const name = countryName(code);
  if (isSupranational(code)) return code === 'EU' ? `in the ${name}` : `at the ${name}`;
  return /^(United|Netherlands|Philippines|Czech|Dominican|Bahamas|Gambia|Maldives)/.test(name)
    ? `in the ${name}`
    : `in ${name}`;
}

/** The English name of a country code: "FR" → "France". */
export function countryName(code: string): string {
  regions ??= new Intl.DisplayNames('en', { type: 'region' });
  return SUPRANATIONAL[code] ?? regions.of(code) ?? code;
}

/** The English name of a jurisdiction: "FR" → "France", "US-IL" → "Illinois, United States". */
export function jurisdictionName(code: string): string {
  const [country = code, sub] = code.split('-');
  if (!sub) return countryName(country);
  const name = SUBDIVISIONS[code];
  // A code shown as its name would read "ES-CT, Spain": fail the build instead, naming it.
  if (!name)
    throw new Error(`No name for the jurisdiction "${code}": add it to SUBDIVISIONS in src/lib/places/names.ts`);
  return `${name}, ${countryName(country)}`;
}

/** World regions used to group and colour the record. */
export type Region = 'Europe' | 'United Kingdom' | 'North America' | 'Asia-Pacific' | 'Latin America' | 'Africa';

const REGION_OF: Record<string, Region> = {
  GB: 'United Kingdom',
  US: 'North America',
  CA: 'North America',
  AU: 'Asia-Pacific',
  NZ: 'Asia-Pacific',
  CN: 'Asia-Pacific',
  HK: 'Asia-Pacific',
  KR: 'Asia-Pacific',
  JP: 'Asia-Pacific',
  IN: 'Asia-Pacific',
  ID: 'Asia-Pacific',
  PH: 'Asia-Pacific',
  TH: 'Asia-Pacific',
  SG: 'Asia-Pacific',
  MY: 'Asia-Pacific',
  TW: 'Asia-Pacific',
  BR: 'Latin America',
  AR: 'Latin America',
  MX: 'Latin America',
  CL: 'Latin America',
  CO: 'Latin America',
  PE: 'Latin America',
  UY: 'Latin America',
  KE: 'Africa',
  ZA: 'Africa',
  NG: 'Africa',
};

// Europe: the EU and Council of Europe, and each European state (ISO 3166-1).
const EUROPE = new Set(
  'EU COE AL AD AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA VA XK'.split(
    ' ',
  ),
);

/**
 * The region of a jurisdiction; European states, the EU and the Council of Europe are "Europe".
 * A country in neither list fails the build rather than being coloured as Europe by default.
 */
export function regionOf(jurisdiction: string): Region {
  const country = countryOf(jurisdiction);
  const region = REGION_OF[country] ?? (EUROPE.has(country) ? 'Europe' : undefined);
  if (!region) throw new Error(`No world region for "${country}": add it to REGION_OF in src/lib/places/names.ts`);
  return region;
}
