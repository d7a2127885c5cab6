/** What a citation of a Face Rules page needs. */
export interface CitationInput {
  /** Page title. */
  title: string;
  /** Absolute permalink. */
  url: string;
  /** Day the facts were last verified, `YYYY-MM-DD`. */
  lastVerified: string;
  /** Day the reader accessed the page, `YYYY-MM-DD` (the build date is not used: builds are reproducible). */
  accessed?: string;
  /** A stable key, e.g. the case id. */
  key: string;
  /** For a dated release of the open data: its date, cited as the dataset's version. */
  release?: string;
}

const PUBLISHER = 'Face Rules';

/** "Face Rules. “Title.” Last verified 24 November 2026. https://…" */
export function plainCitation(
  { title, url, lastVerified, release }: CitationInput,
  formatDay: (day: string) => string,
): string {
  if (release) return `${PUBLISHER}. “${title}.” Data set, release ${release}. ${url}`;
  return `${PUBLISHER}. “${title}.” Last verified ${formatDay(lastVerified)}. ${url}`;
}

/** Escapes the characters BibTeX treats specially. */
function bibtexEscape(text: string): string {
  return text.replace(/([\\{}&%$#_^~])/g, '\\$1');
}

/** A BibTeX `@misc` entry. */
export function bibtexCitation({ title, url, lastVerified, key, release }: CitationInput): string {
  const [year, month] = (release ?? lastVerified).split('-');
  return [
    `@misc{facerules-${key},`,
    `  title = {${bibtexEscape(title)}},`,
    `  author = {{${PUBLISHER}}},`,
    `  year = {${year}},`,
    `  month = {${Number(month)}},`,
    `  url = {${url}},`,
    ...(release ? [`  version = {${release}},`, `  howpublished = {Data set},`] : []),
    `  note = {${release ? `Release ${release}` : `Last verified ${lastVerified}`}}`,
    '}',
  ].join('\n');
}

/** A CSL-JSON item (the format Zotero and citeproc read), as a formatted string. */
export function cslJsonCitation({ title, url, lastVerified, key, release }: CitationInput): string {
  const [year, month, day] = (release ?? lastVerified).split('-').map(Number);
  const item = {
    id: `facerules-${key}`,
    type: release ? 'dataset' : 'webpage',
    ...(release ? { version: release } : {}),
    title,
    'container-title': PUBLISHER,
    publisher: PUBLISHER,
    URL: url,
    issued: { 'date-parts': [[year, month, day]] },
  };
  return JSON.stringify([item], null, 2);
}
