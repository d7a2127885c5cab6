import { describe, expect, it } from 'vitest';
import {
  layoutFineTimeline,
  MAX_LANE_MARKS,
  MAX_MARKS,
  placeLabels,
} from '../../../src/lib/charts/fine-timeline/layout';
import { renderFineTimelineSvg } from '../../../src/lib/charts/fine-timeline/render-svg';
import { chartSummary, DEFAULTS } from '../../../src/lib/charts/registry';
import { overlaps, textWidth } from '../../../src/lib/charts/shared';
import { money, SAMPLE } from './fixtures';

const layout = (options: Partial<Parameters<typeof layoutFineTimeline>[1]> = {}) =>
  layoutFineTimeline(SAMPLE, { width: 720, scale: 'log', currency: 'EUR', ...options });

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

  it('leaves out zero and missing values instead of breaking the log scale', () => {
    const data = { ...SAMPLE, money: [...SAMPLE.money, money({ key: 'zero#0', eur: 0, value: 0 })] };
    const l = layoutFineTimeline(data, { width: 720, scale: 'log', currency: 'EUR' });
    expect(l.marks).toHaveLength(5);
    expect(l.omitted).toBe(1);
    // In dollars, the CNIL daily penalty has no rate recorded: omitted, not drawn at zero.
    expect(layout({ currency: 'USD' }).omitted).toBe(1);
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

  it('links the provisional sum to the final one, and puts events on the lane', () => {
    const l = layout();
    expect(l.links).toHaveLength(1);
    expect(l.laneMarks).toHaveLength(1);
    expect(l.laneMarks[0]?.y).toBeGreaterThan(l.plot.y + l.plot.height);
  });

  it('narrows margins and label count on small screens', () => {
    expect(layout({ width: 360 }).labels.length).toBeLessThanOrEqual(3);
    expect(layout({ width: 100 }).width).toBe(320);
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
});

describe('renderFineTimelineSvg', () => {
  const render = () =>
    renderFineTimelineSvg(layout(), { base: '/', id: 't', title: 'Fines & <penalties>', description: 'Five sums.' });

  it('is deterministic', () => {
    expect(render()).toBe(render());
    expect(render()).toMatchSnapshot();
  });

  it('is complete and accessible without JavaScript', () => {
    const svg = render();
    expect(svg).toContain('<title id="t-title">Fines &amp; &lt;penalties&gt;</title>');
    expect(svg).toContain('aria-describedby="t-desc"');
    expect(svg.match(/<a [^>]*class="mark"/g)).toHaveLength(5);
    expect(svg.match(/<a [^>]*class="mark lane"/g)).toHaveLength(1);
    expect(svg).toContain('href="/cases/it/"');
    expect(svg).toContain(
      'aria-label="10 February 2022: Garante, fine against Clearview AI, 20,000,000 EUR (€20M); status final, payment unpaid."',
    );
  });
});

describe('a timeline of a very large record', () => {
  const many = {
    ...SAMPLE,
    money: Array.from({ length: MAX_MARKS + 40 }, (_, i) =>
      money({ key: `c${i}#0`, value: 1000 + i, eur: 1000 + i, usd: 1100 + i, day: `20${10 + (i % 15)}-06-01` }),
    ),
    events: Array.from({ length: MAX_LANE_MARKS + 5 }, (_, i) => ({
      ...(SAMPLE.events[0] as (typeof SAMPLE.events)[number]),
      caseId: `e${i}`,
      day: `20${10 + Math.floor(i / 12)}-01-01`,
    })),
  };
  const l = layoutFineTimeline(many, { width: 720, scale: 'log', currency: 'EUR' });

  it('draws only the largest sums and the latest decisions, and counts the rest', () => {
    expect(l.marks).toHaveLength(MAX_MARKS);
    expect(Math.min(...l.marks.map((m) => m.point.eur))).toBe(1000 + 40);
    expect(l.laneMarks).toHaveLength(MAX_LANE_MARKS);
    expect(l.laneMarks.some((m) => m.key === 'e0')).toBe(false);
    expect(l.undrawn).toEqual({ sums: 40, decisions: 5 });
  });

  it('says so in the summary', () => {
    expect(chartSummary('fine-timeline', DEFAULTS['fine-timeline'], many, {})).toContain(
      `To stay readable, the chart draws only the ${MAX_MARKS} largest of these sums and the ${MAX_LANE_MARKS} latest decisions without a sum of money; the CSV has every sum.`,
    );
    expect(chartSummary('fine-timeline', DEFAULTS['fine-timeline'], SAMPLE, {})).not.toContain('To stay readable');
  });
});
