import { describe, expect, it } from 'vitest';
import { socialCardSvg, wrapLines } from '../../../src/lib/social/og-card';

describe('wrapLines', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapLines('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
  });

  it('ends with an ellipsis when text is left over', () => {
    expect(wrapLines('one two three four five', 9, 2)).toEqual(['one two', 'three…']);
  });
});

describe('socialCardSvg', () => {
  it('escapes text and draws every title line', () => {
    const svg = socialCardSvg({
      kicker: 'CNIL · 17 October 2022',
      title: 'A & B <fined> "again" for scraping faces',
      footer: 'Fine: €20 million',
    });
    expect(svg).toContain('A &amp; B &lt;fined&gt;');
    expect(svg).not.toContain('<fined>');
    expect(svg.match(/font-weight="700">/g)?.length).toBe(2); // two title lines at 28 characters
  });
});
