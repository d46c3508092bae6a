import { APP_PAGES, docNavEntries, type NavEntry } from '../site/nav.ts';
import { docs as readDocs } from './docs.ts';

/** Every page the navigation knows: the docs of content/docs/ (folders as groups) and the data-driven pages. */
export async function navEntries(): Promise<NavEntry[]> {
  const docs = await readDocs();
  return [...docNavEntries(docs.map((d) => ({ id: d.id, ...d.data }))), ...APP_PAGES];
}
