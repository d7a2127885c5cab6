// Links that open the project's GitHub issue forms with what the reader was looking at filled in.
// GitHub fills an issue form's field from the query parameter named by the field's `id`, so the
// names here and the ids in .github/ISSUE_TEMPLATE/*.yml are one contract (tested).

/** The issue form for a correction, and the ids of the fields a link fills in. */
export const CORRECTION_FORM = { template: 'correction.yml', fields: ['case', 'field', 'current', 'page'] } as const;

/** The issue form for a case the record does not have yet. */
export const NEW_CASE_FORM = { template: 'new-case.yml', fields: ['page'] } as const;

/** What a correction link knows: the case, and optionally the one fact the reader disputes. */
export interface CorrectionTarget {
  caseId: string;
  /** The absolute URL of the page the reader was on. */
  pageUrl: string;
  /** The fact's name as the page shows it ("Decided"), when the link sits beside one fact. */
  field?: string;
  /** The fact's value as the page shows it. */
  current?: string;
}

function issueUrl(repository: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  return `${repository.replace(/\/+$/, '')}/issues/new?${query.toString()}`;
}

/** The "new issue" address of the correction form, with the case and the fact filled in. */
export function correctionFormUrl(repository: string, target: CorrectionTarget): string {
  return issueUrl(repository, {
    template: CORRECTION_FORM.template,
    title: `Correction: ${target.caseId}${target.field ? ` (${target.field})` : ''}`,
    labels: 'correction',
    case: target.caseId,
    field: target.field,
    current: target.current,
    page: target.pageUrl,
  });
}

/** The "new issue" address of the new-case form. */
export function newCaseFormUrl(repository: string, pageUrl: string): string {
  return issueUrl(repository, { template: NEW_CASE_FORM.template, labels: 'new case', page: pageUrl });
}
