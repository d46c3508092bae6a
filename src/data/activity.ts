import { lastActivities, meetingActivities, voteActivities, type Activity } from '../roster/activity.ts';
import { recordKey } from '../rules/meeting-record-rules.ts';
import { meetingPageRoute } from '../meetings/routes.ts';
import { decisions } from './decisions.ts';
import { meetingRecords, meetingSeries } from './meetings.ts';
import { oncePerBuild } from './once.ts';

/**
 * Each person's last recorded activity, by lower-case handle: a vote cast in a decision of
 * content/decisions/, a meeting whose record lists them under attended (dated by the day it was
 * held, a moved meeting's new day). Once per build.
 */
export const lastRecordedActivities: () => Promise<Map<string, Activity>> = oncePerBuild(async () => {
  const votes = voteActivities(
    (await decisions()).map((d) => ({
      opened: d.opened,
      closed: d.closed,
      votes: Object.fromEntries(d.ballots.flatMap((b) => (b.vote ? [[b.handle, b.vote]] : []))),
      title: d.title,
      route: d.route,
    })),
  );
  const series = new Map((await meetingSeries()).map((s) => [s.id, s]));
  const attended = [...(await meetingRecords()).values()].flatMap((r) => {
    const key = recordKey(r.id);
    const s = key && series.get(key.seriesId);
    if (!key || !s || !r.data.attended?.length) return [];
    const day = s.moved.find((m) => m.date === key.date)?.to ?? key.date;
    return [{ day, attended: r.data.attended, what: `${s.title}, ${day}`, route: meetingPageRoute(s.id, key.date) }];
  });
  return lastActivities(votes, meetingActivities(attended));
});
