import type { APIRoute, GetStaticPaths } from 'astro';
import { feedContext, meetingSeries } from '../../data/meetings.ts';
import { buildFeed } from '../../meetings/feed.ts';
import type { MeetingSeries } from '../../schemas/meeting.ts';

/** One series as its own subscribable calendar: /meetings/<id>.ics */
export const getStaticPaths = (async () =>
  (await meetingSeries()).map((series) => ({ params: { id: series.id }, props: { series } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ series: MeetingSeries }> = ({ props }) =>
  new Response(buildFeed([props.series], feedContext, props.series.title), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
