import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryData, entryIds } from '../support/content';
import { TEST_DIST } from '../support/paths';

const read = (path: string) => readFileSync(join(TEST_DIST, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;

interface ExportedCase {
  id: string;
  url: string;
  decided: string;
  amounts: { value: number; currency: string }[];
  sources: { url: string }[];
}

describe('pages', () => {
  it('every case, regulator and the index have a page', () => {
    expect(existsSync(join(TEST_DIST, 'index.html'))).toBe(true);
    for (const id of entryIds('cases')) expect(existsSync(join(TEST_DIST, 'cases', id, 'index.html')), id).toBe(true);
    for (const id of entryIds('regulators'))
      expect(existsSync(join(TEST_DIST, 'regulators', id, 'index.html')), id).toBe(true);
  });

  it('a case page shows its facts and its primary source', () => {
    const html = read('cases/fr-cnil-sanction-2022/index.html');
    expect(html).toMatch(/<h1[^>]*>CNIL fines Clearview AI €20 million/);
    expect(html).toContain('<time datetime="2022-10-17">17 October 2022</time>');
    expect(html).toContain('€100,000 per day');
    expect(html).toContain('href="https://regmind.eu/open/fr/aai/cnil/sn/2022/10/17/SAN-2022-01"');
  });

  it('a converted amount shows the original, the euro figure and the rate with its date', () => {
    expect(read('cases/gb-ico-mpn-enforcement-notice-2022/index.html')).toContain(
      '£7,552,800 (≈ €8.9 million at 0.8467 on 2022-05-18)',
    );
  });
});

describe('open data', () => {
  const cases = json('data/cases.json')['cases'] as ExportedCase[];

  it('cases.json holds exactly the cases in content/, with their dates and amounts', () => {
    expect(cases.map((c) => c.id).sort()).toEqual(entryIds('cases'));
    for (const exported of cases) {
      const data = entryData('cases', exported.id) as {
        decided: { date: string };
        amounts?: unknown[];
        sources: unknown[];
      };
      expect(exported.decided, exported.id).toBe(data.decided.date);
      expect(exported.amounts.length, exported.id).toBe(data.amounts?.length ?? 0);
      expect(exported.sources.length, exported.id).toBe(data.sources.length);
      expect(existsSync(join(TEST_DIST, exported.url, 'index.html')), exported.url).toBe(true);
    }
  });

  it('regulators.json lists every regulator', () => {
    const regulators = json('data/regulators.json')['regulators'] as { id: string }[];
    expect(regulators.map((r) => r.id)).toEqual(entryIds('regulators'));
  });

  it.each(['cases', 'regulators'])('%s.json validates against its published JSON Schema', (name) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(json(`data/schema/${name}.json`));
    const valid = validate(json(`data/${name}.json`));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the JSON Schema rejects a case that breaks the contract', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(json('data/schema/cases.json'));
    const broken = {
      schemaVersion: 2,
      cases: [
        {
          ...cases[0],
          sources: [{ url: 'http://insecure.example/', title: 't', publisher: 'p', date: null, kind: 'primary' }],
        },
      ],
    };
    expect(validate(broken)).toBe(false);
  });

  it('cases.csv has one row per amount plus one per case without amounts', () => {
    const rows = read('data/cases.csv').split('\r\n').filter(Boolean);
    const expected = cases.reduce((sum, c) => sum + Math.max(1, c.amounts.length), 0);
    expect(rows.length - 1).toBe(expected);
    expect(rows[0]).toMatch(/^case_id,title,url,/);
  });
});
