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

/** An explainer's page. */
export const explainerPath = (id: string): string => `/explainers/${id}/`;
