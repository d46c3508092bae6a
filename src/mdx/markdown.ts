import { loadGovernance } from '../site/governance-file.ts';
import { maintainersCollection, meetingsCollection } from '../collections/registry.ts';
import { markdownText, markdownUrl } from '../markdown/inline-text.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import type { MeetingSeries } from '../schemas/meeting.ts';
import { absoluteUrl, loadSiteConfig } from '../site/config.ts';
import { CONTENT_REFERENCE_ROUTE } from '../site/nav.ts';
import { formatProblem, validateCollection } from '../validation/validate.ts';
import { meetingDetailsFacts, meetingDetailsTag, meetingWhenTag, meetingWhenText, seriesNamed, voteThresholdFacts } from './facts.ts';

/**
 * The MDX components of src/mdx/ as Markdown, for a doc that GitHub shows as a generated
 * file (CONTRIBUTING.md, GOVERNANCE.md; src/generated-files/files.ts): the facts the site
 * renders (facts.ts), from the project's files under `root`, so the generated copy states
 * nothing of its own.
 */

/** Every component a doc may use, as src/markdown/github-markdown.ts's renderForGitHub takes them. */
export function markdownComponents(root: string): Record<string, (attributes: Record<string, string>, children: string) => string> {
  return {
    VoteThreshold: (attributes) => voteThresholdMarkdown(root, attributes.rule),
    RepositoryLink: (_attributes, children) => `[${children}](${markdownUrl(loadSiteConfig(root).repository)})`,
    ContentReferenceLink: (_attributes, children) => `[${children}](${markdownUrl(absoluteUrl(loadSiteConfig(root).url, CONTENT_REFERENCE_ROUTE))})`,
    MeetingWhen: (attributes) => meetingWhenMarkdown(root, attributes),
    MeetingDetails: (attributes) => meetingDetailsMarkdown(root, attributes),
  };
}

/** `<VoteThreshold rule="…" />`: the same words as on the site, linking to the roster page's thresholds. */
export function voteThresholdMarkdown(root: string, rule: string | undefined): string {
  const { words, route } = voteThresholdFacts(rule, rosterAt(root), loadGovernance(root));
  return `(today: [${words}](${markdownUrl(absoluteUrl(loadSiteConfig(root).url, route))}))`;
}

/** `<MeetingWhen id="…" alsoIn="…" />` as text: "every other Thursday at 14:00 UTC (10:00 in New York …)". */
export function meetingWhenMarkdown(root: string, attributes: Record<string, string>): string {
  const { id, alsoIn } = attributes;
  const tag = meetingWhenTag(id, alsoIn);
  return meetingWhenText(seriesNamed(seriesAt(root), id, tag), alsoIn, tag);
}

/** `<MeetingDetails id="…" />`: the rule, the join details and a link to the series on the meetings page, one per line (hard line breaks, as the component's <br>). */
export function meetingDetailsMarkdown(root: string, attributes: Record<string, string>): string {
  const facts = meetingDetailsFacts(seriesNamed(seriesAt(root), attributes.id, meetingDetailsTag(attributes.id)));
  const lines = [
    `**${facts.rule}**`,
    facts.joinUrl
      ? `**Video call link**: [${markdownText(facts.platform)}](${markdownUrl(facts.joinUrl)})`
      : `**Video call** (${markdownText(facts.platform)}): ${markdownText(facts.joinInstructions ?? '')}`,
    ...(facts.meetingId ? [`**Meeting ID**: ${markdownText(facts.meetingId)}`] : []),
    ...(facts.passcode ? [`**Passcode**: ${markdownText(facts.passcode)}`] : []),
    `The next dates in your time zone, and a calendar feed: [Meetings](${markdownUrl(absoluteUrl(loadSiteConfig(root).url, facts.meetingsRoute))})`,
  ];
  return lines.join('\\\n');
}

/** The roster under `root`; its problems, all of them, as one error. */
function rosterAt(root: string): Maintainer[] {
  const { entries, problems } = validateCollection(root, maintainersCollection);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('; '));
  return entries.map((e) => e.data);
}

/** The meeting series under `root`; their problems, all of them, as one error. */
function seriesAt(root: string): MeetingSeries[] {
  const { entries, problems } = validateCollection(root, meetingsCollection);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('; '));
  return entries.map((e) => ({ id: e.id, ...e.data }));
}
