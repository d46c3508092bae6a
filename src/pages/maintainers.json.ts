import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { rosterDocument } from '../roster/roster.ts';
import { site } from '../data/site.ts';
import { maintainersCollection } from '../checks/collections.ts';
import { folderUrl } from '../site/config.ts';

/** /maintainers.json: the roster for other tools, with a schema version (see ROSTER_SCHEMA_VERSION). */
export const GET: APIRoute = async () => {
  const roster = (await getCollection('maintainers')).map((entry) => entry.data);
  const document = rosterDocument(roster, { source: folderUrl(site, maintainersCollection.dir) });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
