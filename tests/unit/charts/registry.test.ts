import { describe, expect, it } from 'vitest';
import { MAX_LANE_MARKS, MAX_MARKS } from '../../../src/lib/charts/fine-timeline/layout';
import {
  CHART_CSV_HEADER,
  CHART_IDS,
  chartCsvRows,
  chartPoints,
  chartSummary,
  chartVariant,
  chartVariants,
  DEFAULTS,
  optionProblems,
  optionsQuery,
  parseOptions,
  readOptions,
  renderChart,
  unrecognisedNotice,
  variantPath,
  type ChartId,
  type DrawOptions,
  type SumsShown,
} from '../../../src/lib/charts/registry';
import { chartView } from '../../../src/lib/charts/views';
import { PAST_THE_CAPS, SAMPLE, WITH_SETTLEMENTS } from './fixtures';

const context = {
  respondents: ['clearview-ai', 'se-police'],
  regulators: ['gb-ico', 'it-garante'],
  jurisdictions: ['GB', 'IT', 'US', 'US-IL'],
};

describe('parseOptions', () => {
  it('takes allow-listed parameters with known values', () => {
    const options = parseOptions(
      'fine-timeline',
      new URLSearchParams('respondent=clearview-ai&currency=USD&scale=linear&jurisdiction=US'),
      context,
    );
    expect(options).toMatchObject({ respondent: 'clearview-ai', currency: 'USD', scale: 'linear', jurisdiction: 'US' });
  });

  it('ignores unknown parameters, unknown ids and hostile values', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const options = parseOptions(
      'fine-timeline',
      new URLSearchParams({
        respondent: hostile,
        regulator: 'nobody',
        scale: 'cubic',
        by: 'jurisdiction',
        evil: hostile,
      }),
      context,
    );
    expect(options).toEqual(DEFAULTS['fine-timeline']);
  });

  it('only reads the parameters of its own chart', () => {
    expect(
      parseOptions('enforcement-gap', new URLSearchParams('scale=linear&respondent=se-police'), context),
    ).toMatchObject({ scale: 'linear', respondent: 'se-police' });
    expect(parseOptions('enforcement-gap', new URLSearchParams('currency=USD'), context).currency).toBe('EUR');
  });

  it('round-trips through the URL query, leaving out defaults', () => {
    const options = { ...DEFAULTS['fine-timeline'], respondent: 'clearview-ai', scale: 'linear' as const };
    const query = optionsQuery('fine-timeline', options);
    expect(query).toBe('?respondent=clearview-ai&scale=linear');
    expect(parseOptions('fine-timeline', new URLSearchParams(query), context)).toEqual(options);
  });
});

describe('chartSummary', () => {
  it('summarises what is shown in one paragraph', () => {
    const text = chartSummary('fine-timeline', DEFAULTS['fine-timeline'], SAMPLE, {});
    expect(text).toContain(
      '3 standing fines and penalty payments from 3 authorities between 2021 and 2022, totalling €29.2M.',
    );
    expect(text).toContain('1 decision without a sum of money sits on the lane below.');
  });

  it('names the largest standing fine, never a superseded proposal larger than the total', () => {
    const text = chartSummary('fine-timeline', DEFAULTS['fine-timeline'], SAMPLE, {});
    expect(text).toContain("The largest is Garante's €20M (10 February 2022).");
    expect(text).not.toContain('€20.1M');
  });

  it('says "in 2022" for fines of one year, and takes the years from the fines it counts', () => {
    const oneYear = { ...SAMPLE, money: SAMPLE.money.filter((p) => p.day.startsWith('2022') || !p.standing) };
    const text = chartSummary('fine-timeline', DEFAULTS['fine-timeline'], oneYear, {});
    // The superseded 2021 proposal is shown but is not one of the fines the sentence counts.
    expect(text).toContain('from 2 authorities in 2022, totalling');
    expect(text).not.toMatch(/between (\d{4}) and \1/);
  });

  it('totals settlements apart from fines and says which cover more than facial recognition', () => {
    const options = DEFAULTS['fine-timeline'];
    const text = chartSummary('fine-timeline', options, chartPoints('fine-timeline', options, WITH_SETTLEMENTS), {});
    expect(text).toContain('totalling €29.2M.');
    expect(text).toContain('2 settlements and damages awards between 2021 and 2025, drawn as squares, come to €1.85B');
    expect(text).toContain('1 of them also covers more than facial recognition');
  });

  it('says when the timeline draws only the largest sums and the latest decisions', () => {
    expect(chartSummary('fine-timeline', DEFAULTS['fine-timeline'], PAST_THE_CAPS, {})).toContain(
      `To stay readable, the chart draws only the ${MAX_MARKS} largest of these sums and the ${MAX_LANE_MARKS} latest decisions without a sum of money; the CSV has every sum.`,
    );
    expect(chartSummary('fine-timeline', DEFAULTS['fine-timeline'], SAMPLE, {})).not.toContain('To stay readable');
  });
});

describe('which sums the fine timeline shows', () => {
  it('shows fines and settlements by default, and either alone on request', () => {
    const keys = (sums: SumsShown) =>
      chartPoints('fine-timeline', { ...DEFAULTS['fine-timeline'], sums }, WITH_SETTLEMENTS).money.map((p) => p.key);
    expect(keys('all')).toHaveLength(SAMPLE.money.length + 2);
    expect(keys('agreed')).toEqual(['us-bipa#0', 'us-tx#0']);
    expect(keys('fines')).toEqual(
      SAMPLE.money.map((p) => p.key).sort((a, b) => keys('all').indexOf(a) - keys('all').indexOf(b)),
    );
  });

  it('keeps settlements out of the charts of fines', () => {
    for (const chart of ['enforcement-gap', 'fines-by-regulator'] as const)
      expect(chartPoints(chart, DEFAULTS[chart], WITH_SETTLEMENTS).money.every((p) => p.standing)).toBe(true);
  });
});

describe('readOptions', () => {
  it('reports each chart parameter whose value the record does not know', () => {
    const read = readOptions('fine-timeline', new URLSearchParams('respondent=nobody&scale=log&evil=1'), context);
    expect(read.options).toEqual(DEFAULTS['fine-timeline']);
    expect(read.unrecognised).toEqual(['respondent=nobody']);
    expect(unrecognisedNotice(read.unrecognised)).toBe(
      'Not recognised, so not applied: “respondent=nobody”. The chart shows its default view for that filter.',
    );
    expect(unrecognisedNotice([])).toBe('');
  });

  it('never repeats a value that is not a plain id', () => {
    const read = readOptions(
      'fine-timeline',
      new URLSearchParams({ respondent: '<img src=x onerror=alert(1)>' }),
      context,
    );
    expect(read.unrecognised).toEqual(['respondent']);
  });
});

describe('chart variants', () => {
  it('name the one filter that narrows a chart, or nothing at its defaults', () => {
    expect(chartVariant('fine-timeline', DEFAULTS['fine-timeline'])).toBe('');
    expect(chartVariant('fine-timeline', { ...DEFAULTS['fine-timeline'], scale: 'linear' })).toBe('');
    expect(chartVariant('fine-timeline', { ...DEFAULTS['fine-timeline'], regulator: 'gb-ico' })).toBe(
      'regulator-gb-ico',
    );
    expect(chartVariant('enforcement-gap', DEFAULTS['enforcement-gap'])).toBe('');
    expect(chartVariant('enforcement-gap', { ...DEFAULTS['enforcement-gap'], respondent: 'se-police' })).toBe(
      'respondent-se-police',
    );
    expect(variantPath('charts', 'fine-timeline', '', 'csv')).toBe('/charts/fine-timeline.csv');
    expect(variantPath('oembed', 'fine-timeline', 'regulator-gb-ico', 'json')).toBe(
      '/oembed/fine-timeline/regulator-gb-ico.json',
    );
  });

  it('refuse two filters at once, naming them', () => {
    expect(() =>
      chartVariant('fine-timeline', { ...DEFAULTS['fine-timeline'], regulator: 'gb-ico', respondent: 'clearview-ai' }),
    ).toThrow('with respondent="clearview-ai" and regulator="gb-ico"');
  });

  it('cover every value of every filter a chart accepts', () => {
    const variants = chartVariants('fine-timeline', context).map((v) => v.variant);
    expect(variants).toHaveLength(
      context.respondents.length + context.regulators.length + context.jurisdictions.length,
    );
    expect(variants).toContain('jurisdiction-US-IL');
    // The enforcement gap's default respondent is its default file, not a variant.
    expect(chartVariants('enforcement-gap', context).map((v) => v.variant)).toEqual(['respondent-se-police']);
  });
});

describe('chartCsvRows', () => {
  it('writes decision dates at their precision, never an invented day', () => {
    const rows = chartCsvRows('fine-timeline', DEFAULTS['fine-timeline'], WITH_SETTLEMENTS);
    const texas = rows.find((row) => row[0] === 'us-tx');
    const at = (name: string) => CHART_CSV_HEADER.indexOf(name);
    expect(texas?.[at('decided')]).toBe('2025');
    expect(texas?.[at('decided_precision')]).toBe('year');
    expect(texas?.[at('frt_specific')]).toBe('false');
    expect(rows.every((row) => row.length === CHART_CSV_HEADER.length)).toBe(true);
  });
});

describe('renderChart links', () => {
  const ctx = { ...context, names: {}, updated: '2026-11-30', viewed: {} };
  const anchors = (svg: string) => svg.match(/<a [^>]*>/g) ?? [];
  const render = (chart: ChartId, draw: DrawOptions) =>
    renderChart(chart, DEFAULTS[chart], chartView(chart, DEFAULTS[chart], WITH_SETTLEMENTS, {}), ctx, draw);

  it('inside an embed, every mark opens a new tab', () => {
    for (const chart of CHART_IDS) {
      const svg = render(chart, { width: 720, base: '/', id: chart, target: '_blank' });
      expect(anchors(svg).length).toBeGreaterThan(0);
      for (const a of anchors(svg)) expect(a).toMatch(/ target="_blank" rel="noopener"/);
    }
    const page = render('fine-timeline', { width: 720, base: '/', id: 'x' });
    expect(page).not.toContain('target=');
  });

  it('gives each chart one Tab stop: the first mark; the others are reached with arrow keys', () => {
    for (const chart of CHART_IDS) {
      const marks = anchors(render(chart, { width: 720, base: '/', id: chart }));
      expect(marks.filter((a) => a.includes('tabindex="0"'))).toHaveLength(1);
      expect(marks[0]).toContain('tabindex="0"');
      expect(marks.filter((a) => a.includes('tabindex="-1"'))).toHaveLength(marks.length - 1);
    }
  });
});

describe('options written by hand in a page or an MDX file', () => {
  const known = { respondent: ['clearview-ai'], regulator: ['fr-cnil'], jurisdiction: ['FR', 'US-IL'] };

  it('pass when they name what the record knows', () => {
    expect(optionProblems('fine-timeline', { respondent: 'clearview-ai', scale: 'linear' }, known)).toEqual([]);
    expect(optionProblems('enforcement-gap', { respondent: 'clearview-ai' }, known)).toEqual([]);
  });

  it('name a misspelt id, a value out of the list and an option the chart does not take', () => {
    expect(
      optionProblems(
        'fine-timeline',
        { respondent: 'clearveiw-ai', jurisdiction: 'UK', scale: 'cubic' as 'log' },
        known,
      ),
    ).toEqual([
      'respondent="clearveiw-ai": expected the id of a file in content/respondents/',
      'jurisdiction="UK": expected a jurisdiction code of a regulator in the record (e.g. FR, US-IL)',
      'scale="cubic": expected one of log, linear',
    ]);
    expect(optionProblems('enforcement-gap', { regulator: 'fr-cnil' }, known)).toEqual([
      'regulator: the enforcement-gap chart has no such option; it takes respondent, theme',
    ]);
  });
});
