import { describe, expect, it } from 'vitest';
import {
  contentSecurityRules,
  formatHeadersFile,
  headersFor,
  immutableAssetRule,
  parseHeadersFile,
  parsePolicy,
  pathMatches,
  unitePolicies,
} from '../../../src/lib/security/headers-file';

const FILE = `# comment
/*
  X-Content-Type-Options: nosniff
  Permissions-Policy: camera=()

/embed/*
  Content-Security-Policy: frame-ancestors *`;

describe('_headers files', () => {
  it('parses path blocks and their indented headers, and writes them back', () => {
    const rules = parseHeadersFile(FILE);
    expect(rules).toEqual([
      {
        path: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Permissions-Policy', 'camera=()'],
        ],
      },
      { path: '/embed/*', headers: [['Content-Security-Policy', 'frame-ancestors *']] },
    ]);
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('refuses a header line with no path above it', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow('_headers line 1');
  });

  it('matches exact paths and * splats', () => {
    expect(pathMatches('/', '/')).toBe(true);
    expect(pathMatches('/', '/cases/')).toBe(false);
    expect(pathMatches('/cases/*', '/cases/')).toBe(true);
    expect(pathMatches('/cases/*', '/cases/fr-cnil/')).toBe(true);
    expect(pathMatches('/cases/*', '/casesx/')).toBe(false);
    expect(pathMatches('/404.html', '/404xhtml')).toBe(false);
  });

  it('applies every matching rule, joining one header set twice with a comma as hosts do', () => {
    const rules = parseHeadersFile(`/*\n  A: 1\n/embed/*\n  A: 2\n  B: 3`);
    expect(Object.fromEntries(headersFor(rules, '/embed/x/'))).toEqual({ a: '1, 2', b: '3' });
    expect(Object.fromEntries(headersFor(rules, '/cases/'))).toEqual({ a: '1' });
  });
});

describe('Content-Security-Policy rules', () => {
  it('unites policies source by source, without repeats', () => {
    expect(unitePolicies(["script-src 'self' 'sha256-a'; img-src 'self'", "script-src 'self' 'sha256-b'"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'",
    );
    expect(parsePolicy("default-src 'self';  object-src 'none';").get('object-src')).toEqual(["'none'"]);
  });

  const pages = [
    { path: '/', policy: "script-src 'self' 'sha256-theme' 'wasm-unsafe-eval'" },
    { path: '/404.html', policy: "script-src 'self' 'sha256-theme' 'wasm-unsafe-eval'" },
    { path: '/cases/', policy: "script-src 'self' 'sha256-theme' 'wasm-unsafe-eval'" },
    { path: '/cases/x/', policy: "script-src 'self' 'sha256-table' 'wasm-unsafe-eval'" },
    { path: '/embed/fine-timeline/', policy: "script-src 'self' 'sha256-chart'" },
  ];

  it('gives pages frame-ancestors none and embeds frame-ancestors *, in rules that never overlap', () => {
    const rules = contentSecurityRules('/', pages);
    expect(rules.map((rule) => rule.path)).toEqual(['/', '/404.html', '/cases/*', '/embed/*']);
    for (const path of ['/', '/cases/x/', '/embed/fine-timeline/']) {
      const matching = rules.filter((rule) => pathMatches(rule.path, path));
      expect(matching, path).toHaveLength(1);
    }
    const policy = (path: string) => headersFor(rules, path).get('content-security-policy') ?? '';
    expect(policy('/cases/x/')).toBe(
      "script-src 'self' 'sha256-theme' 'wasm-unsafe-eval' 'sha256-table'; frame-ancestors 'none'",
    );
    expect(headersFor(rules, '/cases/x/').get('x-frame-options')).toBe('DENY');
    expect(policy('/embed/fine-timeline/')).toBe("script-src 'self' 'sha256-chart'; frame-ancestors *");
    expect(headersFor(rules, '/embed/fine-timeline/').has('x-frame-options')).toBe(false);
  });

  it('puts the base path in every rule when the site is served from a sub-folder', () => {
    const based = pages.map((page) => ({ ...page, path: `/face-rules${page.path}` }));
    expect(contentSecurityRules('/face-rules/', based).map((rule) => rule.path)).toEqual([
      '/face-rules/',
      '/face-rules/404.html',
      '/face-rules/cases/*',
      '/face-rules/embed/*',
    ]);
  });

  it('lets browsers keep fingerprinted bundles for a year, under the base path', () => {
    expect(immutableAssetRule('/face-rules/')).toEqual({
      path: '/face-rules/_astro/*',
      headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
    });
  });
});
