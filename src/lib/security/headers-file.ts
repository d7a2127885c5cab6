// The `_headers` file that Netlify and Cloudflare Pages read: blocks of a path pattern followed by
// indented "Name: value" lines. Written at build time (the CSP carries the build's script hashes)
// and read by the test server, so tests see the headers a reader would get.

/** One block: a path pattern ("/cases/*", "/") and the headers for responses it matches. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** Parses a `_headers` file. Comments (#) and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Writes rules in the `_headers` format. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n\n');
}

/** Whether a rule's pattern matches a request path: exact, or "*" standing for any rest of the path. */
export function pathMatches(pattern: string, path: string): boolean {
  const expression = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${expression}$`).test(path);
}

/**
 * The headers a host sends for `path`: every matching rule applies, in order. A name set by two
 * rules would be joined by hosts with a comma, so callers keep rules for one header disjoint.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const earlier = headers.get(key);
      headers.set(key, earlier === undefined ? value : `${earlier}, ${value}`);
    }
  }
  return headers;
}

/** A policy as directive name → sources, in order of first appearance. */
type Policy = Map<string, string[]>;

/** Parses a Content-Security-Policy value. */
export function parsePolicy(value: string): Policy {
  const policy: Policy = new Map();
  for (const directive of value.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    policy.set(name, [...new Set([...(policy.get(name) ?? []), ...sources])]);
  }
  return policy;
}

/** The smallest policy that allows everything each of `policies` allows (the union of sources). */
export function unitePolicies(policies: readonly string[]): string {
  const united: Policy = new Map();
  for (const policy of policies)
    for (const [name, sources] of parsePolicy(policy))
      united.set(name, [...new Set([...(united.get(name) ?? []), ...sources])]);
  return [...united].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** A built HTML page: the path it is served at and the policy in its <meta> element. */
export interface PagePolicy {
  path: string;
  policy: string;
}

/**
 * Content-Security-Policy rules for a built site served under `base`. A <meta> policy cannot say
 * who may frame a page, so the header adds frame-ancestors: embeds may be framed by any site,
 * every other page by none. Hosts join two matching values of one header with a comma (two
 * policies, both enforced), so the rules never overlap: one per top-level section, not one "/*".
 */
export function contentSecurityRules(base: string, pages: readonly PagePolicy[]): HeaderRule[] {
  const embedPrefix = `${base}embed/`;
  const embeds = pages.filter((page) => page.path.startsWith(embedPrefix));
  const others = pages.filter((page) => !page.path.startsWith(embedPrefix));
  const sitePolicy = `${unitePolicies(others.map((page) => page.policy))}; frame-ancestors 'none'`;
  const paths = new Set<string>();
  for (const page of others) {
    const rest = page.path.slice(base.length);
    const slash = rest.indexOf('/');
    // "cases/x/" → "/cases/*"; pages at the root ("", "404.html") get a rule of their own.
    paths.add(slash < 0 ? page.path : `${base}${rest.slice(0, slash)}/*`);
  }
  const rules: HeaderRule[] = [...paths].sort().map((path) => ({
    path,
    headers: [
      ['Content-Security-Policy', sitePolicy],
      ['X-Frame-Options', 'DENY'],
    ],
  }));
  if (embeds.length > 0) {
    const embedPolicy = `${unitePolicies(embeds.map((page) => page.policy))}; frame-ancestors *`;
    rules.push({ path: `${embedPrefix}*`, headers: [['Content-Security-Policy', embedPolicy]] });
  }
  return rules;
}

/** Bundled scripts and styles have a content hash in their names: browsers may keep them for a year. */
export function immutableAssetRule(base: string): HeaderRule {
  return { path: `${base}_astro/*`, headers: [['Cache-Control', 'public, max-age=31536000, immutable']] };
}
