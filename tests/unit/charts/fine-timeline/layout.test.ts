import { describe, expect, it } from 'vitest';
import {
  describeMoney,
  layoutFineTimeline,
  MAX_LANE_MARKS,
  MAX_MARKS,
  placeLabels,
} from '../../../../src/lib/charts/fine-timeline/layout';
import { overlaps, textWidth } from '../../../../src/lib/charts/shared';
import { money, PAST_THE_CAPS, SAMPLE, SETTLEMENTS, WITH_SETTLEMENTS } from '../fixtures';

const layout = (options: Partial<Parameters<typeof layoutFineTimeline>[1]> = {}) =>
  layoutFineTimeline(SAMPLE, { width: 720, scale: 'log', currency: 'EUR', ...options });

const [garante, icoNotice, , cnilPenalty] = SAMPLE.money as [
  (typeof SAMPLE.money)[number],
  (typeof SAMPLE.money)[number],
  (typeof SAMPLE.money)[number],
  (typeof SAMPLE.money)[number],
];
const texas = SETTLEMENTS[1] as (typeof SETTLEMENTS)[number];

describe('layoutFineTimeline', () => {
  it('puts years on the x axis, from the first to after the last decision', () => {
    const { xTicks, plot } = layout();
    expect(xTicks.map((t) => t.label)).toEqual(['2021', '2022', '2023']);
    expect(xTicks[0]?.x).toBe(plot.x);
  });

  it('uses whole decades on the log scale, with every mark inside the plot', () => {
    const l = layout();
    expect(l.yTicks.map((t) => t.label)).toEqual(['€10k', '€100k', '€1M', '€10M', '€100M']);
    for (const m of l.marks) {
      expect(m.y).toBeGreaterThan(l.plot.y);
      expect(m.y).toBeLessThan(l.plot.y + l.plot.height);
    }
  });

  it('starts the linear scale at zero', () => {
    expect(layout({ scale: 'linear' }).yTicks[0]?.label).toBe('€0');
  });

  it('labels the axis in euros for each sum in its own currency, since marks are placed by their euro value', () => {
    const l = layout({ scale: 'linear', currency: 'original' });
    expect(l.yLabel).toBe('Amount (euros, linear scale)');
    expect(l.yTicks.map((t) => t.label)).toEqual(['€0', '€5M', '€10M', '€15M', '€20M']);
  });

  it('leaves out zero and missing values instead of breaking the log scale', () => {
    const data = { ...SAMPLE, money: [...SAMPLE.money, money({ key: 'zero#0', eur: 0, value: 0 })] };
    const l = layoutFineTimeline(data, { width: 720, scale: 'log', currency: 'EUR' });
    expect(l.marks).toHaveLength(5);
    expect(l.marks.some((m) => m.key === 'zero#0')).toBe(false);
    // In dollars, the CNIL daily penalty has no rate recorded: left out, not drawn at zero.
    expect(layout({ currency: 'USD' }).marks).toHaveLength(layout().marks.length - 1);
    expect(layout({ currency: 'USD' }).yLabel).toBe('Amount (US dollars, log scale)');
  });

  it('draws kinds and statuses differently', () => {
    const byKey = new Map(layout().marks.map((m) => [m.key, m]));
    expect(byKey.get('fr#1')).toMatchObject({ shape: 'diamond', style: 'filled', unpaid: false });
    expect(byKey.get('gb-notice#0')).toMatchObject({ shape: 'triangle', style: 'dashed' });
    expect(byKey.get('gb-fine#0')).toMatchObject({ shape: 'circle', style: 'hollow', colour: '#cc79a7' });
    expect(byKey.get('it#0')).toMatchObject({ style: 'filled', unpaid: true, colour: '#0072b2' });
    expect(byKey.get('se#0')).toMatchObject({ unpaid: false });
  });

  it('draws settlements as squares, dashed when the sum covers more than facial recognition', () => {
    const l = layoutFineTimeline(WITH_SETTLEMENTS, { width: 720, scale: 'log', currency: 'EUR' });
    const bipa = l.marks.find((m) => m.key === 'us-bipa#0');
    const texasMark = l.marks.find((m) => m.key === 'us-tx#0');
    expect(bipa).toMatchObject({ shape: 'square', style: 'filled', unpaid: false });
    expect(texasMark).toMatchObject({ shape: 'square', style: 'dashed' });
    expect(texasMark?.description).toContain('settlement with Google, 1,375,000,000 USD');
    expect(texasMark?.description).toContain('covers more than facial recognition');
    expect(texasMark?.description).not.toMatch(/[a-z]-[a-z]+,|not-applicable|under-appeal/);
  });

  it('links the provisional sum to the final one, and puts events on the lane', () => {
    const l = layout();
    expect(l.links).toEqual([{ x1: 349.2, y1: 76.3, x2: 497.4, y2: 102.7, key: 'gb-notice#0->gb-fine#0' }]);
    expect(l.laneMarks).toHaveLength(1);
    expect(l.laneMarks[0]?.y).toBeGreaterThan(l.plot.y + l.plot.height);
    expect(l.laneMarks[0]?.description).toBe(
      '14 October 2021: OAIC, order concerning Clearview AI (no sum of money); status final.',
    );
  });

  it('drops a link whose final sum is not drawn', () => {
    const withoutFinal = { ...SAMPLE, money: SAMPLE.money.filter((p) => p.key !== 'gb-fine#0') };
    expect(layoutFineTimeline(withoutFinal, { width: 720, scale: 'log', currency: 'EUR' }).links).toEqual([]);
  });

  it('narrows margins, marks and label count on small screens', () => {
    const narrow = layout({ width: 400 });
    expect(narrow.margin).toEqual({ top: 24, right: 12, bottom: 94, left: 48 });
    expect(narrow.marks.every((m) => m.r === 5)).toBe(true);
    // Every other year only, so labels do not collide.
    expect(narrow.xTicks.map((t) => t.label)).toEqual(['2022']);
    expect(layout({ width: 360 }).labels.length).toBeLessThanOrEqual(3);
    expect(layout({ width: 100 }).width).toBe(320);
  });
});

describe('describeMoney', () => {
  it('gives the sum as decided and, in brackets, in the chart currency', () => {
    expect(describeMoney(icoNotice, 'EUR')).toBe(
      '9 March 2022: ICO, proposed fine against Clearview AI, 17,000,000 GBP (€20.1M); status superseded, payment no payment due.',
    );
    expect(describeMoney(icoNotice, 'USD')).toContain('17,000,000 GBP (US$22.7M);');
  });

  it('does not repeat a euro sum in euros when the chart shows each sum in its own currency', () => {
    expect(describeMoney(garante, 'original')).toBe(
      '10 February 2022: Garante, fine against Clearview AI, 20,000,000 EUR; status final, payment unpaid.',
    );
    expect(describeMoney(garante, 'EUR')).toContain('20,000,000 EUR (€20M);');
  });

  it('says a daily penalty is per day, and leaves out a dollar sum that has no rate', () => {
    expect(describeMoney(cnilPenalty, 'EUR')).toContain(
      'periodic penalty against Clearview AI, 100,000 EUR per day (€100k);',
    );
    expect(describeMoney(cnilPenalty, 'USD')).toContain('100,000 EUR per day; status final');
  });

  it('says money agreed is "with" the respondent, and when it covers more than facial recognition', () => {
    expect(describeMoney(texas, 'EUR')).toBe(
      '2025: Texas AG, settlement with Google, 1,375,000,000 USD (€1.31B), a sum that covers more than facial recognition; status final, payment unknown.',
    );
  });
});

describe('placeLabels', () => {
  it('never lets labels overlap each other or other marks, dropping what does not fit', () => {
    const crowd = Array.from({ length: 10 }, (_, i) => money({ key: `c${i}#0`, eur: 20_000_000 - i * 100_000 }));
    const l = layoutFineTimeline(
      { money: crowd, events: [], links: [] },
      { width: 720, scale: 'log', currency: 'EUR' },
    );
    const labels = placeLabels(l.marks, l.plot, 10, 'EUR');
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(10);
    const boxes = labels.map((label) => {
      const width = textWidth(label.text);
      return {
        x: label.anchor === 'end' ? label.x - width : label.x,
        y: label.y - 12,
        width,
        height: 14,
        key: label.key,
      };
    });
    for (const a of boxes) {
      for (const b of boxes) if (a !== b) expect(overlaps(a, b)).toBe(false);
      for (const m of l.marks) {
        if (m.key !== a.key)
          expect(overlaps(a, { x: m.x - m.r, y: m.y - m.r, width: 2 * m.r, height: 2 * m.r })).toBe(false);
      }
    }
  });

  it('keeps labels inside the plot', () => {
    const l = layout();
    for (const label of l.labels) {
      expect(label.x).toBeGreaterThanOrEqual(l.plot.x - 2);
      expect(label.x).toBeLessThanOrEqual(l.plot.x + l.plot.width + 2);
    }
  });

  it('labels the largest sums first, right of the mark, or left where the right is taken', () => {
    const labels = layout().labels;
    expect(labels.map((l) => l.text)).toEqual(['ICO €20.1M', 'Garante €20M', 'ICO €8.92M', 'IMY €248k', 'CNIL €100k']);
    expect(labels[0]).toEqual({ x: 339.2, y: 80.3, text: 'ICO €20.1M', anchor: 'end', key: 'gb-notice#0' });
    expect(labels[1]).toEqual({ x: 422.8, y: 80.4, text: 'Garante €20M', anchor: 'start', key: 'it#0' });
  });

  it('labels no more marks than asked', () => {
    expect(layout({ labels: 2 }).labels.map((l) => l.key)).toEqual(['gb-notice#0', 'it#0']);
  });
});

describe('a timeline of a very large record', () => {
  const l = layoutFineTimeline(PAST_THE_CAPS, { width: 720, scale: 'log', currency: 'EUR' });

  it('draws only the largest sums and the latest decisions', () => {
    expect(l.marks).toHaveLength(MAX_MARKS);
    expect(Math.min(...l.marks.map((m) => m.point.eur))).toBe(1000 + 40);
    expect(l.laneMarks).toHaveLength(MAX_LANE_MARKS);
    expect(l.laneMarks.some((m) => m.key === 'e0')).toBe(false);
  });

  it('spreads decisions on the same day over three rows of the lane', () => {
    expect(new Set(l.laneMarks.map((m) => m.y - l.lane.y))).toEqual(new Set([5, 15, 25]));
  });
});
