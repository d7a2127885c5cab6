import { describe, expect, it } from 'vitest';
import { filterChartData } from '../../../src/lib/charts/data';
import { embedSnippet } from '../../../src/lib/charts/embed-snippet';
import { chartSummary, DEFAULTS, optionsQuery, parseOptions } from '../../../src/lib/charts/registry';
import { SAMPLE } from './fixtures';

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

describe('filterChartData and chartSummary', () => {
  it('filters by country including its subdivisions, and keeps links only with both ends', () => {
    expect(filterChartData(SAMPLE, { jurisdiction: 'GB' }).money.map((p) => p.key)).toEqual([
      'gb-notice#0',
      'gb-fine#0',
    ]);
    expect(filterChartData(SAMPLE, { regulator: 'it-garante' }).links).toEqual([]);
  });

  it('summarises what is shown in one paragraph', () => {
    const text = chartSummary('fine-timeline', DEFAULTS['fine-timeline'], SAMPLE, {});
    expect(text).toContain(
      '3 standing fines and penalty payments from 3 authorities between 2021 and 2022, totalling €29.2M.',
    );
    expect(text).toContain('1 decision without a fine sits on the lane below.');
  });
});

describe('embedSnippet', () => {
  it('is an iframe with a title, lazy loading and a fallback link, then the resizer script', () => {
    const snippet = embedSnippet({
      embedUrl: 'https://facerules.org/embed/fine-timeline/?a=1&b=2',
      pageUrl: 'https://facerules.org/timeline/',
      scriptUrl: 'https://facerules.org/embed.js',
      title: 'Fines "over" time',
    });
    expect(snippet).toContain(
      '<iframe src="https://facerules.org/embed/fine-timeline/?a=1&amp;b=2" title="Fines &quot;over&quot; time (Face Rules)"',
    );
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('<a href="https://facerules.org/timeline/">');
    expect(snippet).toContain('<script src="https://facerules.org/embed.js" async></script>');
  });
});
