import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedSnippet } from '../../../src/lib/charts/embed-snippet';

const urls = {
  embed: 'https://facerules.org/embed/fine-timeline/',
  page: 'https://facerules.org/timeline/',
  script: 'https://facerules.org/embed.js',
  follows: false,
};

describe('embedSnippet', () => {
  it('embeds the chart as the reader sees it, and its fallback link follows when the page can', () => {
    const query = '?respondent=clearview-ai';
    expect(embedSnippet({ ...urls, query, title: 'T' })).toContain(
      'src="https://facerules.org/embed/fine-timeline/?respondent=clearview-ai"',
    );
    expect(embedSnippet({ ...urls, query, title: 'T' })).toContain('<a href="https://facerules.org/timeline/">');
    expect(embedSnippet({ ...urls, follows: true, query, title: 'T' })).toContain(
      '<a href="https://facerules.org/timeline/?respondent=clearview-ai">',
    );
  });

  it('is an iframe with a title, lazy loading and a fallback link, then the resizer script', () => {
    expect(embedSnippet({ ...urls, query: '', title: 'Fines over time' })).toBe(
      `<iframe src="https://facerules.org/embed/fine-timeline/" title="Fines over time (Face Rules)" height="${EMBED_HEIGHT}" loading="lazy" style="border:0;width:100%;max-width:100%"><a href="https://facerules.org/timeline/">Fines over time (Face Rules)</a></iframe>\n` +
        '<script src="https://facerules.org/embed.js" async></script>',
    );
  });

  it('escapes the query and the title, so a snippet pasted into HTML stays well formed', () => {
    const snippet = embedSnippet({ ...urls, follows: true, query: '?a=1&b=2', title: 'Fines "over" <time>' });
    expect(snippet).toContain(
      '<iframe src="https://facerules.org/embed/fine-timeline/?a=1&amp;b=2" title="Fines &quot;over&quot; &lt;time&gt; (Face Rules)"',
    );
    expect(snippet).toContain('<a href="https://facerules.org/timeline/?a=1&amp;b=2">');
  });
});
