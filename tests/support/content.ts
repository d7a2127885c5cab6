import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FRONT_MATTER } from '../../src/lib/content-files';
import { ROOT } from './paths';

/** The content folder the test build used (the same variable the site reads). */
export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? join(ROOT, 'content');

/** Ids (file names without extension) of a collection's entries. */
export function entryIds(collection: string): string[] {
  return readdirSync(join(CONTENT_DIR, collection))
    .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
    .map((file) => file.replace(/\.[^.]+$/, ''))
    .sort();
}

/** The text of an entry's file. */
function entryText(collection: string, id: string): string {
  const file = readdirSync(join(CONTENT_DIR, collection)).find((f) => f.replace(/\.[^.]+$/, '') === id);
  if (!file) throw new Error(`no ${collection} entry ${id}`);
  return readFileSync(join(CONTENT_DIR, collection, file), 'utf8');
}

/** The parsed front matter of an MDX entry, or the whole document of a YAML one. */
export function entryData(collection: string, id: string): Record<string, unknown> {
  const text = entryText(collection, id);
  return parse(FRONT_MATTER.exec(text)?.[1] ?? text) as Record<string, unknown>;
}

/** The body of an MDX entry, after its front matter. */
export function entryBody(collection: string, id: string): string {
  return entryText(collection, id).replace(FRONT_MATTER, '');
}
