import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/text/escape';

describe('escapeXml', () => {
  it('escapes the five characters that can break out of text or a quoted attribute', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    expect(escapeXml('Brøndby €20 million')).toBe('Brøndby €20 million');
  });
});
