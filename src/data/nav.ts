import { APP_PAGES, docNavEntries, externalCodeOfConductEntry, GROUPS_PAGE, type NavEntry } from '../site/nav.ts';
import { docs as readDocs } from './docs.ts';
import { groups as readGroups } from './groups.ts';
import { governance } from './site.ts';
import { oncePerBuild } from './once.ts';

/**
 * Every page the navigation knows: the docs of content/docs/ (folders as nav groups), the data-driven pages (the groups'
 * only when content has a group), and the code of conduct where content/site.yaml gives it by its address (a doc one is
 * among the docs). Once per build.
 */
export const navEntries: () => Promise<NavEntry[]> = oncePerBuild(async () => {
  const docs = await readDocs();
  const coc = governance.codeOfConduct;
  return [
    ...docNavEntries(docs.map((d) => ({ id: d.id, ...d.data }))),
    ...APP_PAGES,
    ...((await readGroups()).length > 0 ? [GROUPS_PAGE] : []),
    ...(coc?.kind === 'external' ? [externalCodeOfConductEntry(coc.url)] : []),
  ];
});
