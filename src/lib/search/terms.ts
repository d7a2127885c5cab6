// Terms of art and their synonyms, for the search index: a page that says "periodic penalty
// payment" is also found by "astreinte", "Zwangsgeld" or "daily fine". Pagefind has no synonyms,
// so the index is given the other words of each group a page uses (src/lib/search/additions.ts).
import { foldDiacritics } from './fold';

/** Words that name one thing, in the record's English, the press's, and the authorities' own. */
export interface TermGroup {
  readonly terms: readonly string[];
  /** Why these are one thing, and where the foreign terms come from. */
  readonly why: string;
}

/**
 * Reviewed groups. A term written in capitals (DPA, GDPR) matches only in capitals, so "led" or
 * "avg" in a sentence does not pull in a group. Add a term only where a reader searching it wants
 * every page that uses the others.
 */
export const TERM_GROUPS: readonly TermGroup[] = [
  {
    terms: [
      'periodic penalty payment',
      'penalty payment',
      'overdue penalty payment',
      'daily penalty',
      'daily fine',
      'astreinte',
      'Zwangsgeld',
      'dwangsom',
      'last onder dwangsom',
      'penalità di mora',
      'multa coercitiva',
    ],
    why:
      'A sum per day (or per breach) until an order is obeyed. The foreign terms are the EU’s own: ' +
      'Regulation (EC) No 1/2003, Art. 24, “periodic penalty payments” is “astreintes” in French, ' +
      '“Zwangsgelder” in German, “dwangsommen” in Dutch, “penalità di mora” in Italian and ' +
      '“multas coercitivas” in Spanish; the Dutch AP imposes a “last onder dwangsom”; “daily fine” ' +
      'is the press’s word.',
  },
  {
    terms: [
      'data protection authority',
      'DPA',
      'supervisory authority',
      'data protection regulator',
      'privacy regulator',
      'privacy watchdog',
      'data watchdog',
    ],
    why: 'GDPR Art. 51 says “supervisory authority”; authorities call themselves DPAs; the press says watchdog.',
  },
  {
    terms: ['settlement', 'settlement agreement', 'consent order', 'consent decree', 'stipulated order'],
    why: 'Cases ended by agreement: class settlements in US courts, consent and stipulated orders at the FTC.',
  },
  {
    terms: [
      'fine',
      'administrative fine',
      'monetary penalty',
      'monetary penalty notice',
      'amende',
      'sanzione',
      'multa',
      'Bußgeld',
      'Geldbuße',
      'boete',
      'geldboete',
      'πρόστιμο',
    ],
    why:
      'GDPR Art. 83 “administrative fines” is “amendes administratives”, “sanzioni amministrative”, ' +
      '“multas administrativas”, “Geldbußen”, “administratieve geldboeten”, “διοικητικά πρόστιμα”; ' +
      'the UK ICO issues “monetary penalty notices”.',
  },
  {
    terms: [
      'facial recognition',
      'face recognition',
      'facial recognition technology',
      'FRT',
      'reconnaissance faciale',
      'riconoscimento facciale',
      'reconocimiento facial',
      'Gesichtserkennung',
      'gezichtsherkenning',
    ],
    why: 'The subject of the record, in English and the languages of its authorities.',
  },
  {
    terms: [
      'biometric data',
      'biometric information',
      'biometric identifier',
      'faceprint',
      'face template',
      'facial template',
      'face geometry',
    ],
    why: 'GDPR Art. 4(14) “biometric data”; BIPA’s “biometric identifier” and “biometric information” (a scan of face geometry); the press’s faceprints.',
  },
  {
    terms: ['GDPR', 'General Data Protection Regulation', 'RGPD', 'DSGVO', 'AVG', 'Regulation (EU) 2016/679'],
    why: 'The GDPR’s name in English, French, Spanish and Portuguese (RGPD), German (DSGVO) and Dutch (AVG).',
  },
  {
    terms: ['AI Act', 'Artificial Intelligence Act', 'Regulation (EU) 2024/1689', 'KI-Verordnung'],
    why: 'The AI Act’s short, full and official names, and its German name.',
  },
  {
    terms: ['unpaid', 'not paid', 'never paid', 'has not paid', 'uncollected'],
    why: 'How readers ask whether a fine was paid: the record says “unpaid”.',
  },
  {
    terms: ['class action', 'class-action lawsuit', 'collective action', 'representative action'],
    why: 'Suits for a group of people: US class actions, UK representative and EU collective actions.',
  },
  {
    terms: ['scraping', 'web scraping', 'untargeted scraping', 'scraped images'],
    why: 'How Clearview and others built their databases; AI Act Art. 5(1)(e) says “untargeted scraping”.',
  },
  {
    terms: ['DPIA', 'data protection impact assessment', 'impact assessment'],
    why: 'GDPR Art. 35.',
  },
];

/** Words of a text, accents folded, separated by single spaces, with a space at each end. */
function words(text: string): string {
  return ` ${foldDiacritics(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Capitals-only terms (DPA, FRT) match their capitals; others match in any case. */
const isAcronym = (term: string) => /^[\p{Lu}\p{N}]+$/u.test(term);

/** Each term as matched: its words in the singular and the plural, lower-cased unless an acronym. */
interface Matcher {
  term: string;
  acronym: boolean;
  forms: string[];
}

const matchers = new WeakMap<readonly TermGroup[], Matcher[][]>();

/** The groups' matchers, made once per table: a build matches every indexed page against them. */
function matchersOf(groups: readonly TermGroup[]): Matcher[][] {
  let made = matchers.get(groups);
  if (!made) {
    made = groups.map((group) =>
      group.terms.map((term) => {
        const acronym = isAcronym(term);
        // A term is used in the singular or the plural ("penalty payments").
        const forms = [term, `${term}s`].map((form) => (acronym ? words(form) : words(form).toLowerCase()));
        return { term, acronym, forms };
      }),
    );
    matchers.set(groups, made);
  }
  return made;
}

/**
 * The terms of every group that `text` uses a term of, less the ones it already uses: what the
 * index adds so the page is found by its readers' other words. In the table's order, no repeats.
 */
export function relatedTerms(text: string, groups: readonly TermGroup[] = TERM_GROUPS): string[] {
  const exact = words(text);
  const lower = exact.toLowerCase();
  const uses = ({ acronym, forms }: Matcher) => forms.some((form) => (acronym ? exact : lower).includes(form));
  const added = new Set<string>();
  for (const group of matchersOf(groups)) {
    if (!group.some(uses)) continue;
    for (const matcher of group) if (!uses(matcher)) added.add(matcher.term);
  }
  return [...added];
}
