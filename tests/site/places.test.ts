import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryOf } from '../../src/lib/places/country';
import { placePath } from '../../src/lib/routes';
import { TEST_DIST } from '../support/paths';

const html = (path: string) => readFileSync(join(TEST_DIST, path, 'index.html'), 'utf8');
const regulators = (
  JSON.parse(readFileSync(join(TEST_DIST, 'data', 'regulators.json'), 'utf8')) as {
    regulators: { id: string; jurisdiction: string }[];
  }
).regulators;

describe('place pages', () => {
  it('every jurisdiction in the record has its place page, sub-national ones an anchor on it', () => {
    for (const { jurisdiction } of regulators) {
      const page = placePath(countryOf(jurisdiction));
      expect(existsSync(join(TEST_DIST, page, 'index.html')), page).toBe(true);
      if (jurisdiction.includes('-')) expect(html(page)).toContain(`id="${jurisdiction.toLowerCase()}"`);
    }
  });

  it("a country's page lists its authorities, its cases newest first, and the laws that apply, the EU's included", () => {
    const france = html('/places/fr/');
    expect(france).toMatch(/<h1[^>]*>France<\/h1>/);
    // A locator map beside the heading, linking the world map.
    expect(france).toMatch(
      /<a class="locator-link[^"]*" href="\/map\/" aria-label="The enforcement map"[^>]*><svg[^>]*class="locator">/,
    );
    expect(france).toContain('href="/regulators/fr-cnil/"');
    expect(france).toContain('href="/cases/fr-cnil-sanction-2022/"');
    expect(france).toContain('href="/laws/eu-gdpr/"');
    expect(france).toContain('href="/feeds/countries/fr.xml"');
    // Newest first: the 2025 Grenoble ruling before the CNIL's 2022 fine.
    const cases = france.slice(france.indexOf('id="cases"'));
    expect(cases.indexOf('href="/cases/fr-ta-grenoble-moirans-briefcam-2025/"')).toBeGreaterThan(0);
    expect(cases.indexOf('href="/cases/fr-ta-grenoble-moirans-briefcam-2025/"')).toBeLessThan(
      cases.indexOf('href="/cases/fr-cnil-sanction-2022/"'),
    );
    // A place outside the EU gets no EU law.
    expect(html('/places/us/')).not.toContain('href="/laws/eu-gdpr/"');
    expect(html('/places/us/')).toContain('href="/laws/us-il-bipa/"');
  });

  it('the places index links every place, and the main navigation links the index', () => {
    const index = html('/places/');
    for (const { jurisdiction } of regulators) expect(index).toContain(`href="${placePath(countryOf(jurisdiction))}"`);
    expect(html('/')).toContain('href="/places/"');
  });
});
