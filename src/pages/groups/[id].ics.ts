import type { APIRoute, GetStaticPaths } from 'astro';
import { groups } from '../../data/groups.ts';
import { feedContext, meetingSeries } from '../../data/meetings.ts';
import { buildFeed } from '../../meetings/feed.ts';
import type { MeetingSeries } from '../../schemas/meeting.ts';

/** A group's series as one subscribable calendar, /groups/<id>.ics, for a group of several series: the same events, with the same UIDs, as each series' feed and /meetings.ics. */
export const getStaticPaths = (async () => {
  const series = await meetingSeries();
  return (
    (await groups())
      // A group of one series has that series' own feed (its page offers no other): a feed each would double the feeds' build time.
      .filter((g) => g.meetings.length > 1)
      .map((group) => ({ params: { id: group.id }, props: { name: group.name, series: series.filter((s) => group.meetings.includes(s.id)) } }))
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; series: MeetingSeries[] }> = ({ props }) =>
  new Response(buildFeed(props.series, feedContext, props.name), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
