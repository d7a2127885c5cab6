import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  CORRECTION_FORM,
  NEW_CASE_FORM,
  correctionFormUrl,
  newCaseFormUrl,
} from '../../../src/lib/corrections/report-link';
import { ROOT } from '../../support/paths';

interface IssueForm {
  name: string;
  body: { type: string; id?: string; validations?: { required?: boolean } }[];
}
const form = (template: string) =>
  parse(readFileSync(join(ROOT, '.github/ISSUE_TEMPLATE', template), 'utf8')) as IssueForm;

describe('correction links', () => {
  it('open the correction form with the case, the fact, its value and the page filled in', () => {
    const url = new URL(
      correctionFormUrl('https://github.com/owner/repo/', {
        caseId: 'fr-cnil-sanction-2022',
        pageUrl: 'https://facerules.org/cases/fr-cnil-sanction-2022/',
        field: 'Amount',
        current: 'Fine: €20,000,000 & €100,000 per day',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/owner/repo/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'correction.yml',
      title: 'Correction: fr-cnil-sanction-2022 (Amount)',
      labels: 'correction',
      case: 'fr-cnil-sanction-2022',
      field: 'Amount',
      current: 'Fine: €20,000,000 & €100,000 per day',
      page: 'https://facerules.org/cases/fr-cnil-sanction-2022/',
    });
  });

  it('leave out the fact when the link is for the whole case', () => {
    const url = new URL(correctionFormUrl('https://github.com/o/r', { caseId: 'a', pageUrl: 'https://x.org/' }));
    expect([...url.searchParams.keys()]).toEqual(['template', 'title', 'labels', 'case', 'page']);
    expect(new URL(newCaseFormUrl('https://github.com/o/r', 'https://x.org/')).searchParams.get('template')).toBe(
      'new-case.yml',
    );
  });

  // GitHub fills a form field from the query parameter named by its id: a renamed id would
  // silently open an empty form.
  it.each([CORRECTION_FORM, NEW_CASE_FORM])('$template has a field for every parameter a link fills in', (spec) => {
    const ids = form(spec.template).body.map((item) => item.id);
    for (const field of spec.fields) expect(ids).toContain(field);
  });

  it('the correction form asks for the proposed value and a source', () => {
    const body = form(CORRECTION_FORM.template).body;
    for (const id of ['proposed', 'source']) {
      expect(body.find((item) => item.id === id)?.validations?.required, id).toBe(true);
    }
  });
});
