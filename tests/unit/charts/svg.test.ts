import { describe, expect, it } from 'vitest';
import { attrs, linkAttrs, markLinkAttrs, openChartSvg, valueGrid } from '../../../src/lib/charts/svg';

describe('attrs', () => {
  it('writes attributes in the order given, escaped, leaving out undefined ones', () => {
    expect(attrs({ x: 1.5, title: 'A & "B" <c>', hidden: undefined, empty: '' })).toBe(
      'x="1.5" title="A &amp; &quot;B&quot; &lt;c&gt;" empty=""',
    );
    expect(attrs({})).toBe('');
  });
});

describe('linkAttrs and markLinkAttrs', () => {
  it('link under the base path, and open a new tab safely only inside an embed', () => {
    expect(linkAttrs({ base: '/face-rules/' }, '/cases/x/')).toEqual({
      href: '/face-rules/cases/x/',
      target: undefined,
      rel: undefined,
    });
    expect(attrs(linkAttrs({ base: '/', target: '_blank' }, '/cases/x/'))).toBe(
      'href="/cases/x/" target="_blank" rel="noopener"',
    );
  });

  it('put only the first mark of a chart in the tab order', () => {
    expect(markLinkAttrs({ base: '/' }, '/cases/x/', 0).tabindex).toBe(0);
    expect(markLinkAttrs({ base: '/' }, '/cases/y/', 1).tabindex).toBe(-1);
    expect(markLinkAttrs({ base: '/' }, '/cases/z/', 7).tabindex).toBe(-1);
  });
});

describe('openChartSvg', () => {
  it('opens a group named by its title and described by its description, both escaped', () => {
    expect(
      openChartSvg(720, 418, 'fine-timeline', { id: 'c1', title: 'Fines & <penalties>', description: 'A "b"' }),
    ).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 418" width="720" height="418" role="group" aria-labelledby="c1-title" aria-describedby="c1-desc" class="chart fine-timeline" font-family="system-ui, sans-serif" font-size="12">' +
        '<title id="c1-title">Fines &amp; &lt;penalties&gt;</title><desc id="c1-desc">A &quot;b&quot;</desc>',
    );
  });
});

describe('valueGrid', () => {
  it('draws a faint line across the plot and a label left of it for each tick', () => {
    expect(valueGrid([{ y: 24, label: '€100M' }], { x: 60, width: 636 })).toBe(
      '<line x1="60" x2="696" y1="24" y2="24" stroke="currentColor" stroke-opacity="0.15"/>' +
        '<text x="54" y="28" text-anchor="end">€100M</text>',
    );
    expect(valueGrid([], { x: 60, width: 636 })).toBe('');
  });
});
