import { describe, expect, it } from 'vitest';
import { chartLegend } from '../../../src/lib/charts/registry';
import { standaloneSize, standaloneSvg } from '../../../src/lib/charts/standalone';

const chart = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 400" width="960" height="400"></svg>';

describe('standaloneSvg', () => {
  it('carries the title, every legend entry and the source, and grows to hold the legend', () => {
    const legend = chartLegend('fine-timeline');
    const svg = standaloneSvg(chart, { title: 'Fines', source: 'Source: Face Rules', legend });
    for (const item of legend) expect(svg).toContain(item.label.replace('&', '&amp;'));
    expect(svg).toContain('>Fines</text>');
    expect(svg).toContain('Source: Face Rules</text>');
    const bare = standaloneSvg(chart, { title: 'Fines', source: 'Source: Face Rules', legend: [] });
    expect(standaloneSize(bare)).toEqual({ width: 960, height: 480 });
    expect(standaloneSize(svg).height).toBeGreaterThan(480);
  });

  it('draws line swatches for the enforcement gap and dots for regions', () => {
    const svg = standaloneSvg(chart, { title: 'Gap', source: 's', legend: chartLegend('enforcement-gap') });
    expect(svg).toContain('stroke-dasharray="6 3"');
    const bars = standaloneSvg(chart, { title: 'Bars', source: 's', legend: chartLegend('fines-by-regulator') });
    expect(bars.match(/<circle /g)).toHaveLength(chartLegend('fines-by-regulator').length);
  });
});
