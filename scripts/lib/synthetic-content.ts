// Synthetic content for the scale benchmark: the real record, with its cases copied in numbered
// batches until there are `cases` of them. Copies keep real text lengths, regulators, respondents,
// laws, sources and currencies; their chains of related cases point inside their own batch, and
// their sums vary so that charts and totals are not one value repeated.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const SHARED = ['regulators', 'respondents', 'laws', 'explainers', 'fx'];

export interface SourceCase {
  id: string;
  frontMatter: string;
  body: string;
}

function readCases(contentDir: string): SourceCase[] {
  const dir = join(contentDir, 'cases');
  return readdirSync(dir)
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = FRONT_MATTER.exec(text);
      if (!match) throw new Error(`${file}: no front matter`);
      return { id: file.replace(/\.mdx?$/, ''), frontMatter: match[1] ?? '', body: text.slice(match[0].length) };
    });
}

/** Batch 0 keeps the real ids, so explainers' links to cases still resolve. */
const batchId = (id: string, batch: number) => (batch === 0 ? id : `${id}-b${batch}`);

/** The items of a YAML sequence of maps at `key` (none when absent). */
function mapsAt(doc: Document, key: string): YAMLMap[] {
  const node = doc.get(key);
  return isSeq(node) ? node.items.filter((item): item is YAMLMap => isMap(item)) : [];
}

/** The front matter of `source` copied into `batch`, relating only to cases whose ids are in `kept`. */
export function copyCase(source: SourceCase, batch: number, kept: ReadonlySet<string>): string {
  const doc = parseDocument(source.frontMatter);
  if (batch > 0) doc.set('title', `${String(doc.get('title'))} (synthetic copy ${batch})`);
  const related = mapsAt(doc, 'related').filter((item) => kept.has(String(item.get('case'))));
  for (const item of related) item.set('case', batchId(String(item.get('case')), batch));
  if (doc.has('related')) doc.set('related', related);
  // Vary sums by up to ±30%, deterministically, keeping them whole numbers.
  const factor = batch === 0 ? 1 : 1 + (((batch * 37) % 61) - 30) / 100;
  for (const amount of mapsAt(doc, 'amounts'))
    amount.set('value', Math.max(1, Math.round(Number(amount.get('value')) * factor)));
  return doc.toString({ lineWidth: 0 }).trimEnd();
}

/**
 * Writes a content folder with the real regulators, respondents, laws, explainers and rates, and
 * `cases` cases: whole batches of the real cases, then as much of one more batch as fits.
 */
export function writeSyntheticContent(realContentDir: string, outDir: string, cases: number): void {
  rmSync(outDir, { recursive: true, force: true });
  for (const folder of SHARED) cpSync(join(realContentDir, folder), join(outDir, folder), { recursive: true });
  mkdirSync(join(outDir, 'cases'), { recursive: true });
  const sources = readCases(realContentDir);
  for (let written = 0, batch = 0; written < cases; batch += 1) {
    const batchCases = sources.slice(0, Math.min(sources.length, cases - written));
    const kept = new Set(batchCases.map((c) => c.id));
    for (const source of batchCases) {
      const text = `---\n${copyCase(source, batch, kept)}\n---\n${source.body}`;
      writeFileSync(join(outDir, 'cases', `${batchId(source.id, batch)}.mdx`), text);
    }
    written += batchCases.length;
  }
}
