import { getCollection } from 'astro:content';
import { maintainersCollection } from '../collections/registry.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { folderUrl } from '../site/config.ts';
import { oncePerBuild } from './once.ts';
import { site } from './site.ts';

/** Every maintainer file of content/maintainers/, active and emeritus: the one read of the roster for every page, once per build. */
export const roster: () => Promise<Maintainer[]> = oncePerBuild(async () => (await getCollection('maintainers')).map((entry) => entry.data));

/** The roster's folder on the repository host, where its data is edited. */
export const rosterSourceUrl = folderUrl(site, maintainersCollection.dir);
