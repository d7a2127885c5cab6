import { describe, expect, it } from 'vitest';
import { lawSchema } from '../../../src/schemas/law';
import { GDPR_FIXTURE } from '../../support/record-fixtures';

function problems(overrides: Record<string, unknown>): string[] {
  const result = lawSchema.safeParse({
    ...GDPR_FIXTURE.data,
    inForce: { date: '2018-05-25', precision: 'day' },
    ...overrides,
  });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const stage = (kind: string, date: string, extra: Record<string, unknown> = {}) => ({
  stage: kind,
  date: { date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year' },
  source: 'https://eur-lex.europa.eu/',
  ...extra,
});

describe('a law', () => {
  it('accepts provisions, identifiers and stages that agree with its header dates', () => {
    expect(
      problems({
        identifiers: [
          { scheme: 'celex', value: '32016R0679' },
          { scheme: 'eli', value: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
          { scheme: 'official-citation', value: 'OJ L 119, 4.5.2016' },
        ],
        stages: [
          stage('proposed', '2012-01-25'),
          stage('adopted', '2016-04-27'),
          stage('in-force', '2016-05-24', { part: 'entry into force; it applies later' }),
          stage('applies', '2018-05-25'),
        ],
      }),
    ).toEqual([]);
  });

  it('refuses a duplicate provision, stages out of order, a stage that contradicts the header and a bad CELEX', () => {
    expect(
      problems({
        provisions: [
          { id: 'art-9', cited: 'GDPR Art. 9', gist: 'g' },
          { id: 'art-9', cited: 'GDPR Art. 9', gist: 'g' },
        ],
        identifiers: [{ scheme: 'celex', value: '2016/679' }],
        stages: [stage('applies', '2018-05-25'), stage('adopted', '2016-04-28')],
      }),
    ).toEqual([
      'identifiers.0.value: expected celex written like "32016R0679", got "2016/679"',
      'provisions.1.id: duplicate provision id "art-9"',
      "stages.1.date: stages go oldest first: 2016-04-28 comes before the previous stage's 2018-05-25",
      'stages.1.date: the adopted stage says 2016-04-28 but adopted says 2016-04-27: expected the same date',
    ]);
  });
});
