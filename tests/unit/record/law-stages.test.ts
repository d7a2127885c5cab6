import { describe, expect, it } from 'vitest';
import { nextStage, stagesAsOf } from '../../../src/lib/record/law-stages';
import type { LawStageData } from '../../../src/schemas/law';

const stages: LawStageData[] = [
  { stage: 'adopted', date: { date: '2024-06-13', precision: 'day' }, source: 'https://eur-lex.europa.eu/a' },
  { stage: 'applies', date: { date: '2025-02-02', precision: 'day' }, part: 'Article 5', source: 'https://x.eu/b' },
  { stage: 'applies', date: { date: '2027', precision: 'year' }, part: 'high-risk rules', source: 'https://x.eu/c' },
];

describe('law stages', () => {
  it('are past or upcoming as of the day the record was checked, not the clock', () => {
    expect(stagesAsOf(stages, '2026-12-02').map((s) => s.upcoming)).toEqual([false, false, true]);
    expect(stagesAsOf(stages, '2024-01-01').map((s) => s.upcoming)).toEqual([true, true, true]);
  });

  it('give the next stage and the days to it from that day', () => {
    expect(nextStage(stages, '2026-12-02')).toEqual({ stage: stages[2], daysAfter: 30 });
    expect(nextStage(stages, '2025-02-01')?.daysAfter).toBe(1);
    expect(nextStage(stages, '2027-06-01')).toBeUndefined();
  });
});
