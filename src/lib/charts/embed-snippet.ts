import { escapeXml } from '../text/escape';

/** Height an embed starts at, before it reports its own. */
export const EMBED_HEIGHT = 620;

/** The addresses an embed snippet is made of, without the chart's options. */
export interface EmbedUrls {
  /** The embed page, e.g. `https://facerules.org/embed/fine-timeline/`. */
  embed: string;
  /** The page the fallback link opens. */
  page: string;
  /** `/embed.js`, which resizes the iframe. */
  script: string;
  /** Whether the fallback page reads the chart's options from its URL too. */
  follows: boolean;
}

/**
 * The copy-paste snippet for a chart as the reader sees it (`query` holds its options, e.g.
 * `?respondent=clearview-ai`): an iframe with a title, lazy loading and a fallback link,
 * followed by the one script that lets host pages resize it.
 */
export function embedSnippet(input: EmbedUrls & { query: string; title: string; height?: number }): string {
  const title = escapeXml(`${input.title} (Face Rules)`);
  const page = input.follows ? `${input.page}${input.query}` : input.page;
  return (
    `<iframe src="${escapeXml(`${input.embed}${input.query}`)}" title="${title}" height="${input.height ?? EMBED_HEIGHT}" loading="lazy" style="border:0;width:100%;max-width:100%"><a href="${escapeXml(page)}">${title}</a></iframe>\n` +
    `<script src="${escapeXml(input.script)}" async></script>`
  );
}
