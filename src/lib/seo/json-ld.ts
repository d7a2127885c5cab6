/** The fields every page on Face Rules shares as a schema.org Article. */
interface ArticleInput {
  url: string;
  title: string;
  description: string;
  image: string;
}

function article({ url, title, description, image }: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: title,
    description,
    url,
    image,
    publisher: { '@type': 'Organization', name: 'Face Rules' },
  };
}

/** schema.org data for a case page: an article about a legal decision, citing its sources. */
export function caseJsonLd(input: {
  url: string;
  title: string;
  summary: string;
  decided: string;
  lastVerified: string;
  regulator: string;
  respondents: readonly string[];
  sources: readonly { url: string; title: string }[];
  image: string;
  /** ECLI, neutral citation, docket or decision number, labelled by scheme. */
  identifiers?: readonly Identifier[];
}): Record<string, unknown> {
  return {
    ...article({ ...input, description: input.summary }),
    ...identifierProperty(input.identifiers),
    dateModified: input.lastVerified,
    about: [
      { '@type': 'GovernmentOrganization', name: input.regulator },
      ...input.respondents.map((name) => ({ '@type': 'Organization', name })),
    ],
    temporalCoverage: input.decided,
    citation: input.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
  };
}

/** schema.org data for a long-form explainer. */
export function explainerJsonLd(
  input: ArticleInput & { published: string; updated?: string | undefined },
): Record<string, unknown> {
  return { ...article(input), datePublished: input.published, dateModified: input.updated ?? input.published };
}

/** One step of a page's breadcrumb trail: its name and absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** schema.org BreadcrumbList: where a page sits on the site, from the home page down to it. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** An identifier as schema.org writes one: a PropertyValue naming its scheme. */
export interface Identifier {
  scheme: string;
  value: string;
  url?: string | undefined;
}

function identifierProperty(identifiers: readonly Identifier[] | undefined): Record<string, unknown> {
  if (!identifiers || identifiers.length === 0) return {};
  return {
    identifier: identifiers.map((id) => ({
      '@type': 'PropertyValue',
      propertyID: id.scheme,
      value: id.value,
      ...(id.url ? { url: id.url } : {}),
    })),
  };
}

/** schema.org Legislation for a law page, or for one provision (`partOf` the law's page). */
export function lawJsonLd(input: {
  url: string;
  title: string;
  shortTitle: string;
  summary: string;
  kind: string;
  jurisdiction: string;
  adopted: string;
  inForce?: string | undefined;
  identifiers?: readonly Identifier[];
  partOf?: { url: string; title: string };
}): Record<string, unknown> {
  const official = input.identifiers?.find((id) => id.scheme === 'eli' || id.scheme === 'celex');
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: input.title,
    alternateName: input.shortTitle,
    description: input.summary,
    url: input.url,
    ...identifierProperty(input.identifiers),
    ...(official ? { legislationIdentifier: official.value } : {}),
    ...(input.partOf ? { isPartOf: { '@type': 'Legislation', name: input.partOf.title, url: input.partOf.url } } : {}),
    legislationType: input.kind,
    legislationJurisdiction: input.jurisdiction,
    legislationDate: input.adopted,
    ...(input.inForce ? { legislationLegalForce: 'InForce', temporalCoverage: `${input.inForce}/..` } : {}),
  };
}

/** schema.org data for an authority or court (GovernmentOrganization) or a respondent (Organization). */
export function organizationJsonLd(input: {
  type: 'GovernmentOrganization' | 'Organization';
  url: string;
  name: string;
  alternateNames: readonly string[];
  description?: string | undefined;
  website?: string | undefined;
  area: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': input.type,
    name: input.name,
    ...(input.alternateNames.length > 0 ? { alternateName: [...input.alternateNames] } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(input.website ? { sameAs: input.website } : {}),
    url: input.url,
    areaServed: input.area,
  };
}

/** schema.org Dataset for the open-data page: what it holds, under which licence, and where each file is. */
export function datasetJsonLd(input: {
  url: string;
  name: string;
  description: string;
  dateModified: string;
  /** URL of the licence. */
  license: string;
  files: readonly { url: string; format: string; description: string }[];
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    dateModified: input.dateModified,
    creator: { '@type': 'Organization', name: 'Face Rules' },
    license: input.license,
    isAccessibleForFree: true,
    distribution: input.files.map((file) => ({
      '@type': 'DataDownload',
      contentUrl: file.url,
      encodingFormat: file.format,
      description: file.description,
    })),
  };
}
