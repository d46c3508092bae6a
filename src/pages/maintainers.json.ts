import type { APIRoute } from 'astro';
import { rosterDocument } from '../roster/roster.ts';
import { governanceData } from '../data/site.ts';
import { roster as readRoster, rosterSourceUrl } from '../data/roster.ts';

/** /maintainers.json: the roster for other tools, with a schema version (see ROSTER_SCHEMA_VERSION). */
export const GET: APIRoute = async () => {
  const document = rosterDocument(await readRoster(), governanceData, { source: rosterSourceUrl });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
