import { APP_PAGES, type NavEntry } from '../site/nav.ts';
import { docRoute } from '../site/repo-links.ts';
import { docs as readDocs } from './docs.ts';

/** Every page the navigation knows: the docs of content/docs/ (by their order) and the data-driven pages. */
export async function navEntries(): Promise<NavEntry[]> {
  const docs = await readDocs();
  return [...docs.map((d) => ({ label: d.data.navLabel ?? d.data.title, route: docRoute(d.id), order: d.data.order })), ...APP_PAGES];
}
