// Issue 14's bar, read from the built site: provisions on every case, a page per provision listing
// its cases, identifiers, dated law stages in /data/laws.json, and a comparison that reads without JS.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARISONS } from '../../src/lib/compare/prebuilt';
import { LIST_LIMIT } from '../../src/site';
import { entryData, entryIds } from '../support/content';
import { TEST_DIST } from '../support/paths';

const read = (path: string) => readFileSync(join(TEST_DIST, path), 'utf8');
const json = (path: string): unknown => JSON.parse(read(path));

interface Cited {
  law: string;
  provision?: string;
  role: string;
}
interface ExportedLaw {
  id: string;
  provisions: { id: string; url: string; caseCount: number; breachedCount: number }[];
  stages: { stage: string; date: string; source: string }[];
}
interface ExportedCase {
  id: string;
  provisions: { law: string; provision: string | null; citation: string }[];
  identifiers: { scheme: string; value: string }[];
}
const provisionsOf = (id: string) => (entryData('cases', id)['provisions'] ?? []) as Cited[];
const laws = (json('data/laws.json') as { laws: ExportedLaw[] }).laws;
const cases = (json('data/cases.json') as { cases: ExportedCase[] }).cases;

describe('provisions', () => {
  it('every case cites at least one provision or law, and no case keeps the free-text fields', () => {
    for (const id of entryIds('cases')) {
      expect(provisionsOf(id).length, id).toBeGreaterThan(0);
      expect(entryData('cases', id), id).not.toHaveProperty('legalBasis');
      expect(entryData('cases', id), id).not.toHaveProperty('laws');
    }
  });

  it('every declared provision has a page, and there are at least 30', () => {
    const pages = laws.flatMap((law) => law.provisions.map((p) => p.url));
    expect(pages.length).toBeGreaterThanOrEqual(30);
    for (const url of pages) expect(existsSync(join(TEST_DIST, url, 'index.html')), url).toBe(true);
  });

  it('the GDPR Art. 9 page lists every case citing it, and laws.json counts them', () => {
    const citing = entryIds('cases').filter((id) =>
      provisionsOf(id).some((p) => p.law === 'eu-gdpr' && p.provision === 'art-9'),
    );
    expect(citing.length).toBeGreaterThan(10);
    const html = read('laws/eu-gdpr/art-9/index.html');
    // The table lists the most recent LIST_LIMIT; the search link holds the rest.
    const listed = citing.filter((id) => html.includes(`href="/cases/${id}/"`));
    expect(listed.length).toBe(Math.min(citing.length, LIST_LIMIT));
    expect(html).toContain('Role of the provision');
    expect(html).toMatch(/Found breached/);
    const art9 = laws.find((l) => l.id === 'eu-gdpr')?.provisions.find((p) => p.id === 'art-9');
    expect(art9?.caseCount).toBe(citing.length);
    const breached = citing.filter((id) =>
      provisionsOf(id).some((p) => p.law === 'eu-gdpr' && p.provision === 'art-9' && p.role === 'breached'),
    );
    expect(art9?.breachedCount).toBe(breached.length);
  });

  it('the fact box links each provision to its page', () => {
    const html = read('cases/fr-cnil-sanction-2022/index.html');
    expect(html).toMatch(/href="\/laws\/eu-gdpr\/art-6\/"[^>]*>GDPR Art\. 6<\/a>/);
  });
});

describe('identifiers', () => {
  it('at least half the cases carry one, exported and in the JSON-LD', () => {
    const identified = cases.filter((c) => c.identifiers.length > 0);
    expect(identified.length * 2).toBeGreaterThanOrEqual(cases.length);
    const first = identified[0];
    const ld = read(`cases/${first?.id}/index.html`);
    expect(ld).toContain(`"propertyID":"${first?.identifiers[0]?.scheme}"`);
  });
});

describe('/data/laws.json', () => {
  it('is valid against its JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(json('data/schema/laws.json') as object);
    expect(validate(json('data/laws.json')), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('gives 15 or more laws dated stages, each with a source', () => {
    const staged = laws.filter((law) => law.stages.length > 0);
    expect(staged.length).toBeGreaterThanOrEqual(15);
    for (const law of staged) for (const stage of law.stages) expect(stage.source, law.id).toMatch(/^https:\/\//);
  });

  it('each case file in /data/cases/ is its entry of cases.json', () => {
    for (const c of cases) expect(json(`data/cases/${c.id}.json`), c.id).toEqual(c);
  });
});

describe('prebuilt comparisons', () => {
  it('render every case as a column and align the provisions, with no script needed', () => {
    for (const comparison of COMPARISONS) {
      const html = read(`compare/${comparison.id}/index.html`);
      for (const id of comparison.cases) expect(html, id).toContain(`<th scope="col"><a href="/cases/${id}/">`);
      expect(html).toContain('<a href="/laws/eu-gdpr/art-9/">GDPR Art. 9</a>');
      expect(html).toContain('Legal bases rejected');
      expect(html).not.toContain('compare-cases');
      const csv = read(`compare/${comparison.id}.csv`).split('\r\n');
      expect(csv[1]).toBe(['Case id', ...comparison.cases].join(','));
    }
  });
});
