// The names the search knows each page by, gathered in one place: the names a page is indexed
// under with the top weight (the `aka` and `names` meta of components/SearchMeta.astro), and the
// names a misspelt search is offered (/search/names.json): respondents, authorities and courts
// (in their own language, in English, short and by their aliases), countries and blocs, laws and
// their provisions.
import { countryOf } from '../places/country';
import { countryName } from '../places/names';
import type { FaceRecord } from '../record/types';

type Data<K extends 'regulators' | 'respondents' | 'laws'> = FaceRecord[K][number]['data'];

const distinct = (names: readonly (string | undefined)[]): string[] => [
  ...new Set(names.filter((name): name is string => Boolean(name))),
];

/**
 * The names a page is the page for: every form (the `aka` meta, boosted), and the short ones
 * a reader types bare ("CNIL", "FTC", "GDPR"), which rank the page first when the query is just
 * that name: Pagefind favours a short field that the query fills.
 */
export interface PageNames {
  all: string[];
  short: string[];
}

const pageNames = (long: readonly (string | undefined)[], short: readonly (string | undefined)[]): PageNames => ({
  all: distinct([...long, ...short]),
  short: distinct(short),
});

/** An authority's names: in its own language; in English, short, and its aliases. */
export function regulatorNames(data: Data<'regulators'>): PageNames {
  return pageNames([data.name], [data.englishName, data.shortName, ...data.aliases]);
}

/** A respondent's names: in full, and short when it has a short one. */
export function respondentNames(data: Data<'respondents'>): PageNames {
  return pageNames([data.name], [data.shortName ?? data.name]);
}

/** A law's names: its title, and its short title and the instrument readers filter by. */
export function lawNames(data: Data<'laws'>): PageNames {
  return pageNames([data.title], [data.shortTitle, data.instrument]);
}

/** A country's or bloc's name: a search for "France" finds its place page first. */
export function placeNames(code: string): PageNames {
  return pageNames([], [countryName(code)]);
}

const UNITS: Record<string, string> = { 'Art.': 'Article', 's.': 'section', 'Sec.': 'section', 'r.': 'rule' };

/**
 * A provision as lawyers write it either way round: "GDPR Art. 9" is also "GDPR Article 9",
 * "Article 9 GDPR" and "Art. 9 GDPR"; "BIPA s. 15" is also "BIPA section 15" and "section 15 BIPA".
 * None is short: a provision is never searched by a bare name, and the law's own page must lead a
 * search for the law's name.
 */
export function provisionNames(cited: string): PageNames {
  const parts = /^(.+?) (Art\.|s\.|Sec\.|r\.|§) ?(\S.*)$/.exec(cited);
  if (!parts) return pageNames([cited], []);
  const [, instrument = '', unit = '', number = ''] = parts;
  const spelled = UNITS[unit] ?? unit;
  return pageNames(
    [
      cited,
      `${instrument} ${spelled} ${number}`,
      `${spelled} ${number} ${instrument}`,
      `${unit} ${number} ${instrument}`,
    ],
    [],
  );
}

/** Every name a misspelt search may have meant, sorted. */
export function searchNames(record: FaceRecord): string[] {
  const names = [
    ...record.respondents.flatMap((r) => respondentNames(r.data).all),
    ...record.regulators.flatMap((r) => regulatorNames(r.data).all),
    ...record.regulators.map((r) => countryName(countryOf(r.data.jurisdiction))),
    ...record.laws.flatMap((l) => lawNames(l.data).short),
  ];
  return distinct(names).sort((a, b) => a.localeCompare(b, 'en'));
}
