import { describe, expect, it } from 'vitest';
import { layoutEnforcementGap, MAX_STEP_MARKS } from '../../../src/lib/charts/enforcement-gap/layout';
import { renderEnforcementGapSvg } from '../../../src/lib/charts/enforcement-gap/render-svg';
import { layoutFinesByRegulator } from '../../../src/lib/charts/fines-by-regulator/layout';
import { renderFinesByRegulatorSvg } from '../../../src/lib/charts/fines-by-regulator/render-svg';
import { money, SAMPLE } from './fixtures';

describe('layoutEnforcementGap', () => {
  const gap = layoutEnforcementGap(SAMPLE.money, { width: 720, until: '2026-11-24' });

  it('adds up standing fines in date order, and only fully paid ones as paid', () => {
    expect(gap.steps.map((s) => s.key)).toEqual(['se#0', 'it#0', 'gb-fine#0']);
    expect(gap.steps.map((s) => s.total)).toEqual([248_016, 20_248_016, 29_168_294.73]);
    expect(gap.imposedTotal).toBe(29_168_294.73);
    expect(gap.paidTotal).toBe(248_016);
  });

  it('draws both lines as steps from zero to the end of the axis', () => {
    expect(gap.imposedPath.startsWith('M64,')).toBe(true);
    expect(gap.xTicks.at(-1)?.label).toBe('2027');
    expect(renderEnforcementGapSvg(gap, { base: '/', id: 'g', title: 'Gap', description: 'd' })).toMatchSnapshot();
  });
});

describe('layoutFinesByRegulator', () => {
  it('totals standing fines per authority, largest first', () => {
    const bars = layoutFinesByRegulator(SAMPLE.money, {
      width: 720,
      by: 'regulator',
      names: { 'it-garante': 'Garante', 'gb-ico': 'ICO', 'se-imy': 'IMY' },
    });
    expect(bars.bars.map((b) => [b.label, b.total])).toEqual([
      ['Garante', 20_000_000],
      ['ICO', 8_920_278.73],
      ['IMY', 248_016],
    ]);
    expect(bars.bars[0]?.width).toBeGreaterThan(bars.bars[1]?.width ?? Infinity);
    expect(renderFinesByRegulatorSvg(bars, { base: '/', id: 'b', title: 'Bars', description: 'd' })).toMatchSnapshot();
  });

  it('can group by country', () => {
    const bars = layoutFinesByRegulator(SAMPLE.money, { width: 720, by: 'jurisdiction', names: {} });
    expect(bars.bars.map((b) => b.key)).toEqual(['IT', 'GB', 'SE']);
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
