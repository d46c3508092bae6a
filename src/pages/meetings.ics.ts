import type { APIRoute } from 'astro';
import { allMeetingsCalendarName, feedContext, meetingSeries } from '../data/meetings.ts';
import { buildFeed } from '../meetings/feed.ts';

/** Every public meeting series in one subscribable calendar. */
export const GET: APIRoute = async () =>
  new Response(buildFeed(await meetingSeries(), feedContext, allMeetingsCalendarName), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
