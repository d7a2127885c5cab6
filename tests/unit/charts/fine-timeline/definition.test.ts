import { describe, expect, it } from 'vitest';
import { fineTimeline } from '../../../../src/lib/charts/fine-timeline/definition';
import { SAMPLE, WITH_SETTLEMENTS } from '../fixtures';

describe('fine timeline definition', () => {
  it('titles by the sums shown and the filters', () => {
    const names = { FR: 'France' };
    expect(fineTimeline.title(fineTimeline.defaults, names)).toBe('Facial-recognition fines and settlements over time');
    expect(fineTimeline.title({ ...fineTimeline.defaults, sums: 'agreed', jurisdiction: 'FR' }, names)).toBe(
      'Facial-recognition settlements and damages over time: France',
    );
  });

  it('shows fines or money agreed apart, keeping only the links between sums it still shows', () => {
    const fines = fineTimeline.points({ ...fineTimeline.defaults, sums: 'fines' }, WITH_SETTLEMENTS);
    const agreed = fineTimeline.points({ ...fineTimeline.defaults, sums: 'agreed' }, WITH_SETTLEMENTS);
    expect(fines.money.every((p) => !p.agreed)).toBe(true);
    expect(agreed.money.every((p) => p.agreed)).toBe(true);
    expect(fines.money.length + agreed.money.length).toBe(WITH_SETTLEMENTS.money.length);
    const keys = new Set(agreed.money.map((p) => p.key));
    expect(agreed.links.every((l) => keys.has(l.from) && keys.has(l.to))).toBe(true);
  });

  it('shown only money agreed, it does not say that no fine matches', () => {
    const options = { ...fineTimeline.defaults, sums: 'agreed' as const };
    const summary = fineTimeline.summary(options, fineTimeline.points(options, WITH_SETTLEMENTS), {});
    expect(summary.join(' ')).not.toContain('No standing fine');
    expect(summary.join(' ')).toMatch(/settlements and damages awards .* drawn as squares/);
  });

  it('lists every sum it shows in its table, oldest first', () => {
    const shown = fineTimeline.points(fineTimeline.defaults, SAMPLE);
    const table = fineTimeline.table(fineTimeline.defaults, shown, 'T', {}, 100);
    expect(table.rows.map((row) => row.path)).toEqual(shown.money.map((p) => p.url));
  });
});
