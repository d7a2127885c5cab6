// The names a reader may misspell in a search, gathered once from the record: respondents,
// authorities and courts (in their own language, in English, short and by their aliases),
// countries and blocs, and laws.
import { countryOf } from '../places/country';
import { countryName } from '../places/names';
import type { FaceRecord } from '../record/types';

export function searchNames(record: FaceRecord): string[] {
  const names = [
    ...record.respondents.flatMap((r) => [r.data.name, r.data.shortName ?? '']),
    ...record.regulators.flatMap((r) => [r.data.name, r.data.englishName ?? '', r.data.shortName, ...r.data.aliases]),
    ...record.regulators.map((r) => countryName(countryOf(r.data.jurisdiction))),
    ...record.laws.flatMap((l) => [l.data.shortTitle, l.data.instrument]),
  ];
  return [...new Set(names.filter(Boolean))].sort((a, b) => a.localeCompare(b, 'en'));
}
