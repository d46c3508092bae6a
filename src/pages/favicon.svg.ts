import type { APIRoute } from 'astro';
import { projectRoot, site } from '../data/site.ts';
import { siteIcon } from '../site/site-icon.ts';

/** /favicon.svg: the project's icon from content/, or the first letter of its name. */
export const GET: APIRoute = () => new Response(siteIcon(projectRoot, site.project), { headers: { 'Content-Type': 'image/svg+xml' } });
