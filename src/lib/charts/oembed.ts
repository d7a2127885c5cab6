import { EMBED_HEIGHT, embedSnippet } from './embed-snippet';
import { optionsQuery, type ChartId, type ChartOptions } from './registry';
import { CHARTS } from './definitions';

/** Width and height of the chart images (`/charts/<chart>.png`): the oEmbed thumbnail. */
export const CHART_IMAGE = { width: 960 } as const;

/**
 * An oEmbed 1.0 "rich" response for a chart at some options. The thumbnail is the chart's image,
 * which exists at its default options only, so only then is one given (with both its width and
 * height, as the spec requires).
 */
export function chartOEmbed(input: {
  chart: ChartId;
  options: ChartOptions;
  title: string;
  provider: string;
  /** Absolute URL of a site path. */
  url: (path: string) => string;
  /** Height of the chart image, when this response may name it as its thumbnail. */
  thumbnailHeight: number | null;
}): Record<string, string | number> {
  const { chart, options, url } = input;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: input.provider,
    provider_url: url('/'),
    title: input.title,
    width: 720,
    height: EMBED_HEIGHT,
    ...(input.thumbnailHeight
      ? {
          thumbnail_url: url(`/charts/${chart}.png`),
          thumbnail_width: CHART_IMAGE.width,
          thumbnail_height: input.thumbnailHeight,
        }
      : {}),
    html: embedSnippet({
      embed: url(`/embed/${chart}/`),
      page: url(CHARTS[chart].page(options)),
      script: url('/embed.js'),
      follows: CHARTS[chart].pageFollowsFilters,
      query: optionsQuery(chart, options),
      title: input.title,
    }),
  };
}
