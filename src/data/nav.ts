import { getCollection } from 'astro:content';
import { APP_PAGES, docNavEntries, type NavEntry } from '../lib/nav.ts';

/** Every page the navigation knows: the docs of content/docs/ (folders as groups) and the data-driven pages. */
export async function navEntries(): Promise<NavEntry[]> {
  const docs = await getCollection('docs');
  return [...docNavEntries(docs.map((d) => ({ id: d.id, ...d.data }))), ...APP_PAGES];
}
