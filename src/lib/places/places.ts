// Places: each country and bloc (the EU, the Council of Europe) of the record, with what a reader
// asking "what has been done where I live?" needs: its authorities and courts, its cases, the
// laws that apply there, and the sub-national places inside it.
import type { Entry } from '../record/types';
import type { LawData } from '../../schemas/law';
import type { RegulatorData } from '../../schemas/regulator';
import { countryOf } from './country';
import { countryName, isSupranational } from './names';

/** The member states of the European Union (ISO 3166-1), where EU law applies. */
export const EU_MEMBERS: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

/** A place's code as it appears in a URL: `fr`, `us`, `eu`. */
export const placeSlug = (code: string): string => code.toLowerCase();

/**
 * The anchor of a sub-national place on its country's page (`us-il`), so every jurisdiction in
 * the record, `US-IL` included, has somewhere to link.
 */
export const subdivisionAnchor = (jurisdiction: string): string => jurisdiction.toLowerCase();

/** Every place of the record: the countries and blocs of its authorities and laws, by name. */
export function placeCodes(record: {
  regulators: readonly Entry<RegulatorData>[];
  laws: readonly Entry<LawData>[];
}): string[] {
  const codes = new Set([...record.regulators, ...record.laws].map((entry) => countryOf(entry.data.jurisdiction)));
  return [...codes].sort((a, b) => countryName(a).localeCompare(countryName(b), 'en'));
}

/** Whether a place is a country or a bloc of states. */
export const placeKind = (code: string): 'country' | 'bloc' => (isSupranational(code) ? 'bloc' : 'country');

/**
 * The laws of the record that apply in a place: its own (national and sub-national), then, in an
 * EU member state, the EU's. Council of Europe treaties apply where ratified, which the record
 * does not hold, so they are listed only on the Council of Europe's page.
 */
export function lawsApplyingIn<T extends Entry<LawData>>(code: string, laws: readonly T[]): { own: T[]; eu: T[] } {
  return {
    own: laws.filter((law) => countryOf(law.data.jurisdiction) === code),
    eu: EU_MEMBERS.has(code) ? laws.filter((law) => law.data.jurisdiction === 'EU') : [],
  };
}

/** The sub-national jurisdictions of a place among some jurisdictions, sorted: `US-IL`, `US-TX`. */
export function subdivisionsOf(code: string, jurisdictions: readonly string[]): string[] {
  return [...new Set(jurisdictions.filter((j) => j !== code && countryOf(j) === code))].sort();
}
