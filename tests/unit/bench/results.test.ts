import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BenchRun, embedsTable, resultsMarkdown, resultsTable, weightsTable } from '../../../scripts/bench';

const run = (cases: number, buildSeconds: number): BenchRun => ({
  cases,
  pages: cases + 160,
  buildSeconds,
  pagefindSeconds: cases / 500,
  peakRssMB: 1500 + cases / 5,
  distMB: 85,
  firstSearchKB: 80,
  firstSearchMs: 120,
  rareSearchKB: 70,
  rareSearchMs: 60,
  chartDataKB: 11.2,
  embedsKB: { 'fine-timeline': cases / 1000 + 30, 'enforcement-gap': 25.5 },
  pageWeightsKB: { home: { htmlCssKB: 17.3, jsKB: 2.4 }, 'case index': { htmlCssKB: 16.1, jsKB: 2.4 } },
});

describe('benchmark report', () => {
  const runs = [run(1000, 60), run(10000, 640)];

  it('shows the build cost per 1,000 cases, so non-linear growth stands out', () => {
    const table = resultsTable(runs).split('\n');
    expect(table[2]).toBe('| 1,000 | 1,160 | 60 | 60 | 2 | 1,700 | 85 | 80 / 120 | 70 / 60 | 11.2 |');
    expect(table[3]).toContain('| 10,000 | 10,160 | 640 | 64 |');
  });

  it('gives every page type a row and every size a column', () => {
    expect(weightsTable(runs).split('\n')).toEqual([
      '| page type (gzip KB, HTML+CSS / JS) | 1,000 cases | 10,000 cases |',
      '|---|---:|---:|',
      '| home | 17.3 / 2.4 | 17.3 / 2.4 |',
      '| case index | 16.1 / 2.4 | 16.1 / 2.4 |',
    ]);
    expect(resultsMarkdown('2 cores', runs)).toContain('Measured by `npm run bench` on 2 cores.');
  });

  it('gives every embed a row against its budget', () => {
    expect(embedsTable(runs).split('\n')).toEqual([
      '| embed (gzip KB in all, with its data; budget 60) | 1,000 cases | 10,000 cases |',
      '|---|---:|---:|',
      '| fine-timeline | 31 | 40 |',
      '| enforcement-gap | 25.5 | 25.5 |',
    ]);
    expect(resultsMarkdown('2 cores', runs)).toContain('| fine-timeline | 31 | 40 |');
  });
});

describe('the committed benchmark', () => {
  it('holds the first-search budget at every size: at most 200 KB gzip before the first results', () => {
    const { runs } = JSON.parse(readFileSync(new URL('../../../bench/results.json', import.meta.url), 'utf8')) as {
      runs: BenchRun[];
    };
    expect(runs.map((r) => r.cases)).toEqual([1000, 5000, 10000]);
    for (const r of runs) {
      expect(r.firstSearchKB).toBeLessThanOrEqual(200);
      expect(r.rareSearchKB).toBeLessThanOrEqual(200);
    }
  });
});
