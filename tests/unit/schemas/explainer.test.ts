import { describe, expect, it } from 'vitest';
import { explainerSchema } from '../../../src/schemas/explainer';

const explainer = (change: Record<string, unknown> = {}) => ({
  title: 'Does Clearview pay?',
  description: 'One sentence.',
  published: '2026-11-24',
  updated: '2026-12-02',
  inShort: 'No fine is known to be paid [1].',
  sources: [{ url: 'https://www.cnil.fr/', title: 'Decision', publisher: 'CNIL', kind: 'primary' }],
  ...change,
});

const messages = (data: unknown) =>
  explainerSchema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('explainerSchema', () => {
  it('requires an updated day and a short answer', () => {
    expect(messages(explainer())).toEqual([]);
    expect(messages(explainer({ updated: undefined, inShort: undefined }))).toEqual([
      'updated: required: expected a date in quotes',
      'inShort: required: expected text',
    ]);
  });

  it('keeps the dates in order: published, then each correction, then updated', () => {
    expect(messages(explainer({ updated: '2026-11-01' }))).toEqual([
      'updated: expected a day on or after published (2026-11-24)',
    ]);
    expect(
      messages(
        explainer({
          corrections: [
            { date: '2026-12-01', note: 'Later fix.' },
            { date: '2026-11-30', note: 'Earlier fix.' },
          ],
        }),
      ),
    ).toEqual([
      'corrections.1.date: expected a day from 2026-12-01 to 2026-12-02 (published or the previous correction, then updated): list corrections oldest first',
    ]);
  });
});
