import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT } from '../../../src/lib/charts/embed-snippet';
import { CHART_IMAGE, chartOEmbed } from '../../../src/lib/charts/oembed';
import { DEFAULTS } from '../../../src/lib/charts/registry';

const url = (path: string) => `https://facerules.org${path}`;
const common = { title: 'Fines over time', provider: 'Face Rules', url };

describe('chartOEmbed', () => {
  it('is an oEmbed 1.0 rich response whose thumbnail is the chart image, at the default options', () => {
    const response = chartOEmbed({
      ...common,
      chart: 'fine-timeline',
      options: DEFAULTS['fine-timeline'],
      thumbnailHeight: 560,
    });
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Face Rules',
      provider_url: 'https://facerules.org/',
      title: 'Fines over time',
      width: 720,
      height: EMBED_HEIGHT,
      thumbnail_url: 'https://facerules.org/charts/fine-timeline.png',
      thumbnail_width: CHART_IMAGE.width,
      thumbnail_height: 560,
    });
    expect(response.html).toContain('src="https://facerules.org/embed/fine-timeline/"');
    expect(response.html).toContain('<script src="https://facerules.org/embed.js" async></script>');
  });

  it('names no thumbnail when the image does not show these options', () => {
    const response = chartOEmbed({
      ...common,
      chart: 'fine-timeline',
      options: { ...DEFAULTS['fine-timeline'], respondent: 'clearview-ai' },
      thumbnailHeight: null,
    });
    // The spec requires thumbnail_url, _width and _height together or not at all.
    expect(Object.keys(response).filter((key) => key.startsWith('thumbnail'))).toEqual([]);
  });

  it("embeds the chart at its options; the fallback link opens the page that draws it: the timeline page with the same filters, the respondent's own page for its gap", () => {
    const timeline = chartOEmbed({
      ...common,
      chart: 'fine-timeline',
      options: { ...DEFAULTS['fine-timeline'], respondent: 'clearview-ai' },
      thumbnailHeight: null,
    });
    expect(timeline.html).toContain('src="https://facerules.org/embed/fine-timeline/?respondent=clearview-ai"');
    expect(timeline.html).toContain('<a href="https://facerules.org/timeline/?respondent=clearview-ai">');

    const gap = chartOEmbed({
      ...common,
      chart: 'enforcement-gap',
      options: { ...DEFAULTS['enforcement-gap'], respondent: 'meta' },
      thumbnailHeight: null,
    });
    expect(gap.html).toContain('src="https://facerules.org/embed/enforcement-gap/?respondent=meta"');
    expect(gap.html).toContain('<a href="https://facerules.org/respondents/meta/">');
  });
});
