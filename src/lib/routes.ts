// Every page of an entry has its path written here once. Paths are site paths ("/cases/x/"):
// pass them through withBase (lib/paths.ts) for a link, or absoluteUrl for a permalink.

/** A case's page. */
export const casePath = (id: string): string => `/cases/${id}/`;

/** An authority's or court's page. */
export const regulatorPath = (id: string): string => `/regulators/${id}/`;

/** A respondent's page. */
export const respondentPath = (id: string): string => `/respondents/${id}/`;

/** A law's page. */
export const lawPath = (id: string): string => `/laws/${id}/`;

/** The page of one provision of a law. */
export const provisionPath = (lawId: string, provisionId: string): string => `/laws/${lawId}/${provisionId}/`;

/** A case's card, to embed in another site: `/embed/case/<id>/`. */
export const caseEmbedPath = (id: string): string => `/embed/case/${id}/`;

/** A country's or bloc's page: `/places/fr/`, `/places/eu/`. */
export const placePath = (code: string): string => `/places/${code.toLowerCase()}/`;

/** An explainer's page. */
export const explainerPath = (id: string): string => `/explainers/${id}/`;

/** One step of a breadcrumb trail: a page's name and site path. */
export interface Crumb {
  name: string;
  path: string;
}

/**
 * The site's sections, each an index page: the first step of every trail below it, and (those
 * with a `nav` label) the main navigation, in this order.
 */
export const SECTIONS = {
  cases: { name: 'Cases', path: '/cases/', nav: 'Cases' },
  regulators: { name: 'Regulators and courts', path: '/regulators/', nav: 'Regulators' },
  respondents: { name: 'Respondents', path: '/respondents/' },
  laws: { name: 'Laws', path: '/laws/', nav: 'Laws' },
  places: { name: 'Places', path: '/places/', nav: 'Places' },
  explainers: { name: 'Explainers', path: '/explainers/', nav: 'Explainers' },
  compare: { name: 'Compare', path: '/compare/' },
  data: { name: 'Open data', path: '/data/', nav: 'Data' },
  feeds: { name: 'Feeds', path: '/feeds/' },
  about: { name: 'About', path: '/about/', nav: 'About' },
} as const satisfies Record<string, Crumb & { nav?: string }>;

/** The breadcrumb trail of a page: its section, then the pages down to it. */
export const trail = (section: keyof typeof SECTIONS, ...pages: Crumb[]): Crumb[] => [
  { name: SECTIONS[section].name, path: SECTIONS[section].path },
  ...pages,
];
