import { getCollection } from 'astro:content';
import { groupsCollection, hasGroupFiles } from '../collections/registry.ts';
import { leadChanges, type LeadChange } from '../groups/groups.ts';
import type { Group } from '../schemas/group.ts';
import { fileUrl, folderUrl } from '../site/config.ts';
import { oncePerBuild } from './once.ts';
import { projectRoot, site } from './site.ts';

/** A group with its file, as the repository names it (the id is its slug: `SIG-Node.yaml` is `sig-node`). */
export type GroupEntry = Group & { file: string };

/** Every group of content/groups/, by name, once per build; none (and no groups pages) without the folder. */
export const groups: () => Promise<GroupEntry[]> = oncePerBuild(async () => {
  if (!hasGroupFiles(projectRoot)) return [];
  const entries = await getCollection('groups');
  return entries
    .map((e) => ({ id: e.id, file: e.filePath ?? `${groupsCollection.dir}/${e.id}.yaml`, ...e.data }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
});

/** The dated changes of lead of every group, for the governance feed. */
export async function groupLeadChanges(): Promise<LeadChange[]> {
  return leadChanges(await groups());
}

/** A group's file (or the folder) on GitHub, where it is edited by pull request. */
export function groupsSourceUrl(file?: string): string {
  return file ? fileUrl(site, file) : folderUrl(site, groupsCollection.dir);
}
