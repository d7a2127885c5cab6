// What link previews and search engines read: social card text, locale, and schema.org JSON-LD
// of the type each page is, with a breadcrumb trail on every page below a section.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/integrations/built-pages';
import { TEST_DIST } from '../support/paths';

const pages = builtPages(TEST_DIST).filter((p) => !p.path.startsWith('/embed/'));
const html = (path: string) => pages.find((p) => p.path === path)?.html ?? '';
const meta = (page: string, property: string) =>
  new RegExp(`<meta (?:property|name)="${property.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(page)?.[1];
const jsonLd = (page: string) =>
  [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>,
  );
const types = (page: string) => jsonLd(page).map((data) => data['@type']);

describe('social cards', () => {
  it('every page names its card’s text (og:image:alt, twitter:image:alt) and its locale', () => {
    const missing = pages.flatMap((p) =>
      ['og:image', 'og:image:alt', 'twitter:image:alt', 'og:locale']
        .filter((property) => !meta(p.html, property))
        .map((property) => `${p.path}: ${property}`),
    );
    expect(missing).toEqual([]);
    expect(meta(html('/'), 'og:locale')).toBe('en_GB');
  });

  it('a case’s card text is what its card shows: authority, date, title, sum', () => {
    const alt = meta(html('/cases/fr-cnil-sanction-2022/'), 'og:image:alt') ?? '';
    expect(alt).toBe(
      'CNIL · 17 October 2022. CNIL fines Clearview AI €20 million and orders it to delete data on people in France. Fine: €20 million.',
    );
    expect(meta(html('/cases/fr-cnil-sanction-2022/'), 'twitter:image:alt')).toBe(alt);
    expect(meta(html('/about/'), 'og:image:alt')).toMatch(
      /^Face Rules\. The sourced record of .*\. \d+ cases · \d+ authorities and courts\.$/,
    );
  });
});

describe('schema.org JSON-LD', () => {
  it('every JSON-LD block parses and names schema.org as its context', () => {
    for (const page of pages)
      for (const data of jsonLd(page.html)) expect(data['@context'], page.path).toBe('https://schema.org');
  });

  it.each([
    ['/cases/fr-cnil-sanction-2022/', 'Article'],
    ['/explainers/does-clearview-pay-its-fines/', 'Article'],
    ['/laws/eu-gdpr/', 'Legislation'],
    ['/regulators/fr-cnil/', 'GovernmentOrganization'],
    ['/respondents/clearview-ai/', 'Organization'],
    ['/data/', 'Dataset'],
  ])('%s is described as a %s, with a breadcrumb trail', (path, type) => {
    expect(types(html(path))).toEqual([type, 'BreadcrumbList']);
    const [data, trail] = jsonLd(html(path)) as [
      Record<string, unknown>,
      { itemListElement: Record<string, unknown>[] },
    ];
    expect(data['url'] ?? data['headline']).toBeTruthy();
    const items = trail.itemListElement;
    expect(items[0]).toMatchObject({ position: 1, name: 'Face Rules', item: 'https://facerules.org/' });
    expect(items.at(-1)?.['item']).toBe(`https://facerules.org${path}`);
    expect(items.map((item) => item['position'])).toEqual(items.map((_, i) => i + 1));
  });

  it('every case, regulator, respondent, law and explainer page has its JSON-LD type and trail', () => {
    const expected: [RegExp, string][] = [
      [/^\/cases\/[a-z0-9-]+\/$/, 'Article'],
      [/^\/explainers\/[a-z0-9-]+\/$/, 'Article'],
      [/^\/laws\/[a-z0-9-]+\/$/, 'Legislation'],
      [/^\/regulators\/[a-z0-9-]+\/$/, 'GovernmentOrganization'],
    ];
    const wrong = pages.flatMap((p) => {
      const rule = expected.find(([re]) => re.test(p.path) && !p.path.startsWith('/cases/page/'));
      if (!rule) return [];
      const found = types(p.html);
      return found[0] === rule[1] && found[1] === 'BreadcrumbList' ? [] : [`${p.path}: ${found.join(', ')}`];
    });
    expect(wrong).toEqual([]);
    const respondents = pages.filter((p) => /^\/respondents\/[a-z0-9-]+\/$/.test(p.path));
    expect(respondents.length).toBeGreaterThan(40);
    for (const p of respondents) expect(['Organization', 'GovernmentOrganization'], p.path).toContain(types(p.html)[0]);
  });

  it('laws carry their dates and jurisdiction; the dataset lists its files and its licence', () => {
    const [law] = jsonLd(html('/laws/eu-gdpr/'));
    expect(law).toMatchObject({
      name: 'General Data Protection Regulation (Regulation (EU) 2016/679)',
      alternateName: 'GDPR',
      legislationDate: '2016-04-27',
      legislationJurisdiction: 'European Union',
    });
    const [dataset] = jsonLd(html('/data/')) as [
      { license: string; distribution: { contentUrl: string; encodingFormat: string }[] },
    ];
    expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(dataset.distribution.map((d) => d.contentUrl)).toContain('https://facerules.org/data/cases.csv');
    expect(dataset.distribution.map((d) => d.contentUrl)).toContain('https://facerules.org/data/datapackage.json');
    expect(dataset.distribution.find((d) => d.contentUrl.endsWith('.csv'))?.encodingFormat).toBe('text/csv');
  });
});
