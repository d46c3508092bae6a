import { meetingsCollection } from './collections.ts';
import { formatProblem, validateCollection } from '../content/validate.ts';
import type { MeetingSeries } from '../schemas/meeting.ts';
import { timeZoneProblem } from '../schemas/time-zone.ts';
import { didYouMean } from '../schemas/did-you-mean.ts';
import { meetingWhenInWords, ruleInWords } from '../meetings/words.ts';
import { absoluteUrl, loadSiteConfig } from '../site/config.ts';
import { MEETINGS_PAGE } from '../site/nav.ts';
import { markdownText, markdownUrl } from '../markdown/inline-text.ts';

/**
 * The meeting components of the charter (<MeetingWhen>, <MeetingDetails>) as
 * Markdown for GOVERNANCE.md on GitHub: the same words the site renders, from
 * the same content/meetings/ files, so the generated charter states no meeting
 * time of its own.
 */

/** The series `id` of the project at `root`; an error naming the series that exist when there is none. */
function seriesAt(root: string, id: string | undefined, tag: string): MeetingSeries {
  const { entries, problems } = validateCollection(root, meetingsCollection);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('; '));
  const all = entries.map((e) => ({ id: e.id, ...e.data }));
  const found = all.find((s) => s.id === id);
  if (found) return found;
  const ids = all.map((s) => s.id);
  const hint = didYouMean(id ?? '', ids);
  throw new Error(
    `${tag}: there is no meeting series "${id ?? ''}" (no file ${meetingsCollection.dir}/${id ?? ''}.yaml)${hint ? `; did you mean ${hint}?` : ''} Write one of: ${ids.join(', ') || 'none yet'}`,
  );
}

/** `<MeetingWhen id="…" alsoIn="…" />` as text: "every other Thursday at 14:00 UTC (10:00 in New York …)". */
export function meetingWhenMarkdown(root: string, attributes: Record<string, string>): string {
  const { id, alsoIn } = attributes;
  const tag = `<MeetingWhen id="${id ?? ''}"${alsoIn ? ` alsoIn="${alsoIn}"` : ''} />`;
  const series = seriesAt(root, id, tag);
  const zoneProblem = alsoIn === undefined ? undefined : timeZoneProblem(alsoIn);
  if (zoneProblem) throw new Error(`${tag}: alsoIn: ${zoneProblem}`);
  return meetingWhenInWords(series, alsoIn);
}

/**
 * `<MeetingDetails id="…" />` as Markdown: the rule, the join details and a
 * link to the series on the meetings page, one per line (hard line breaks, as
 * the component's <br>).
 */
export function meetingDetailsMarkdown(root: string, attributes: Record<string, string>): string {
  const series = seriesAt(root, attributes.id, `<MeetingDetails id="${attributes.id ?? ''}" />`);
  const meetingsUrl = `${absoluteUrl(loadSiteConfig(root).url, MEETINGS_PAGE.route)}#${series.id}`;
  const lines = [
    `**${ruleInWords(series)}**`,
    `**Video call link**: [${markdownText(series.join.platform)}](${markdownUrl(series.join.url)})`,
    ...(series.join.meetingId ? [`**Meeting ID**: ${markdownText(series.join.meetingId)}`] : []),
    ...(series.join.passcode ? [`**Passcode**: ${markdownText(series.join.passcode)}`] : []),
    `The next dates in your time zone, and a calendar feed: [Meetings](${markdownUrl(meetingsUrl)})`,
  ];
  return lines.join('\\\n');
}
