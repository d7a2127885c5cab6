import { SECTIONS } from './lib/routes';

/**
 * Site-wide settings that are not content. The public URL comes from astro.config (SITE_URL);
 * set these when deploying under another name.
 */
export const SITE = {
  name: 'Face Rules',
  tagline: 'The sourced record of facial-recognition fines, orders and rulings',
  /**
   * The project's repository, where readers report corrections and new cases through its issue
   * forms (.github/ISSUE_TEMPLATE/). The deploy workflow sets REPOSITORY_URL to the repository it
   * builds from, so a fork that deploys sends readers to its own issues.
   */
  repository: (process.env['REPOSITORY_URL'] ?? 'https://github.com/facerules/face-rules').replace(/\/+$/, ''),
  /**
   * The authority feed entry ids are minted under (tag URIs, RFC 4151). Fixed for ever: a feed
   * reader knows an entry by its id, so ids must not change when the site moves to another host.
   */
  feedIdAuthority: 'facerules.org,2026',
  /** The licence of the open data: stated on /data/, in its schema.org Dataset and in the data package. */
  dataLicence: {
    /** SPDX identifier, which is also the Open Definition id the data package wants. */
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
} as const;

/** The main navigation, in order: the sections with a navigation label. */
export const NAV: readonly { href: string; label: string }[] = Object.values(SECTIONS).flatMap((section) =>
  'nav' in section ? [{ href: section.path, label: section.nav }] : [],
);

/** Rows per page of the case index: one page holds today's record, and pages keep it light as it grows. */
export const CASES_PER_PAGE = 100;

/** Entries per page of the change log (/changes/). */
export const CHANGES_PER_PAGE = 50;

/** Rows a regulator's, respondent's or law's case list shows before pointing to search for the rest. */
export const LIST_LIMIT = 100;

/**
 * The index pages of the site's sections: title, description (for search engines and link
 * previews) and the lede under the heading. The regulators' description counts the record, so
 * that page writes its own.
 */
interface IndexPageText {
  title: string;
  description?: string;
  lede?: string;
}

const indexPages = {
  explainers: {
    title: 'Explainers',
    description:
      'Long reads on facial-recognition law: what biometric data is, why regulators ruled against Clearview AI, whether fines get paid, and what the EU AI Act changes.',
    lede: 'Long reads that put the cases in context. Every claim is numbered to its source.',
  },
  search: {
    title: 'Search',
    description:
      'Search every ruling, regulator, respondent, law and explainer on Face Rules, with filters by regulator, place, respondent, year, action, legal instrument, provision and status.',
  },
  laws: {
    title: 'Laws',
    description:
      'The laws, articles and binding rules on facial recognition and biometric data in the Face Rules record: what each prohibits or requires, and the cases decided under it.',
    lede: 'The rules that decisions in the record apply, and the new laws written for facial recognition. Each page says what the law prohibits or requires, its penalties, and the cases decided under it.',
  },
  respondents: {
    title: 'Respondents',
    description:
      'Every company, police force and public body in the Face Rules record, with the actions taken against each.',
    lede: 'The companies, police forces and public bodies that regulators and courts have acted against, with the most cases first.',
  },
  map: {
    title: 'Enforcement map',
    description:
      'Where regulators and courts have acted on facial recognition: every country, bloc, state and province in the Face Rules record, shaded by number of cases or by standing fines.',
    lede: 'What has been done where you live. Each place links to its page: its authorities and courts, its cases and the laws that apply there; every place is also listed on the places page.',
  },
  numbers: {
    title: 'The record in numbers',
    description:
      'Facial-recognition enforcement in figures: cases by year, region and kind of action, fines imposed and known to be paid, the largest fines and how long they took.',
    lede: 'What the record adds up to, each figure linked to the cases it counts.',
  },
  places: {
    title: 'Places',
    description:
      'Every country and bloc in the Face Rules record: what regulators and courts have done about facial recognition there, and the laws that apply.',
    lede: 'What has been done where you live: each country and bloc with its authorities and courts, its cases, its fines and the laws that apply there.',
  },
  regulators: {
    title: 'Regulators and courts',
    lede: 'Every authority and court that has decided a facial-recognition case in the record, grouped by country. Totals count standing facial-recognition fines and penalty payments, converted to euros.',
  },
} satisfies Record<string, IndexPageText>;

export const INDEX_PAGES: Record<keyof typeof indexPages, IndexPageText> = indexPages;
