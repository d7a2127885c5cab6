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
}): Record<string, unknown> {
  return {
    ...article({ ...input, description: input.summary }),
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
