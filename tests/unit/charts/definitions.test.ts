import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../../src/lib/charts/definitions';
import { CHART_IDS, chartSummary, DEFAULTS, PARAMS } from '../../../src/lib/charts/registry';
import { SAMPLE } from './fixtures';

describe('chart definitions', () => {
  it('are the registry: its ids, defaults and parameters come from them, in their order', () => {
    expect(CHART_IDS).toEqual(['fine-timeline', 'enforcement-gap', 'fines-by-regulator']);
    for (const chart of CHART_IDS) {
      expect(DEFAULTS[chart]).toBe(CHARTS[chart].defaults);
      expect(PARAMS[chart]).toBe(CHARTS[chart].params);
    }
  });

  it('each names the page that draws it, and only the timeline page reads the filters from its URL', () => {
    expect(
      CHART_IDS.map((chart) => [chart, CHARTS[chart].page(DEFAULTS[chart]), CHARTS[chart].pageFollowsFilters]),
    ).toEqual([
      ['fine-timeline', '/timeline/', true],
      ['enforcement-gap', '/respondents/clearview-ai/', false],
      ['fines-by-regulator', '/timeline/', false],
    ]);
    expect(CHARTS['enforcement-gap'].page({ ...DEFAULTS['enforcement-gap'], respondent: 'meta' })).toBe(
      '/respondents/meta/',
    );
  });

  it('each says when it has nothing to draw, and its summary then says so', () => {
    const empty = { money: [], events: [], links: [] };
    for (const chart of CHART_IDS) {
      expect(CHARTS[chart].isEmpty(empty)).toBe(true);
      expect(chartSummary(chart, DEFAULTS[chart], empty, {})).toBe('No sums of money match these filters.');
      expect(CHARTS[chart].isEmpty(CHARTS[chart].points(DEFAULTS[chart], SAMPLE))).toBe(false);
    }
    // A decision without money is something to draw on the timeline's lane, not on the others.
    const eventOnly = { money: [], events: SAMPLE.events, links: [] };
    expect(CHARTS['fine-timeline'].isEmpty(eventOnly)).toBe(false);
    expect(CHARTS['enforcement-gap'].isEmpty(eventOnly)).toBe(true);
  });
});
