// The one place pages read content from: collections in, resolved and checked record out.
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, render } from 'astro:content';
import { bodyOfFile } from '../lib/content-files';
import { buildRecord } from '../lib/record/build-record';
import type { Entry, FaceRecord } from '../lib/record/types';

type CollectionName = 'regulators' | 'respondents' | 'cases' | 'laws' | 'explainers' | 'fx';

async function entries<C extends CollectionName>(
  collection: C,
): Promise<Entry<Awaited<ReturnType<typeof getCollection<C>>>[number]['data']>[]> {
  const items = await getCollection(collection);
  return items.map(({ id, filePath, data }) => ({ id, filePath: filePath ?? `content/${collection}/${id}`, data }));
}

let cached: Promise<FaceRecord> | undefined;

/** The validated, resolved record. Fails the build, listing every problem, when content is inconsistent. */
export function getRecord(): Promise<FaceRecord> {
  cached ??= (async () =>
    buildRecord({
      regulators: await entries('regulators'),
      respondents: await entries('respondents'),
      cases: await entries('cases'),
      laws: await entries('laws'),
      // The citation guard reads explainers' bodies, with line numbers as in their files.
      explainers: (await entries('explainers')).map((entry) => ({
        ...entry,
        body: bodyOfFile(readFileSync(entry.filePath, 'utf8')),
      })),
      fx: await entries('fx'),
    }))();
  return cached;
}

export type { Entry };

/** The collections of the record that have a page per entry. */
type PagedCollection = 'cases' | 'regulators' | 'respondents' | 'laws' | 'explainers';

/**
 * The static paths of one page per entry of a collection: `params.id` is the entry's id, and the
 * page's props are the entry and whatever `props` adds (its cases, its story).
 */
export async function pagesOf<K extends PagedCollection, P extends object>(
  collection: K,
  props: (entry: FaceRecord[K][number], record: FaceRecord) => P,
) {
  const record = await getRecord();
  const list: readonly FaceRecord[K][number][] = record[collection];
  return list.map((entry) => ({ params: { id: entry.id }, props: { entry, ...props(entry, record) } }));
}

/**
 * The rendered body of a case, law or explainer: with getRecord, the only door to the content
 * collections (pages and components never import astro:content).
 */
export async function renderBody(
  collection: 'cases' | 'laws' | 'explainers',
  id: string,
): Promise<Awaited<ReturnType<typeof render>>> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`content/${collection} has no entry "${id}"`);
  return render(entry);
}
