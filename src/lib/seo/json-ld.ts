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
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.summary,
    url: input.url,
    image: input.image,
    dateModified: input.lastVerified,
    about: [
      { '@type': 'GovernmentOrganization', name: input.regulator },
      ...input.respondents.map((name) => ({ '@type': 'Organization', name })),
    ],
    temporalCoverage: input.decided,
    citation: input.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
    publisher: { '@type': 'Organization', name: 'Face Rules' },
  };
}

/** schema.org data for a long-form explainer. */
export function explainerJsonLd(input: {
  url: string;
  title: string;
  description: string;
  published: string;
  updated?: string | undefined;
  image: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.description,
    url: input.url,
    image: input.image,
    datePublished: input.published,
    dateModified: input.updated ?? input.published,
    publisher: { '@type': 'Organization', name: 'Face Rules' },
  };
}
