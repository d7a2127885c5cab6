// The scale benchmark: builds the site from synthetic records of 1,000, 5,000 and 10,000 cases and
// records what each costs to build and to read. Writes bench/results.json and bench/results.md.
// Usage: npm run bench [-- 1000 5000 10000]. Each size is built from nothing (fresh cache).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchSearch } from './bench-search.ts';
import { runBuild, type BuildOptions } from './lib/build.ts';
import { embedDataBytes, pageWeight, SAMPLE_PAGES } from './lib/page-weight.ts';
import { CHART_IDS } from '../src/lib/charts/registry.ts';
import { writeSyntheticContent } from './lib/synthetic-content.ts';

const ROOT = join(import.meta.dirname, '..');

/** Gzip weights in KB of one page of each type: HTML+CSS, and JavaScript loaded up front. */
type PageWeights = Record<string, { htmlCssKB: number; jsKB: number }>;

/** One benchmark run, as written to bench/results.json. */
export interface BenchRun {
  cases: number;
  pages: number;
  buildSeconds: number;
  pagefindSeconds: number;
  peakRssMB: number;
  distMB: number;
  /** The first search for "clearview", a word on about 40% of pages: the worst case. */
  firstSearchKB: number;
  firstSearchMs: number;
  /** The first search for "mercadona", a word on about 1% of pages: an ordinary search. */
  rareSearchKB: number;
  rareSearchMs: number;
  /** Gzip KB of the data the timeline's embed fetches when enhanced: the chart context and its view. */
  chartDataKB: number;
  /** Gzip KB of each chart's embed in all: page, styles, scripts (also those loaded later) and data. */
  embedsKB: Record<string, number>;
  pageWeightsKB: PageWeights;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Resident memory in bytes of `pid` and all its descendants, read from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * 4096);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() ?? 0;
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/** Builds with `options`, sampling the memory of the whole process tree. */
async function timedBuild(options: BuildOptions, logFile: string) {
  const started = performance.now();
  let peak = 0;
  let sampler: ReturnType<typeof setInterval> | undefined;
  const { code, output: log } = await runBuild({
    ...options,
    onStart: (pid) => (sampler = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 250)),
  });
  clearInterval(sampler);
  writeFileSync(logFile, log);
  if (code !== 0) throw new Error(`build failed (exit ${code}); log: ${logFile}`);
  const pagefind = /indexed (\d+) pages in (\d+) ms/.exec(log);
  if (!pagefind) throw new Error(`no Pagefind timing in the build log ${logFile}`);
  return {
    seconds: (performance.now() - started) / 1000,
    pagefindSeconds: Number(pagefind[2]) / 1000,
    pages: Number(pagefind[1]),
    peakBytes: peak,
  };
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

/** Generates `cases` synthetic cases, builds them from nothing and measures the result. */
export async function benchSize(cases: number, workDir: string): Promise<BenchRun> {
  const content = join(workDir, 'content');
  const out = join(workDir, 'dist');
  writeSyntheticContent(join(ROOT, 'content'), content, cases);
  const build = await timedBuild(
    { outDir: out, contentDir: content, cacheDir: join(workDir, 'cache') },
    join(workDir, 'build.log'),
  );
  const weights: PageWeights = {};
  for (const [type, path] of Object.entries(SAMPLE_PAGES)) {
    const w = pageWeight(out, path);
    weights[type] = { htmlCssKB: round((w.html + w.css) / 1024), jsKB: round(w.js / 1024) };
  }
  const embeds: Record<string, number> = {};
  for (const chart of CHART_IDS) {
    const w = pageWeight(out, `/embed/${chart}/`);
    embeds[chart] = round((w.html + w.css + w.js + w.lazyJs + embedDataBytes(out, chart)) / 1024);
  }
  const search = await benchSearch(out, 'clearview');
  const rare = await benchSearch(out, 'mercadona');
  return {
    cases,
    pages: build.pages,
    buildSeconds: round(build.seconds),
    pagefindSeconds: round(build.pagefindSeconds),
    peakRssMB: Math.round(build.peakBytes / 2 ** 20),
    distMB: round(folderBytes(out) / 2 ** 20),
    firstSearchKB: search.firstSearchKB,
    firstSearchMs: search.firstSearchMs,
    rareSearchKB: rare.firstSearchKB,
    rareSearchMs: rare.firstSearchMs,
    chartDataKB: round(embedDataBytes(out, 'fine-timeline') / 1024),
    embedsKB: embeds,
    pageWeightsKB: weights,
  };
}

/** The runs as a Markdown table, with build cost per 1,000 cases to show whether growth is linear. */
export function resultsTable(runs: readonly BenchRun[]): string {
  const header = [
    '| cases | pages indexed | build s | s per 1,000 cases | Pagefind s | peak RSS MB | dist MB | first search "clearview" KB / ms | first search "mercadona" KB / ms | timeline embed data KB |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const rows = runs.map((r) =>
    [
      r.cases.toLocaleString('en-GB'),
      r.pages.toLocaleString('en-GB'),
      r.buildSeconds,
      round((r.buildSeconds / r.cases) * 1000),
      r.pagefindSeconds,
      r.peakRssMB.toLocaleString('en-GB'),
      r.distMB,
      `${r.firstSearchKB} / ${r.firstSearchMs}`,
      `${r.rareSearchKB} / ${r.rareSearchMs}`,
      r.chartDataKB,
    ].join(' | '),
  );
  return [...header, ...rows.map((row) => `| ${row} |`)].join('\n');
}

/** Gzip weight of each page type at each size: HTML+CSS, then JavaScript loaded up front. */
export function weightsTable(runs: readonly BenchRun[]): string {
  const types = Object.keys(runs[0]?.pageWeightsKB ?? {});
  const header = [
    `| page type (gzip KB, HTML+CSS / JS) | ${runs.map((r) => `${r.cases.toLocaleString('en-GB')} cases`).join(' | ')} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
  ];
  const rows = types.map(
    (type) =>
      `| ${type} | ${runs.map((r) => `${r.pageWeightsKB[type]?.htmlCssKB ?? ''} / ${r.pageWeightsKB[type]?.jsKB ?? ''}`).join(' | ')} |`,
  );
  return [...header, ...rows].join('\n');
}

/** Gzip weight in all of each chart's embed at each size, against its 60 KB budget. */
export function embedsTable(runs: readonly BenchRun[]): string {
  const charts = Object.keys(runs[0]?.embedsKB ?? {});
  return [
    `| embed (gzip KB in all, with its data; budget 60) | ${runs.map((r) => `${r.cases.toLocaleString('en-GB')} cases`).join(' | ')} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
    ...charts.map((chart) => `| ${chart} | ${runs.map((r) => r.embedsKB[chart] ?? '').join(' | ')} |`),
  ].join('\n');
}

/** bench/results.md: the tables, and the machine they were measured on. */
export function resultsMarkdown(machine: string, runs: readonly BenchRun[]): string {
  return [
    '# Scale benchmark',
    '',
    `Measured by \`npm run bench\` on ${machine}. Each size is a synthetic record (copies of the real cases, see \`scripts/lib/synthetic-content.ts\`) built from nothing, with a fresh cache.`,
    '',
    resultsTable(runs),
    '',
    weightsTable(runs),
    '',
    embedsTable(runs),
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const resultsFile = join(ROOT, 'bench/results.json');
  // --report re-renders results.md from results.json without building anything.
  if (process.argv[2] === '--report') {
    const { machine, runs } = JSON.parse(readFileSync(resultsFile, 'utf8')) as { machine: string; runs: BenchRun[] };
    writeFileSync(join(ROOT, 'bench/results.md'), resultsMarkdown(machine, runs));
    process.exit(0);
  }
  const sizes = process.argv.slice(2).map(Number);
  const runs: BenchRun[] = [];
  for (const cases of sizes.length > 0 ? sizes : [1000, 5000, 10000]) {
    const workDir = mkdtempSync(join(tmpdir(), `face-rules-bench-${cases}-`));
    console.log(`building ${cases} cases in ${workDir} …`);
    const run = await benchSize(cases, workDir);
    console.log(JSON.stringify(run));
    runs.push(run);
    rmSync(workDir, { recursive: true, force: true });
  }
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify({ machine, runs }, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench/results.md'), resultsMarkdown(machine, runs));
  console.log(resultsTable(runs));
}
