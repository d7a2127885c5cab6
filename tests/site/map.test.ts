import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight';
import { countryOf } from '../../src/lib/places/country';
import { TEST_DIST } from '../support/paths';

const html = (path: string) => readFileSync(join(TEST_DIST, path, 'index.html'), 'utf8');
const cases = (
  JSON.parse(readFileSync(join(TEST_DIST, 'data', 'cases.json'), 'utf8')) as {
    cases: { regulator: { jurisdiction: string } }[];
  }
).cases;

describe('the enforcement map', () => {
  const map = html('/map/');
  const svg = /<svg[^>]*class="chart enforcement-map"[\s\S]*?<\/svg>/.exec(map)?.[0] ?? '';

  it('draws every country and bloc with a case, and every sub-national place, as a link in the SVG, without JavaScript', () => {
    const jurisdictions = new Set(cases.map((c) => c.regulator.jurisdiction));
    for (const j of jurisdictions) {
      expect(svg, j).toContain(`data-key="${countryOf(j)}"`);
      if (j.includes('-')) expect(svg, j).toContain(`data-key="${j}"`);
    }
    expect(svg).toMatch(
      /<a href="\/places\/fr\/" tabindex="-1" aria-label="France: \d+ cases, €[\d.]+ million in standing fines"/,
    );
    expect(svg).toContain('href="/places/us/#us-il"');
  });

  it('has a table of the same places under it, and says where its borders come from', () => {
    const table = map.slice(map.indexOf('<table'), map.indexOf('</table>'));
    expect(table).toMatch(/<caption[^>]*>Every place with a case, by number of cases<\/caption>/);
    expect(table).toContain('href="/places/fr/"');
    expect(map).toContain('Natural Earth');
  });

  it('is linked from the home page and the places index, and embeds within its budget', () => {
    expect(html('/')).toContain('href="/map/"');
    expect(html('/places/')).toContain('href="/map/"');
    const embed = pageWeight(TEST_DIST, '/embed/enforcement-map/');
    expect(embed.html + embed.css + embed.js + embed.lazyJs).toBeLessThanOrEqual(60 * 1024);
    const page = pageWeight(TEST_DIST, '/map/');
    expect(page.js + page.lazyJs).toBeLessThanOrEqual(25 * 1024);
    expect(gzipSync(readFileSync(join(TEST_DIST, 'map', 'index.html'))).length).toBeLessThan(40 * 1024);
  });
});
