import { describe, expect, it } from 'vitest';
import { findContentProblems } from '../../../src/lib/record/integrity';
import { rateBook } from '../../../src/lib/money/rates';
import { caseData, recordInput } from '../../support/record-fixtures';

function problems(input: ReturnType<typeof recordInput>) {
  return findContentProblems(input, rateBook(input.fx.map((t) => t.data)));
}

describe('findContentProblems', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(problems(recordInput([{ id: 'a', data: caseData() }]))).toEqual([]);
  });

  it('names the file and field of a reference to a missing regulator', () => {
    expect(problems(recordInput([{ id: 'a', data: caseData({ regulator: 'fr-cnill' }) }]))).toEqual([
      {
        file: 'content/cases/a.mdx',
        field: 'regulator',
        message: 'no regulator "fr-cnill": expected the id of a file in content/regulators/',
      },
    ]);
  });

  it('checks respondents, the laws of provisions and related cases', () => {
    const found = problems(
      recordInput([
        {
          id: 'a',
          data: caseData({
            respondents: ['clearview-ai', 'nobody'],
            provisions: [{ law: 'no-law', role: 'breached' }],
            related: [
              { case: 'missing-case', relation: 'follows' },
              { case: 'a', relation: 'related' },
            ],
          }),
        },
      ]),
    );
    expect(found.map((p) => p.field)).toEqual([
      'respondents.1',
      'provisions.0.law',
      'related.0.case',
      'related.1.case',
    ]);
    expect(found[3]?.message).toBe('a case cannot be related to itself');
  });

  it('requires a reference rate for every sum not in euros', () => {
    const gbp = (date: string) =>
      caseData({
        decided: { date, precision: 'day' },
        amounts: [{ kind: 'fine', value: 1, currency: 'GBP', frtSpecific: true }],
      });
    expect(problems(recordInput([{ id: 'ok', data: gbp('2022-05-20') }]))).toEqual([]);
    expect(problems(recordInput([{ id: 'late', data: gbp('2022-06-20') }]))).toEqual([
      {
        file: 'content/cases/late.mdx',
        field: 'amounts.0.currency',
        message: 'no GBP reference rate on or up to 7 days before 2022-06-20: add one to content/fx/gbp.yaml',
      },
    ]);
  });

  it('reports duplicate ids with both files', () => {
    const input = recordInput([
      { id: 'a', data: caseData() },
      { id: 'a', data: caseData() },
    ]);
    expect(problems(input)[0]?.message).toBe('duplicate case id "a", already used by content/cases/a.mdx');
  });

  it('refuses two authorities with one short name, which would merge in every filter', () => {
    const input = recordInput();
    const [cnil] = input.regulators;
    if (!cnil) throw new Error('fixture');
    const twin = { ...cnil, id: 'ke-cnil', filePath: 'content/regulators/ke-cnil.yaml' };
    expect(problems({ ...input, regulators: [...input.regulators, twin] })).toEqual([
      {
        file: 'content/regulators/ke-cnil.yaml',
        field: 'shortName',
        message:
          '"CNIL" is already the short name of content/regulators/fr-cnil.yaml: expected a short name no other authority or court has, e.g. with its place',
      },
    ]);
  });
});
