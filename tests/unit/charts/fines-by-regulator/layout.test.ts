import { describe, expect, it } from 'vitest';
import {
  finesAddedUp,
  fineGroups,
  groupPath,
  layoutFinesByRegulator,
} from '../../../../src/lib/charts/fines-by-regulator/layout';
import { money, SAMPLE, WITH_SETTLEMENTS } from '../fixtures';

const names = { 'it-garante': 'Garante', 'gb-ico': 'ICO', 'se-imy': 'IMY' };

describe('fineGroups', () => {
  it('groups standing fines by country, subdivisions with their country, and names those it can', () => {
    const groups = fineGroups(
      [...WITH_SETTLEMENTS.money, money({ key: 'us-ca#0', eur: 30_000_000, jurisdiction: 'US-CA' })],
      'jurisdiction',
      { GB: 'United Kingdom' },
    );
    expect(groups.map(({ key, label, total, count }) => [key, label, total, count])).toEqual([
      ['US', 'US', 30_000_000, 1],
      ['IT', 'IT', 20_000_000, 1],
      ['GB', 'United Kingdom', 8_920_278.73, 1],
      ['SE', 'SE', 248_016, 1],
    ]);
  });

  it('breaks ties in the total by name', () => {
    const tied = [
      money({ key: 'b#0', regulatorId: 'b', eur: 5 }),
      money({ key: 'a#0', regulatorId: 'a', eur: 5 }),
      money({ key: 'a#1', regulatorId: 'a', eur: 0 }),
    ];
    expect(fineGroups(tied, 'regulator', { a: 'Zeta', b: 'Alpha' }).map((g) => [g.label, g.count])).toEqual([
      ['Alpha', 1],
      ['Zeta', 2],
    ]);
  });
});

describe('finesAddedUp', () => {
  it('adds the standing fines up into one point per bar, with their count, giving the same groups', () => {
    const names = { 'it-garante': 'Garante', 'gb-ico': 'ICO' };
    for (const by of ['regulator', 'jurisdiction'] as const) {
      const added = finesAddedUp(WITH_SETTLEMENTS.money, by);
      const groups = fineGroups(WITH_SETTLEMENTS.money, by, names);
      expect(added).toHaveLength(groups.length);
      expect(fineGroups(added, by, names).map(({ key, total, count }) => ({ key, total, count }))).toEqual(
        groups.map(({ key, total, count }) => ({ key, total, count })),
      );
    }
    const two = [money({ key: 'a#0', eur: 10, usd: 11 }), money({ key: 'b#0', eur: 5, usd: null })];
    expect(finesAddedUp(two, 'regulator')).toEqual([{ ...two[0], eur: 15, usd: null, count: 2 }]);
  });
});

describe('groupPath', () => {
  it("links an authority to its page and a country to its authorities' list", () => {
    expect(groupPath({ key: 'gb-ico' }, 'regulator')).toBe('/regulators/gb-ico/');
    expect(groupPath({ key: 'GB' }, 'jurisdiction')).toBe('/regulators/#c-GB');
  });
});

describe('layoutFinesByRegulator', () => {
  const bars = layoutFinesByRegulator(SAMPLE.money, { width: 720, by: 'regulator', names });

  it('totals standing fines per authority, largest first', () => {
    expect(bars.bars.map((b) => [b.label, b.total])).toEqual([
      ['Garante', 20_000_000],
      ['ICO', 8_920_278.73],
      ['IMY', 248_016],
    ]);
    expect(bars.bars[0]?.width).toBeGreaterThan(bars.bars[1]?.width ?? Infinity);
  });

  it('sizes bars against a rounded axis, keeping even the smallest visible', () => {
    expect(bars.xTicks.map((t) => t.label)).toEqual(['€0', '€5M', '€10M', '€15M', '€20M']);
    expect(bars.bars.map((b) => [b.y, b.width])).toEqual([
      [24, 560],
      [54, 249.8],
      [84, 6.9],
    ]);
    const tiny = layoutFinesByRegulator([money({ key: 'x#0', eur: 1 }), money({ key: 'y#0', regulatorId: 'y' })], {
      width: 720,
      by: 'regulator',
      names: {},
    });
    expect(tiny.bars.at(-1)?.width).toBe(1);
  });

  it('grows as tall as the list of bars needs', () => {
    expect(bars.plot.height).toBe(3 * (22 + 8));
    expect(bars.height).toBe(24 + 90 + 28);
  });

  it('widens the label column for long names, up to 42% of the width', () => {
    const long = layoutFinesByRegulator(SAMPLE.money, {
      width: 400,
      by: 'regulator',
      names: { 'it-garante': 'Garante per la protezione dei dati personali' },
    });
    expect(long.margin.left).toBe(168);
    expect(bars.margin.left).toBe(88);
  });

  it('describes each bar in words and links it to the authority', () => {
    expect(bars.bars[1]).toMatchObject({
      url: '/regulators/gb-ico/',
      colour: '#cc79a7',
      valueLabel: '€8.92M',
      description: 'ICO: €8.92M in 1 standing fine.',
    });
  });

  it('can group by country', () => {
    const byCountry = layoutFinesByRegulator(SAMPLE.money, { width: 720, by: 'jurisdiction', names: {} });
    expect(byCountry.bars.map((b) => b.key)).toEqual(['IT', 'GB', 'SE']);
    expect(byCountry.bars[1]?.url).toBe('/regulators/#c-GB');
  });
});
