import { describe, expect, it } from 'vitest';
import { layoutEnforcementGap } from '../../../src/lib/charts/enforcement-gap/layout';
import { layoutFinesByRegulator } from '../../../src/lib/charts/fines-by-regulator/layout';
import { chartPoints, DEFAULTS } from '../../../src/lib/charts/registry';
import { chartTable, chartTableHtml } from '../../../src/lib/charts/table';
import { SAMPLE, WITH_SETTLEMENTS } from './fixtures';

const rowsOf = (html: string) => html.match(/<tr>.*?<\/tr>/g)?.slice(1) ?? [];
const names = { 'it-garante': 'Garante', 'gb-ico': 'ICO', 'se-imy': 'IMY', 'fr-cnil': 'CNIL' };

describe('chartTable', () => {
  it('lists one row per bar of the fines-by-authority chart, in the bars’ order', () => {
    const options = DEFAULTS['fines-by-regulator'];
    const shown = chartPoints('fines-by-regulator', options, WITH_SETTLEMENTS);
    const bars = layoutFinesByRegulator(shown.money, { width: 720, by: 'regulator', names }).bars;
    const table = chartTable('fines-by-regulator', options, shown, 'T', names);
    expect(table.rows.map((r) => r.cells[0])).toEqual(bars.map((b) => b.label));
    expect(table.rows.map((r) => r.path)).toEqual(bars.map((b) => b.url));
  });

  it('lists one row per step of the enforcement gap, with the running totals', () => {
    const options = { ...DEFAULTS['enforcement-gap'] };
    const shown = chartPoints('enforcement-gap', options, WITH_SETTLEMENTS);
    const steps = layoutEnforcementGap(shown.money, { width: 720, until: '2026-11-30' }).steps;
    const table = chartTable('enforcement-gap', options, shown, 'T', names);
    expect(table.rows).toHaveLength(steps.length);
    expect(table.rows.at(-1)?.cells.slice(-2)).toEqual([
      Math.round(steps.at(-1)?.total ?? 0).toLocaleString('en-GB'),
      '0',
    ]);
  });

  it('lists every sum the timeline draws, with readable labels and what kind of sum it is', () => {
    const options = DEFAULTS['fine-timeline'];
    const shown = chartPoints('fine-timeline', options, WITH_SETTLEMENTS);
    const table = chartTable('fine-timeline', options, shown, 'T', names);
    expect(table.rows).toHaveLength(shown.money.length);
    const texas = table.rows.find((r) => r.path === '/cases/us-tx/');
    expect(texas?.cells).toContain('Settlement (covers more than facial recognition)');
    expect(texas?.cells).toContain('Unknown');
    expect(table.rows.flatMap((r) => r.cells).join(' ')).not.toMatch(/not-applicable|under-appeal|proposed-fine/);
  });

  it('past the limit keeps the largest sums in date order and says where the rest are', () => {
    const options = DEFAULTS['fine-timeline'];
    const table = chartTable('fine-timeline', options, SAMPLE, 'T', names, 2);
    const largest = [...SAMPLE.money].sort((a, b) => b.eur - a.eur).slice(0, 2);
    expect(table.rows.map((r) => r.cells[1])).toEqual(
      SAMPLE.money.filter((p) => largest.includes(p)).map((p) => p.title),
    );
    expect(table.note).toContain(`the 2 largest of ${SAMPLE.money.length} sums`);
    expect(rowsOf(chartTableHtml(table, { base: '/' })).at(-1)).toContain('in the CSV');
  });
});

describe('chartTableHtml', () => {
  it('links each row header under the base path, in a new tab inside an embed', () => {
    const table = chartTable('fine-timeline', DEFAULTS['fine-timeline'], SAMPLE, 'T', names);
    const html = chartTableHtml(table, { base: '/face-rules/' });
    expect(rowsOf(html)).toHaveLength(SAMPLE.money.length);
    expect(rowsOf(html)[0]).toContain('<th scope="row"><a href="/face-rules/cases/');
    expect(html).not.toContain('target=');
    const embedded = chartTableHtml(table, { base: '/', target: '_blank' });
    expect(embedded.match(/<a [^>]*>/g)?.every((a) => a.includes('target="_blank" rel="noopener"'))).toBe(true);
  });
});
