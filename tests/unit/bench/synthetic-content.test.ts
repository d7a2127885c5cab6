import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyCase, type SourceCase } from '../../../scripts/lib/synthetic-content';

const source: SourceCase = {
  id: 'it-garante-fine-2022',
  frontMatter: [
    'title: Garante fines Clearview AI',
    'decided: { date: "2022-02-10", precision: day }',
    'amounts:',
    '  - { kind: fine, value: 20000000, currency: EUR }',
    'related:',
    '  - { case: it-appeal-2023, relation: appealed-by }',
    '  - { case: outside-the-batch, relation: related }',
    'lastVerified: "2026-11-24"',
  ].join('\n'),
  body: 'Body.',
};
const kept = new Set(['it-garante-fine-2022', 'it-appeal-2023']);

describe('synthetic copies of a case', () => {
  it('batch 0 keeps the real ids, sums and title', () => {
    const copy = parse(copyCase(source, 0, kept)) as Record<string, unknown>;
    expect(copy['title']).toBe('Garante fines Clearview AI');
    expect(copy['amounts']).toEqual([{ kind: 'fine', value: 20_000_000, currency: 'EUR' }]);
    expect(copy['related']).toEqual([{ case: 'it-appeal-2023', relation: 'appealed-by' }]);
  });

  it('later batches point their chains inside the batch, drop links that leave it, and vary sums', () => {
    const text = copyCase(source, 3, kept);
    const copy = parse(text) as { title: string; amounts: { value: number }[]; related: unknown[] };
    expect(copy.title).toBe('Garante fines Clearview AI (synthetic copy 3)');
    expect(copy.related).toEqual([{ case: 'it-appeal-2023-b3', relation: 'appealed-by' }]);
    const value = copy.amounts[0]?.value ?? 0;
    expect(value).not.toBe(20_000_000);
    expect(Number.isInteger(value)).toBe(true);
    expect(Math.abs(value / 20_000_000 - 1)).toBeLessThanOrEqual(0.3);
    // Quoted dates stay quoted: unquoted, YAML would read them as timestamps and the build refuses them.
    expect(text).toContain('lastVerified: "2026-11-24"');
    expect(text).toContain('date: "2022-02-10"');
  });
});
