import { describe, expect, it } from 'vitest';
import { searchAdditions, withSearchAdditions } from '../../../src/lib/search/additions';

const page = (body: string) =>
  `<html><head><script>var ø=1</script></head><body><main data-pagefind-body>${body}</main><footer>Brøndby €9 million</footer></body></html>`;

describe('searchAdditions', () => {
  it('gives accent-free spellings, the other terms of art and the sums as typed, line by line', () => {
    const { prominent, rest } = searchAdditions('Brøndby IF was given an astreinte of €100,000 per day');
    expect(prominent).toEqual([]);
    expect(rest[0]).toBe('Also spelled: Brondby.');
    expect(rest[1]).toMatch(/^Also called: periodic penalty payment; .*daily fine; .*Zwangsgeld; /);
    expect(rest[1]).not.toContain('astreinte');
    expect(rest[2]).toMatch(/^Sums: 100,000; 100000; 100 thousand; €100 thousand; EUR 100 thousand; 100k; €100k; /);
  });

  it('draws from what a page is about first, and does not repeat it for the rest', () => {
    const { prominent, rest } = searchAdditions(
      'UK ICO fines Clearview AI £7,552,800. The FTT later heard the daily penalty of £1,000 and the fine.',
      'UK ICO fines Clearview AI £7,552,800',
    );
    expect(prominent.join(' ')).toContain('£7.5m');
    expect(prominent.join(' ')).toContain('administrative fine');
    expect(rest.join(' ')).not.toContain('£7.5m');
    expect(rest.join(' ')).not.toContain('administrative fine');
    expect(rest.join(' ')).toContain('astreinte');
    expect(rest.join(' ')).toContain('£1k');
  });

  it('adds nothing to a text that needs nothing', () => {
    expect(searchAdditions('Clearview AI appealed to the court')).toEqual({ prominent: [], rest: [] });
  });
});

describe('withSearchAdditions', () => {
  it('adds one hidden, indexed element: additions from headings and facts weighted, the rest not', () => {
    const html = withSearchAdditions(
      page('<h1>Brøndby IF fined €20 million</h1><dl data-pagefind-weight="3">A daily fine</dl><p>Also £5,000.</p>'),
    );
    const added = /<div data-pagefind-body hidden>(.*)<\/div><\/body>/.exec(html)?.[1] ?? '';
    const [weighted = '', plain = ''] = added.split('</p><p>');
    expect(weighted).toMatch(/^<p data-pagefind-weight="6">Also spelled: Brondby\. /);
    expect(weighted).toContain('€20m');
    expect(weighted).toContain('astreinte');
    expect(plain).toContain('£5k');
    expect(plain).not.toContain('€20m');
    // The footer is not indexed: its sum lends the page no forms.
    expect(added).not.toContain('€9m');
  });

  it('escapes what it adds, and leaves pages that need nothing, or are not indexed, as they are', () => {
    expect(withSearchAdditions(page('<p>A fine &amp; a GDPR breach</p>'))).not.toMatch(/hidden>[^<]*&[^a]/);
    expect(withSearchAdditions(page('<h1>Clearview AI</h1>'))).toBe(page('<h1>Clearview AI</h1>'));
    const unindexed = '<html><body><h1>Brøndby daily fine</h1></body></html>';
    expect(withSearchAdditions(unindexed)).toBe(unindexed);
  });
});
