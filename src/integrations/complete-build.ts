// The last step of a build: every file the record implies must be in the output, or the build
// fails (and `npm run build` removes the output). Astro has finished builds with exit code 0 and
// pages missing when a Markdown plugin failed; a deploy must never ship such a partial site.
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHART_IDS } from '../lib/charts/registry';
import { COMPARISONS } from '../lib/compare/prebuilt';
import { parse } from 'yaml';
import { contentDirectory, FRONT_MATTER, idOfFile } from '../lib/content-files';
import { parseSha256sums } from '../lib/releases/checksums';

/** The ids of each collection: the content files' names, which are the ids by rule. */
export interface RecordIds {
  cases: readonly string[];
  regulators: readonly string[];
  respondents: readonly string[];
  laws: readonly string[];
  /** The provisions each law declares, as `<law>/<provision>`: each has a page. */
  provisions: readonly string[];
  explainers: readonly string[];
  /** Each dated data release and the files its SHA256SUMS lists. */
  releases: readonly { date: string; files: readonly string[] }[];
}

/** Reads the ids from a content folder (`content/` or a test's copy). */
export function recordIds(contentDir: string): RecordIds {
  const ids = (folder: string) =>
    readdirSync(join(contentDir, folder))
      .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
      .map(idOfFile)
      .sort();
  return {
    cases: ids('cases'),
    regulators: ids('regulators'),
    respondents: ids('respondents'),
    laws: ids('laws'),
    provisions: declaredProvisions(join(contentDir, 'laws')),
    explainers: ids('explainers'),
    releases: releaseFiles(join(contentDir, 'releases')),
  };
}

/** `<law>/<provision>` for every provision the law files in a folder declare. */
function declaredProvisions(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .flatMap((name) => {
      const front = FRONT_MATTER.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '';
      const provisions = (parse(front) as { provisions?: { id: string }[] } | null)?.provisions ?? [];
      return provisions.map((p) => `${idOfFile(name)}/${p.id}`);
    });
}

/** The releases under a folder, each with the paths its SHA256SUMS lists (none if there is no folder). */
function releaseFiles(dir: string): RecordIds['releases'] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
    .sort()
    .map((date) => ({
      date,
      files: [...parseSha256sums(readFileSync(join(dir, date, 'SHA256SUMS'), 'utf8')).keys()],
    }));
}

/** Every file, relative to the output folder, that a complete build of this record contains. */
export function expectedOutputs(ids: RecordIds): string[] {
  const page = (path: string) => `${path}/index.html`;
  return [
    'index.html',
    '404.html',
    ...[
      'cases',
      'regulators',
      'respondents',
      'laws',
      'explainers',
      'search',
      'timeline',
      'data',
      'about',
      'methodology',
      'changes',
      'feeds',
      'places',
      'map',
      'embed/enforcement-map',
      'numbers',
    ].map(page),
    ...ids.cases.flatMap((id) => [
      page(`cases/${id}`),
      `og/cases/${id}.png`,
      `data/cases/${id}.json`,
      page(`embed/case/${id}`),
      `oembed/case/${id}.json`,
    ]),
    page('compare'),
    ...COMPARISONS.flatMap(({ id }) => [page(`compare/${id}`), `compare/${id}.csv`]),
    ...ids.regulators.flatMap((id) => [page(`regulators/${id}`), `feeds/regulators/${id}.xml`]),
    ...ids.respondents.flatMap((id) => [page(`respondents/${id}`), `feeds/respondents/${id}.xml`]),
    ...ids.laws.flatMap((id) => [page(`laws/${id}`), `feeds/laws/${id}.xml`]),
    ...ids.provisions.map((id) => page(`laws/${id}`)),
    ...ids.explainers.map((id) => page(`explainers/${id}`)),
    ...CHART_IDS.flatMap((chart) => [
      page(`embed/${chart}`),
      `charts/${chart}.svg`,
      `charts/${chart}.png`,
      `charts/${chart}.csv`,
      `oembed/${chart}.json`,
      `charts/points/${chart}/all.json`,
    ]),
    'charts/context.json',
    'search/names.json',
    'data/cases.json',
    'data/cases.csv',
    'data/regulators.json',
    'data/laws.json',
    'data/datapackage.json',
    'data/schema/cases.json',
    'data/schema/regulators.json',
    'data/schema/laws.json',
    'data/changes.json',
    'data/releases/index.json',
    ...ids.releases.flatMap(({ date, files }) => [
      page(`data/releases/${date}`),
      `data/releases/${date}/SHA256SUMS`,
      ...files.map((file) => `data/releases/${date}/${file}`),
    ]),
    'og/site.png',
    'rss.xml',
    'feeds/cases.xml',
    'feeds/changes.xml',
    'sitemap-index.xml',
    'embed.js',
    '_headers',
    'pagefind/pagefind-entry.json',
  ];
}

/** The expected files missing from an output folder. */
export function missingOutputs(outDir: string, expected: readonly string[]): string[] {
  return expected.filter((file) => !existsSync(join(outDir, file)));
}

/** Throws, naming every missing file, unless the output folder holds all the record implies. */
export function assertBuildComplete(outDir: string, contentDir: string): number {
  const expected = expectedOutputs(recordIds(contentDir));
  const missing = missingOutputs(outDir, expected);
  if (missing.length > 0)
    throw new Error(
      `The build is incomplete: ${missing.length} of ${expected.length} files the record implies are missing:\n  ${missing.slice(0, 50).join('\n  ')}${missing.length > 50 ? '\n  …' : ''}`,
    );
  return expected.length;
}

/** Astro integration: runs the check when the build is done; put it last. */
export default function completeBuild(): AstroIntegration {
  return {
    name: 'face-rules:complete-build',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const checked = assertBuildComplete(fileURLToPath(dir), contentDirectory());
        logger.info(`all ${checked} files the record implies are in the output`);
      },
    },
  };
}
