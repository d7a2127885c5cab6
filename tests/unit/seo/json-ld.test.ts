import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  caseJsonLd,
  datasetJsonLd,
  explainerJsonLd,
  lawJsonLd,
  organizationJsonLd,
} from '../../../src/lib/seo/json-ld';

const publisher = { '@type': 'Organization', name: 'Face Rules' };

describe('caseJsonLd', () => {
  const input = {
    url: 'https://facerules.org/cases/x/',
    title: 'CNIL fines Clearview AI',
    summary: 'A summary.',
    decided: '2022-10-17',
    lastVerified: '2026-11-24',
    regulator: 'CNIL',
    respondents: ['Clearview AI'],
    sources: [{ url: 'https://www.cnil.fr/', title: 'Decision' }],
    image: 'https://facerules.org/og/cases/x.png',
  };

  it('is an Article about the authority and respondents, covering the decision date, citing its sources', () => {
    expect(caseJsonLd(input)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'CNIL fines Clearview AI',
      description: 'A summary.',
      url: 'https://facerules.org/cases/x/',
      image: 'https://facerules.org/og/cases/x.png',
      publisher,
      dateModified: '2026-11-24',
      about: [
        { '@type': 'GovernmentOrganization', name: 'CNIL' },
        { '@type': 'Organization', name: 'Clearview AI' },
      ],
      temporalCoverage: '2022-10-17',
      citation: [{ '@type': 'CreativeWork', name: 'Decision', url: 'https://www.cnil.fr/' }],
    });
  });

  it('labels each identifier by its scheme, with its URL when it has one, and leaves the property out when none', () => {
    const withIds = caseJsonLd({
      ...input,
      identifiers: [
        { scheme: 'ecli', value: 'ECLI:FR:CE:2022:1', url: 'https://example.org/ecli' },
        { scheme: 'docket', value: 'SAN-2022-019' },
      ],
    });
    expect(withIds['identifier']).toEqual([
      { '@type': 'PropertyValue', propertyID: 'ecli', value: 'ECLI:FR:CE:2022:1', url: 'https://example.org/ecli' },
      { '@type': 'PropertyValue', propertyID: 'docket', value: 'SAN-2022-019' },
    ]);
    expect(caseJsonLd({ ...input, identifiers: [] })).not.toHaveProperty('identifier');
    expect(caseJsonLd(input)).not.toHaveProperty('identifier');
  });
});

describe('explainerJsonLd', () => {
  const input = { url: 'https://facerules.org/explainers/e/', title: 'T', description: 'D', image: 'https://i/' };

  it('dates the article by its publication, and by its update once it has one', () => {
    expect(explainerJsonLd({ ...input, published: '2026-11-24' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'T',
      description: 'D',
      url: 'https://facerules.org/explainers/e/',
      image: 'https://i/',
      publisher,
      datePublished: '2026-11-24',
      dateModified: '2026-11-24',
    });
    expect(explainerJsonLd({ ...input, published: '2026-11-24', updated: '2026-12-02' })).toMatchObject({
      datePublished: '2026-11-24',
      dateModified: '2026-12-02',
    });
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1, home first', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: 'https://facerules.org/' },
        { name: 'Cases', url: 'https://facerules.org/cases/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://facerules.org/' },
        { '@type': 'ListItem', position: 2, name: 'Cases', item: 'https://facerules.org/cases/' },
      ],
    });
  });
});

describe('lawJsonLd', () => {
  const gdpr = {
    url: 'https://facerules.org/laws/eu-gdpr/',
    title: 'General Data Protection Regulation',
    shortTitle: 'GDPR',
    summary: 'S',
    kind: 'regulation',
    jurisdiction: 'EU',
    adopted: '2016-04-27',
  };

  it('is Legislation with its type, jurisdiction and date, and nothing it was not given', () => {
    expect(lawJsonLd(gdpr)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: 'General Data Protection Regulation',
      alternateName: 'GDPR',
      description: 'S',
      url: 'https://facerules.org/laws/eu-gdpr/',
      legislationType: 'regulation',
      legislationJurisdiction: 'EU',
      legislationDate: '2016-04-27',
    });
  });

  it('takes its official identifier from an ELI or CELEX number, and says since when it is in force', () => {
    const law = lawJsonLd({
      ...gdpr,
      inForce: '2018-05-25',
      identifiers: [
        { scheme: 'oj', value: 'OJ L 119' },
        { scheme: 'celex', value: '32016R0679' },
      ],
    });
    expect(law).toMatchObject({
      legislationIdentifier: '32016R0679',
      legislationLegalForce: 'InForce',
      temporalCoverage: '2018-05-25/..',
    });
    expect(lawJsonLd({ ...gdpr, identifiers: [{ scheme: 'oj', value: 'OJ L 119' }] })).not.toHaveProperty(
      'legislationIdentifier',
    );
  });

  it('makes a provision part of its law', () => {
    const article = lawJsonLd({ ...gdpr, title: 'GDPR Art. 9', partOf: { url: gdpr.url, title: gdpr.title } });
    expect(article['isPartOf']).toEqual({
      '@type': 'Legislation',
      name: 'General Data Protection Regulation',
      url: 'https://facerules.org/laws/eu-gdpr/',
    });
  });
});

describe('organizationJsonLd', () => {
  it('names the body, its other names, its website and where it acts', () => {
    expect(
      organizationJsonLd({
        type: 'GovernmentOrganization',
        url: 'https://facerules.org/regulators/fr-cnil/',
        name: 'Commission nationale de l’informatique et des libertés',
        alternateNames: ['CNIL'],
        description: 'D',
        website: 'https://www.cnil.fr/',
        area: 'France',
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      name: 'Commission nationale de l’informatique et des libertés',
      alternateName: ['CNIL'],
      description: 'D',
      sameAs: 'https://www.cnil.fr/',
      url: 'https://facerules.org/regulators/fr-cnil/',
      areaServed: 'France',
    });
  });

  it('leaves out what is empty or unknown', () => {
    expect(
      organizationJsonLd({ type: 'Organization', url: 'u', name: 'Clearview AI', alternateNames: [], area: 'US' }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Clearview AI',
      url: 'u',
      areaServed: 'US',
    });
  });
});

describe('datasetJsonLd', () => {
  it('is a free Dataset under its licence, with a download per file', () => {
    expect(
      datasetJsonLd({
        url: 'https://facerules.org/data/',
        name: 'Face Rules cases',
        description: 'D',
        dateModified: '2026-12-02',
        license: 'https://creativecommons.org/licenses/by/4.0/',
        files: [{ url: 'https://facerules.org/data/cases.csv', format: 'text/csv', description: 'Every case' }],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Face Rules cases',
      description: 'D',
      url: 'https://facerules.org/data/',
      dateModified: '2026-12-02',
      creator: publisher,
      license: 'https://creativecommons.org/licenses/by/4.0/',
      isAccessibleForFree: true,
      distribution: [
        {
          '@type': 'DataDownload',
          contentUrl: 'https://facerules.org/data/cases.csv',
          encodingFormat: 'text/csv',
          description: 'Every case',
        },
      ],
    });
  });
});
