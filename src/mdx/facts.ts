import { meetingsCollection } from '../collections/registry.ts';
import { meetingWhenInWords, ruleInWords } from '../meetings/words.ts';
import { thresholdFor, thresholdInWords, THRESHOLDS_ROUTE } from '../roster/roster.ts';
import type { Governance } from '../schemas/governance.ts';
import { didYouMean } from '../schemas/did-you-mean.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import type { MeetingSeries } from '../schemas/meeting.ts';
import { timeZoneProblem } from '../schemas/time-zone.ts';
import { MEETINGS_PAGE } from '../site/nav.ts';

/**
 * What each MDX component of src/mdx/ states, computed once for both of its renderings:
 * the page (the component's .astro) and GitHub's Markdown (markdown.ts, for the generated
 * GOVERNANCE.md and CONTRIBUTING.md). A rendering only lays these facts out.
 *
 * `usedBy` names the tag as the author wrote it, and the page it is on when there is one,
 * so an error says where to fix it: `<MeetingWhen id="x" /> on /governance/`.
 */

/** `<MeetingWhen id="…" alsoIn="…" />`, as written. */
export const meetingWhenTag = (id: string | undefined, alsoIn: string | undefined) => `<MeetingWhen id="${id ?? ''}"${alsoIn ? ` alsoIn="${alsoIn}"` : ''} />`;

/** `<MeetingDetails id="…" />`, as written. */
export const meetingDetailsTag = (id: string | undefined) => `<MeetingDetails id="${id ?? ''}" />`;

/** The series `id` among `all`; else an error naming the file that is missing, the likely series meant and those that exist. */
export function seriesNamed(all: readonly MeetingSeries[], id: string | undefined, usedBy: string): MeetingSeries {
  const found = all.find((s) => s.id === id);
  if (found) return found;
  const ids = all.map((s) => s.id);
  const hint = didYouMean(id ?? '', ids);
  throw new Error(
    `${usedBy}: there is no meeting series "${id ?? ''}" (no file ${meetingsCollection.dir}/${id ?? ''}.yaml)${hint ? `; did you mean ${hint}?` : ''} Write one of: ${ids.join(', ') || 'none yet'}`,
  );
}

/** `<MeetingWhen>`: when the series meets, in words true all year ("every other Thursday at 14:00 UTC (10:00 in New York …)"). */
export function meetingWhenText(series: MeetingSeries, alsoIn: string | undefined, usedBy: string): string {
  // A mistyped zone would otherwise print "Invalid DateTime" into the charter.
  const zoneProblem = alsoIn === undefined ? undefined : timeZoneProblem(alsoIn);
  if (zoneProblem) throw new Error(`${usedBy}: alsoIn: ${zoneProblem}`);
  return meetingWhenInWords(series, alsoIn);
}

/** `<MeetingDetails>`: the series' rule, how to join, and where its next dates are. */
export interface MeetingDetailsFacts {
  rule: string;
  platform: string;
  /** The link, or, for a call whose link is not public, how to get one (`joinInstructions`). */
  joinUrl: string | undefined;
  joinInstructions: string | undefined;
  meetingId: string | undefined;
  passcode: string | undefined;
  /** The series on the meetings page. */
  meetingsRoute: string;
}

export function meetingDetailsFacts(series: MeetingSeries): MeetingDetailsFacts {
  return {
    rule: ruleInWords(series),
    platform: series.join.platform,
    joinUrl: series.join.url,
    joinInstructions: series.join.instructions,
    meetingId: series.join.meetingId,
    passcode: series.join.passcode,
    meetingsRoute: `${MEETINGS_PAGE.route}#${series.id}`,
  };
}

/** `<VoteThreshold rule="…" />`: today's numbers for the rule, and the roster page's thresholds they link to. */
export function voteThresholdFacts(rule: string | undefined, roster: readonly Maintainer[], governance: Governance): { words: string; route: string } {
  return { words: thresholdInWords(thresholdFor(rule ?? '', roster, governance), governance), route: THRESHOLDS_ROUTE };
}
