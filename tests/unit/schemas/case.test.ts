import { describe, expect, it } from 'vitest';
import { caseSchema, type CaseData, type CorrectionData } from '../../../src/schemas/case';
import { caseData } from '../../support/record-fixtures';

const correction = (overrides: Partial<CorrectionData> = {}): CorrectionData => ({
  date: '2026-12-01',
  kind: 'correction',
  field: 'decided',
  from: '3 December 2024',
  to: 'January 2025',
  reason: 'The date was the proposed order, not the final one.',
  source: 'https://www.ftc.gov/',
  ...overrides,
});

/** Each problem as "path: message", so a test reads like the build's error. */
function problems(data: unknown): string[] {
  const result = caseSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('a case history', () => {
  it('accepts a case with no corrections and one with dated corrections in order', () => {
    expect(problems(caseData())).toEqual([]);
    expect(
      problems(
        caseData({
          status: 'final',
          corrections: [
            correction(),
            correction({ date: '2026-12-02', kind: 'status', field: 'status', from: 'under-appeal', to: 'final' }),
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('requires the day the case was added, no later than its verification', () => {
    const withoutAdded: Partial<CaseData> = caseData();
    delete withoutAdded.added;
    expect(problems(withoutAdded)).toEqual(['added: required: expected a date in quotes']);
    expect(problems(caseData({ added: '2026-11-25', lastVerified: '2026-11-24' }))).toEqual([
      'added: added 2026-11-25 is after lastVerified 2026-11-24: a case is verified when it is added',
    ]);
  });

  it('refuses corrections before the case was added or out of order', () => {
    expect(problems(caseData({ corrections: [correction({ date: '2026-11-01' })] }))).toEqual([
      'corrections.0.date: expected 2026-11-01 on or after 2026-11-24 (the day added, then each earlier correction): list corrections oldest first',
    ]);
    expect(
      problems(caseData({ corrections: [correction({ date: '2026-12-05' }), correction({ date: '2026-12-02' })] })),
    ).toEqual([
      'corrections.1.date: expected 2026-12-02 on or after 2026-12-05 (the day added, then each earlier correction): list corrections oldest first',
    ]);
  });

  it('names a real field, and a status change names a status with terms of its vocabulary', () => {
    expect(problems(caseData({ corrections: [correction({ field: 'decision' })] }))[0]).toMatch(
      /^corrections\.0\.field: expected one of title, regulator, .* got "decision"$/,
    );
    expect(problems(caseData({ corrections: [correction({ kind: 'status', field: 'summary' })] }))).toEqual([
      'corrections.0.field: a status change names status or paymentStatus; got "summary"',
    ]);
    expect(
      problems(caseData({ corrections: [correction({ field: 'status', from: 'appealed', to: 'final' })] })),
    ).toEqual([
      'corrections.0.from: expected one of final, under-appeal, overturned, reduced-on-appeal, superseded, pending, withdrawn for status; got "appealed"',
    ]);
  });

  it('the last change to a status leads to the status the case shows', () => {
    expect(
      problems(
        caseData({
          paymentStatus: 'unpaid',
          corrections: [correction({ kind: 'status', field: 'paymentStatus', from: 'unknown', to: 'paid' })],
        }),
      ),
    ).toEqual([
      'corrections.0.to: the last change to paymentStatus leads to "paid", but the case says paymentStatus: unpaid',
    ]);
  });

  it('a correction needs its reason and an https source', () => {
    expect(problems(caseData({ corrections: [correction({ reason: ' ', source: 'http://www.ftc.gov/' })] }))).toEqual([
      'corrections.0.reason: expected text, got an empty string',
      'corrections.0.source: expected an https:// URL with a host name not ending in a dot, got "http://www.ftc.gov/"',
    ]);
  });
});

describe('provisions and identifiers on a case', () => {
  it('accept a provision with a pinpoint, a whole-law citation and typed identifiers', () => {
    expect(
      problems(
        caseData({
          provisions: [
            { law: 'eu-gdpr', provision: 'art-5', pinpoint: '(1)(a)-(c)', role: 'breached' },
            { law: 'au-privacy-act-1988', provision: 'app-3', pinpoint: '.3', role: 'not-breached' },
            { law: 'us-il-bipa', role: 'relied-on' },
          ],
          identifiers: [
            { scheme: 'ecli', value: 'ECLI:EU:C:2023:1' },
            { scheme: 'neutral-citation', value: '[2025] UKUT 319 (AAC)' },
            { scheme: 'docket', value: '1:21-cv-00135' },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('refuse an unknown role, a malformed pinpoint, a pinpoint without a provision and a bad ECLI', () => {
    expect(
      problems(
        caseData({
          provisions: [
            { law: 'eu-gdpr', provision: 'art-5', pinpoint: '1(a)', role: 'breached' },
            { law: 'eu-gdpr', pinpoint: '(1)', role: 'breached' },
            // @ts-expect-error: the point of the test
            { law: 'eu-gdpr', provision: 'art-9', role: 'violated' },
          ],
          identifiers: [{ scheme: 'ecli', value: 'EU:C:2023:1' }],
        }),
      ),
    ).toEqual([
      'provisions.0.pinpoint: expected a pinpoint such as "(1)(a)", "(1)(a)-(c)" or ".3"',
      'provisions.1.pinpoint: a pinpoint needs the provision it points into',
      'provisions.2.role: expected one of breached, not-breached, rejected, relied-on, considered; got "violated"',
      'identifiers.0.value: expected ecli written like "ECLI:EU:C:2023:1", got "EU:C:2023:1"',
    ]);
  });
});
