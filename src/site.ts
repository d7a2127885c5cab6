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

/** The main navigation, in order. */
export const NAV = [
  { href: '/cases/', label: 'Cases' },
  { href: '/regulators/', label: 'Regulators' },
  { href: '/laws/', label: 'Laws' },
  { href: '/explainers/', label: 'Explainers' },
  { href: '/data/', label: 'Data' },
  { href: '/about/', label: 'About' },
] as const;

/** Rows per page of the case index: one page holds today's record, and pages keep it light as it grows. */
export const CASES_PER_PAGE = 100;

/** Entries per page of the change log (/changes/). */
export const CHANGES_PER_PAGE = 50;

/** Rows a regulator's, respondent's or law's case list shows before pointing to search for the rest. */
export const LIST_LIMIT = 100;
