import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight';
import { TEST_DIST } from '../support/paths';

const cases = (JSON.parse(readFileSync(join(TEST_DIST, 'data', 'cases.json'), 'utf8')) as { cases: { id: string }[] })
  .cases;
const html = (path: string) => readFileSync(join(TEST_DIST, path, 'index.html'), 'utf8');

describe('case cards', () => {
  it('every case has a card, an oEmbed response, and a page that offers and announces both', () => {
    for (const { id } of cases) {
      expect(existsSync(join(TEST_DIST, 'embed', 'case', id, 'index.html')), id).toBe(true);
      const oembed = JSON.parse(readFileSync(join(TEST_DIST, 'oembed', 'case', `${id}.json`), 'utf8')) as Record<
        string,
        string
      >;
      expect(oembed['type']).toBe('rich');
      expect(oembed['html']).toContain(`/embed/case/${id}/`);
    }
    const page = html('/cases/fr-cnil-sanction-2022/');
    expect(page).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://facerules.org/oembed/case/fr-cnil-sanction-2022.json"',
    );
    expect(page).toMatch(/<summary[^>]*>Embed this case<\/summary>/);
    expect(page).toContain('&lt;iframe src=&quot;https://facerules.org/embed/case/fr-cnil-sanction-2022/&quot;');
  });

  it("a card holds the case's facts, its primary source, a credit back and its date, and stays out of search engines", () => {
    const card = html('/embed/case/fr-cnil-sanction-2022/');
    expect(card).toContain('<meta name="robots" content="noindex">');
    expect(card).toContain('17 October 2022');
    expect(card).toContain('€20 million');
    expect(card).toContain('Primary source');
    expect(card).toMatch(
      /href="https:\/\/facerules\.org\/cases\/fr-cnil-sanction-2022\/" target="_blank" rel="noopener"/,
    );
    expect(card).toMatch(/Facts as of \d{1,2} \w+ 20\d\d/);
    const weight = pageWeight(TEST_DIST, '/embed/case/fr-cnil-sanction-2022/');
    expect(weight.html + weight.css + weight.js).toBeLessThanOrEqual(20 * 1024);
  });
});
