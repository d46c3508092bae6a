import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type Doc = CollectionEntry<'docs'>;

/** Every doc of content/docs/. */
export function docs(): Promise<Doc[]> {
  return getCollection('docs');
}

/** One doc by id (its file name), or undefined when there is no such file. */
export async function docById(id: string): Promise<Doc | undefined> {
  return await getEntry('docs', id);
}
