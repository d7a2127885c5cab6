import { describe, expect, it } from 'vitest';
import { bibtexCitation, cslJsonCitation, plainCitation } from '../../../src/lib/cite/cite';
import { formatDay } from '../../../src/lib/dates/partial-date';

const input = {
  title: 'CNIL fines Clearview AI €20 million & orders deletion',
  url: 'https://facerules.org/cases/fr-cnil-sanction-2022/',
  lastVerified: '2026-11-24',
  key: 'fr-cnil-sanction-2022',
};

describe('citations', () => {
  it('plain text names the publisher, title, verification date and permalink', () => {
    expect(plainCitation(input, formatDay)).toBe(
      'Face Rules. “CNIL fines Clearview AI €20 million & orders deletion.” Last verified 24 November 2026. https://facerules.org/cases/fr-cnil-sanction-2022/',
    );
  });

  it('BibTeX escapes special characters and keeps the corporate author whole', () => {
    const bib = bibtexCitation(input);
    expect(bib).toContain('@misc{facerules-fr-cnil-sanction-2022,');
    expect(bib).toContain('title = {CNIL fines Clearview AI €20 million \\& orders deletion},');
    expect(bib).toContain('author = {{Face Rules}},');
    expect(bib).toContain('month = {11},');
  });

  it('CSL-JSON is valid JSON with the date as date-parts', () => {
    const [item] = JSON.parse(cslJsonCitation(input)) as [Record<string, unknown>];
    expect(item).toMatchObject({ type: 'webpage', URL: input.url, issued: { 'date-parts': [[2026, 11, 24]] } });
  });

  it('a data release is cited as a data set, with its release date as the version', () => {
    const release = {
      ...input,
      title: 'Face Rules data',
      url: 'https://facerules.org/data/releases/2026-12-01/',
      key: 'data-2026-12-01',
      release: '2026-12-01',
    };
    expect(plainCitation(release, formatDay)).toBe(
      'Face Rules. “Face Rules data.” Data set, release 2026-12-01. https://facerules.org/data/releases/2026-12-01/',
    );
    expect(bibtexCitation(release)).toContain('version = {2026-12-01},');
    const [item] = JSON.parse(cslJsonCitation(release)) as [Record<string, unknown>];
    expect(item).toMatchObject({ type: 'dataset', version: '2026-12-01', issued: { 'date-parts': [[2026, 12, 1]] } });
  });
});
