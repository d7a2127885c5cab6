import { describe, expect, it } from 'vitest';
import { gapSeries, layoutEnforcementGap, MAX_STEP_MARKS } from '../../../../src/lib/charts/enforcement-gap/layout';
import { money, SAMPLE, WITH_SETTLEMENTS } from '../fixtures';

describe('gapSeries', () => {
  it('runs through standing fines oldest first, adding to "paid" only what was paid in full', () => {
    expect(gapSeries(SAMPLE.money).map((s) => [s.p.key, s.imposed, s.paid])).toEqual([
      ['se#0', 248_016, 248_016],
      ['it#0', 20_248_016, 248_016],
      ['gb-fine#0', 29_168_294.73, 248_016],
    ]);
  });

  it('leaves out settlements, proposals and daily rates, however they are ordered', () => {
    const shuffled = [...WITH_SETTLEMENTS.money].reverse();
    expect(gapSeries(shuffled).map((s) => s.p.key)).toEqual(['se#0', 'it#0', 'gb-fine#0']);
  });

  it('orders fines of the same day by key, so the steps never depend on input order', () => {
    const sameDay = [money({ key: 'b#0', standing: true }), money({ key: 'a#0', standing: true })];
    expect(gapSeries(sameDay).map((s) => s.p.key)).toEqual(['a#0', 'b#0']);
  });
});

describe('layoutEnforcementGap', () => {
  const gap = layoutEnforcementGap(SAMPLE.money, { width: 720, until: '2026-11-24' });

  it('adds up standing fines in date order, and only fully paid ones as paid', () => {
    expect(gap.steps.map((s) => s.key)).toEqual(['se#0', 'it#0', 'gb-fine#0']);
    expect(gap.steps.map((s) => s.total)).toEqual([248_016, 20_248_016, 29_168_294.73]);
    expect(gap.imposedTotal).toBe(29_168_294.73);
    expect(gap.paidTotal).toBe(248_016);
  });

  it('draws both lines as steps from zero to the end of the axis', () => {
    expect(gap.imposedPath).toBe(
      'M64,264L75.5,264L75.5,262L180.8,262L180.8,102L208.8,102L208.8,30.7L696,30.7L696,30.7',
    );
    expect(gap.paidPath).toBe('M64,264L75.5,264L75.5,262L180.8,262L180.8,262L208.8,262L208.8,262L696,262L696,262');
  });

  it('runs the time axis from the year of the first fine to the year after the last update', () => {
    expect(gap.xTicks.map((t) => t.label)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026', '2027']);
    expect(gap.xTicks.at(-1)?.x).toBe(gap.plot.x + gap.plot.width);
    // Updated on 1 January: the axis ends there, not a year later.
    const newYear = layoutEnforcementGap(SAMPLE.money, { width: 720, until: '2027-01-01' });
    expect(newYear.xTicks.at(-1)?.label).toBe('2027');
  });

  it('rounds the value axis to whole steps above the total', () => {
    expect(gap.yTicks.map((t) => t.label)).toEqual(['€0', '€5M', '€10M', '€15M', '€20M', '€25M', '€30M']);
  });

  it('describes each step for screen readers with what it adds and both running totals', () => {
    expect(gap.steps[1]?.description).toBe(
      '10 February 2022: Garante adds €20M; running total imposed €20.2M, known paid €248k.',
    );
  });

  it('draws flat lines at zero and no marks when there is no standing fine', () => {
    const empty = layoutEnforcementGap([], { width: 720, until: '2026-11-24' });
    expect(empty.steps).toEqual([]);
    expect(empty.imposedPath).toBe('M64,264L696,264L696,264');
    expect(empty.paidPath).toBe(empty.imposedPath);
    expect([empty.imposedTotal, empty.paidTotal]).toEqual([0, 0]);
    expect(empty.xTicks[0]?.label).toBe('2020');
  });
});

describe('an enforcement gap of thousands of fines', () => {
  const fines = Array.from({ length: 3000 }, (_, i) =>
    money({ key: `c${i}#0`, eur: 1000 + i, day: `20${15 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}` }),
  );
  const gap = layoutEnforcementGap(fines, { width: 720, until: '2026-11-24' });

  it('draws each line with at most one corner per pixel, and ends at the same totals', () => {
    const corners = (path: string) => (path.match(/[ML]/g) ?? []).length;
    expect(corners(gap.imposedPath)).toBeLessThanOrEqual(2 * 720);
    expect(gap.imposedTotal).toBe(fines.reduce((sum, p) => sum + p.eur, 0));
  });

  it('gives only the largest fines a mark', () => {
    expect(gap.steps).toHaveLength(MAX_STEP_MARKS);
    expect(Math.min(...gap.steps.map((s) => s.point.eur))).toBe(1000 + 3000 - MAX_STEP_MARKS);
  });
});
