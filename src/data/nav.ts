import { APP_PAGES, docNavEntries, GROUPS_PAGE, type NavEntry } from '../site/nav.ts';
import { docs as readDocs } from './docs.ts';
import { groups as readGroups } from './groups.ts';
import { oncePerBuild } from './once.ts';

/** Every page the navigation knows: the docs of content/docs/ (folders as nav groups) and the data-driven pages. Once per build. */
export const navEntries: () => Promise<NavEntry[]> = oncePerBuild(async () => {
  const docs = await readDocs();
  // The groups' pages exist only when content has a group.
  const groups = (await readGroups()).length > 0 ? [GROUPS_PAGE] : [];
  return [...docNavEntries(docs.map((d) => ({ id: d.id, ...d.data }))), ...APP_PAGES, ...groups];
});
