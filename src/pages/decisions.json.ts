import type { APIRoute } from 'astro';
import { decisionsDocument } from '../decisions/summary.ts';
import { decisions as readDecisions, decisionsSourceUrl } from '../data/decisions.ts';
import { site } from '../data/site.ts';
import { absoluteUrl } from '../site/config.ts';

/** /decisions.json: every recorded vote for other tools, with a schema version (see DECISIONS_SCHEMA_VERSION). */
export const GET: APIRoute = async () => {
  const document = decisionsDocument(await readDecisions(), { source: decisionsSourceUrl, pageUrl: (route) => absoluteUrl(site.url, route) });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
