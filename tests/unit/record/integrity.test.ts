import { describe, expect, it } from 'vitest';
import { articlesNamed, findContentProblems } from '../../../src/lib/record/integrity';
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

  it('checks respondents, laws and related cases', () => {
    const found = problems(
      recordInput([
        {
          id: 'a',
          data: caseData({
            respondents: ['clearview-ai', 'nobody'],
            laws: ['no-law'],
            related: [
              { case: 'missing-case', relation: 'follows' },
              { case: 'a', relation: 'related' },
            ],
          }),
        },
      ]),
    );
    expect(found.map((p) => p.field)).toEqual(['respondents.1', 'laws.0', 'related.0.case', 'related.1.case']);
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

  it('refuses a law titled by an article that a case linking it does not cite', () => {
    const input = recordInput([
      { id: 'cites', data: caseData({ laws: ['gdpr-art-9'], legalBasis: ['GDPR Art. 9', 'GDPR Art. 6'] }) },
      { id: 'does-not', data: caseData({ laws: ['gdpr-art-9', 'gdpr'], legalBasis: ['GDPR Art. 6', 'GDPR Art. 17'] }) },
    ]);
    const law = (id: string, shortTitle: string) => ({
      id,
      filePath: `content/laws/${id}.mdx`,
      data: { shortTitle } as (typeof input.laws)[number]['data'],
    });
    const found = problems({ ...input, laws: [law('gdpr-art-9', 'GDPR Art. 9'), law('gdpr', 'GDPR')] });
    expect(found).toEqual([
      {
        file: 'content/cases/does-not.mdx',
        field: 'laws.0',
        message:
          'law "gdpr-art-9" is titled "GDPR Art. 9", but legalBasis does not cite Art. 9: expected a law entry named as the whole law, or the article in legalBasis',
      },
    ]);
  });

  it('reads article numbers from citations', () => {
    expect(articlesNamed('GDPR Art. 9')).toEqual(['9']);
    expect(articlesNamed('GDPR Arts. 6, 12 and 17')).toEqual(['6', '12', '17']);
    expect(articlesNamed('Article 5(1)(a) AI Act')).toEqual(['5']);
    expect(articlesNamed('BIPA s. 15(b)')).toEqual([]);
    expect(articlesNamed('GDPR')).toEqual([]);
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
