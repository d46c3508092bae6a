import { APP_PAGES, docNavEntries, type NavEntry } from '../site/nav.ts';
import { docs as readDocs } from './docs.ts';
import { oncePerBuild } from './once.ts';

/** Every page the navigation knows: the docs of content/docs/ (folders as groups) and the data-driven pages. Once per build. */
export const navEntries: () => Promise<NavEntry[]> = oncePerBuild(async () => {
  const docs = await readDocs();
  return [...docNavEntries(docs.map((d) => ({ id: d.id, ...d.data }))), ...APP_PAGES];
});
