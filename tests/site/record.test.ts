// The fact rules of the record, checked over the built export and the content files: what a
// knowledge site must never lose as it grows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/lib/text/reading';
import { entryBody, entryData, entryIds } from '../support/content';
import { TEST_DIST } from '../support/paths';

interface ExportedCase {
  id: string;
  summary: string;
  respondents: { id: string }[];
  regulator: { id: string };
  sources: { url: string; kind: string }[];
}

const json = (path: string) => JSON.parse(readFileSync(join(TEST_DIST, path), 'utf8')) as Record<string, unknown>;
const cases = json('data/cases.json')['cases'] as ExportedCase[];
const regulators = json('data/regulators.json')['regulators'] as { id: string; caseCount: number }[];

describe('the record', () => {
  it('covers what the site promises: 70+ cases (35+ on Clearview AI), 30+ authorities, 15+ laws, 8+ explainers', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
    expect(cases.filter((c) => c.respondents.some((r) => r.id === 'clearview-ai')).length).toBeGreaterThanOrEqual(35);
    expect(regulators.length).toBeGreaterThanOrEqual(30);
    expect(entryIds('laws').length).toBeGreaterThanOrEqual(15);
    expect(entryIds('explainers').length).toBeGreaterThanOrEqual(8);
  });

  it('every case has a summary and at least one https source', () => {
    for (const c of cases) {
      expect(c.summary.trim().length, c.id).toBeGreaterThan(20);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const source of c.sources) expect(source.url, c.id).toMatch(/^https:\/\/[^\s/]+\.[^\s]+$/);
    }
  });

  it('every regulator decided at least one case', () => {
    expect(regulators.filter((r) => r.caseCount === 0).map((r) => r.id)).toEqual([]);
  });

  it('every respondent appears in at least one case', () => {
    const named = new Set(cases.flatMap((c) => c.respondents.map((r) => r.id)));
    expect(entryIds('respondents').filter((id) => !named.has(id))).toEqual([]);
  });

  it('the actions the research brief singled out are all present', () => {
    const ids = new Set(cases.map((c) => c.id));
    const required = [
      'fr-cnil-penalty-liquidation-2023',
      'au-aat-clearview-appeal-2023',
      'gb-ftt-clearview-appeal-2023',
      'gb-ut-ico-v-clearview-2025',
      'us-nd-ill-clearview-mdl-settlement-2025',
      'ca-bcca-clearview-appeal-2026',
      'se-imy-police-fine-2021',
      'es-aepd-mercadona-fine-2021',
      'us-tx-ag-v-meta-2024',
      'se-imy-skelleftea-school-fine-2019',
      'it-garante-trento-fine-2024',
      'us-ftc-rite-aid-2023',
    ];
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('explainers', () => {
  it.each(entryIds('explainers'))('%s is 800–2,300 words and cites its sources by number', (id) => {
    const body = entryBody('explainers', id);
    const words = wordCount(body.replace(/\]\([^)]*\)/g, ']'));
    expect(words).toBeGreaterThanOrEqual(800);
    expect(words).toBeLessThanOrEqual(2300);
    const sources = (entryData('explainers', id)['sources'] as unknown[]).length;
    const cited = new Set([...body.matchAll(/\[(\d+)\](?!\()/g)].map((m) => Number(m[1])));
    expect(
      [...cited].filter((n) => n < 1 || n > sources),
      'citations without a source',
    ).toEqual([]);
  });
});
