import { APP_PAGES, docNavEntries, externalCodeOfConductEntry, type NavEntry } from '../site/nav.ts';
import { docs as readDocs } from './docs.ts';
import { governance } from './site.ts';
import { oncePerBuild } from './once.ts';

/**
 * Every page the navigation knows: the docs of content/docs/ (folders as groups), the data-driven pages, and the code of
 * conduct where content/site.yaml gives it by its address (a doc one is among the docs). Once per build.
 */
export const navEntries: () => Promise<NavEntry[]> = oncePerBuild(async () => {
  const docs = await readDocs();
  const coc = governance.codeOfConduct;
  return [
    ...docNavEntries(docs.map((d) => ({ id: d.id, ...d.data }))),
    ...APP_PAGES,
    ...(coc?.kind === 'external' ? [externalCodeOfConductEntry(coc.url)] : []),
  ];
});
