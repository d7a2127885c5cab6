import { escapeXml } from './svg';

/** Height an embed starts at, before it reports its own. */
export const EMBED_HEIGHT = 620;

/**
 * The copy-paste snippet for a chart: an iframe with a title, lazy loading and a fallback link,
 * followed by the one script that lets host pages resize it.
 */
export function embedSnippet(input: { embedUrl: string; pageUrl: string; scriptUrl: string; title: string }): string {
  const title = escapeXml(`${input.title} (Face Rules)`);
  return (
    `<iframe src="${escapeXml(input.embedUrl)}" title="${title}" width="100%" height="${EMBED_HEIGHT}" loading="lazy" style="border:0;width:100%;max-width:100%"><a href="${escapeXml(input.pageUrl)}">${title}</a></iframe>\n` +
    `<script src="${escapeXml(input.scriptUrl)}" async></script>`
  );
}
