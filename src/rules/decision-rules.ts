import type { ContentEntry, ContentProblem } from '../validation/validate.ts';
import { countVotes, handleKey, isMaintainerKind, outcomeOf, ruleOf, RULE_OF_KIND, sameHandle, tally } from '../decisions/count.ts';
import { activeOn } from '../roster/on-date.ts';
import { describeThreshold } from '../roster/roster.ts';
import { DECISION_RULES, type Decision } from '../schemas/decision.ts';
import { didYouMean } from '../schemas/did-you-mean.ts';
import { handleProblem, type Maintainer } from '../schemas/maintainer.ts';
import { SITE_CONFIG_PATH } from '../site/config.ts';
import type { EntryRule } from './rule.ts';

/**
 * Checks across the fields of one decision file (content/decisions/<id>.md), and of the
 * decisions against the roster of their day and the site's repositories, listed in
 * src/rules/index.ts.
 */

// ---------------------------------------------------------------------------
// Within one decision file.
// ---------------------------------------------------------------------------

/** A general decision names the charter rule it was counted under; the other kinds have theirs. */
export const generalNamesItsRule: EntryRule<Decision> = (d) => {
  if (d.kind === 'general' && d.rule === undefined) {
    return [
      {
        path: ['rule'],
        message: `missing; kind is general, so write the charter rule the vote was counted under: one of ${DECISION_RULES.join(', ')}, e.g. rule: change-charter`,
      },
    ];
  }
  if (d.kind !== 'general' && d.rule !== undefined) {
    return [{ path: ['rule'], message: `only a general decision names its rule; kind ${d.kind} is counted under ${RULE_OF_KIND[d.kind]}: remove rule` }];
  }
  return [];
};

/** A vote closes on or after the day it opened. */
export const closedNotBeforeOpened: EntryRule<Decision> = (d) =>
  d.closed !== undefined && d.closed < d.opened
    ? [{ path: ['closed'], message: `${d.closed} is before opened (${d.opened}); write a day on or after ${d.opened}, or correct opened` }]
    : [];

/** A closed vote has the outcome the maintainers recorded; an open one has none. */
export const outcomeOnlyWhenClosed: EntryRule<Decision> = (d) => {
  if (d.closed !== undefined && d.outcome === undefined) {
    return [
      {
        path: ['outcome'],
        message: `missing; the vote closed on ${d.closed}, so write outcome: approved or outcome: rejected, as the maintainers recorded it`,
      },
    ];
  }
  if (d.closed === undefined && d.outcome !== undefined) {
    return [
      {
        path: ['closed'],
        message: `missing; outcome is ${d.outcome}, so write the day the vote closed, e.g. closed: ${d.opened}, or remove outcome while the vote is open`,
      },
    ];
  }
  return [];
};

/** A new or removed maintainer is named by their GitHub handle. */
export const maintainerSubjectIsHandle: EntryRule<Decision> = (d) => {
  const problem = isMaintainerKind(d.kind) ? handleProblem(d.subject) : undefined;
  return problem ? [{ path: ['subject'], message: `kind ${d.kind} names the maintainer by GitHub handle: ${problem}` }] : [];
};

/** Every vote is keyed by a GitHub handle. */
export const votersAreHandles: EntryRule<Decision> = (d) =>
  Object.keys(d.votes).flatMap((handle) => {
    const problem = handleProblem(handle);
    return problem ? [{ path: ['votes', handle], message: problem }] : [];
  });

// ---------------------------------------------------------------------------
// Across the decisions, the roster and content/site.yaml.
// ---------------------------------------------------------------------------

export interface DecisionContext {
  /** Every maintainer file, valid ones only (these checks skip while the roster has problems). */
  roster: readonly ContentEntry<Maintainer>[];
  /** The project's repositories (the site's first); undefined while content/site.yaml has problems. */
  repositories: readonly string[] | undefined;
  /** Today, YYYY-MM-DD: the day an open vote's voters are counted on. */
  today: string;
  /** The roster's folder, e.g. content/maintainers. */
  rosterDir: string;
}

/** A check of one decision against the roster and the site; problems are at the decision file's lines. */
export type DecisionRule = (entry: ContentEntry<Decision>, context: DecisionContext) => ContentProblem[];

// Every vote looks its voter up: by handle in lower case, once per roster.
const rosterIndexes = new WeakMap<readonly ContentEntry<Maintainer>[], Map<string, ContentEntry<Maintainer>>>();
const fileOf = (context: DecisionContext, handle: string) => {
  let index = rosterIndexes.get(context.roster);
  if (!index) {
    index = new Map();
    for (const m of context.roster) if (!index.has(handleKey(m.data.handle))) index.set(handleKey(m.data.handle), m);
    rosterIndexes.set(context.roster, index);
  }
  return index.get(handleKey(handle));
};
// Counting a vote takes the maintainers' data: one array per roster, as the roster of each day is kept per array (activeMaintainersOn).
const rosterData = new WeakMap<readonly ContentEntry<Maintainer>[], readonly Maintainer[]>();
const maintainersOf = (context: DecisionContext) => {
  let maintainers = rosterData.get(context.roster);
  if (!maintainers) {
    maintainers = context.roster.map((m) => m.data);
    rosterData.set(context.roster, maintainers);
  }
  return maintainers;
};
const at = (entry: ContentEntry<Decision>, path: (string | number)[], message: string): ContentProblem => ({
  file: entry.file,
  line: entry.lineOf(path),
  message: `${path.join('.')}: ${message}`,
});
/** The day a vote is counted on, in words: "on 2026-03-05, when the vote closed", or "on 2026-12-01 (today; the vote is open)". */
const dayInWords = (d: Decision, today: string) => (d.closed ? `on ${d.closed}, when the vote closed` : `on ${today} (today; the vote is open)`);

/** A vote is recorded as closed on a day that has come: the build's today (BUILD_NOW sets it), or earlier. */
export const closedNotAfterToday: DecisionRule = (entry, context) => {
  const { closed } = entry.data;
  if (!closed || closed <= context.today) return [];
  return [
    at(
      entry,
      ['closed'],
      `${closed} is after today (${context.today}), and a vote is recorded once it has closed; while it is open, remove closed and outcome, or correct the date`,
    ),
  ];
};

/** Every voter has a file in content/maintainers/. */
export const votersHaveMaintainerFiles: DecisionRule = (entry, context) =>
  Object.keys(entry.data.votes)
    .filter((handle) => !fileOf(context, handle))
    .map((handle) => {
      const hint = didYouMean(
        handle,
        context.roster.map((m) => m.data.handle),
      );
      return at(
        entry,
        ['votes', handle],
        `${handle} has no file in ${context.rosterDir}/, and only maintainers vote; remove this vote, or correct the handle${hint ? ` (did you mean ${hint}?)` : ''}`,
      );
    });

/** Every voter was an active maintainer on the day the vote closed (today, while open); an emeritus maintainer is consulted but does not vote. */
export const votersActiveOnClosingDay: DecisionRule = (entry, context) => {
  const day = entry.data.closed ?? context.today;
  return Object.keys(entry.data.votes).flatMap((handle) => {
    const file = fileOf(context, handle);
    if (!file || activeOn(file.data, day)) return [];
    const m = file.data;
    if (m.since !== undefined && day < m.since) {
      return [
        at(
          entry,
          ['votes', handle],
          `${handle} became a maintainer on ${m.since} (${file.file}), so was not active ${dayInWords(entry.data, context.today)}; remove this vote, or correct since there`,
        ),
      ];
    }
    return [
      at(
        entry,
        ['votes', handle],
        `${handle} is emeritus since ${m.emeritusSince} (${file.file}), so was not active ${dayInWords(entry.data, context.today)}: an emeritus maintainer is consulted but does not vote; remove this vote`,
      ),
    ];
  });
};

/** Nobody votes twice (handles ignore case, so "Gorkem" and "gorkem" are one account). */
export const nobodyVotesTwice: DecisionRule = (entry) => {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const handle of Object.keys(entry.data.votes)) {
    const first = seen.get(handle.toLowerCase());
    if (first)
      problems.push(
        at(entry, ['votes', handle], `${handle} is the same GitHub account as ${first} above (handles ignore case), so this is a second vote; keep one`),
      );
    else seen.set(handle.toLowerCase(), handle);
  }
  return problems;
};

/** The person a vote is about does not vote: the maintainer being removed (the charter counts the remaining maintainers), or the nominee. */
export const subjectDoesNotVote: DecisionRule = (entry) => {
  const d = entry.data;
  if (!isMaintainerKind(d.kind)) return [];
  const why =
    d.kind === 'remove-maintainer'
      ? "is the maintainer being removed and does not vote (the charter's rule is a 2/3 vote of the remaining maintainers)"
      : "is the nominee, not yet a maintainer, and does not vote (the charter's rule is a 2/3 vote of existing maintainers)";
  return Object.keys(d.votes)
    .filter((handle) => sameHandle(handle, d.subject))
    .map((handle) => at(entry, ['votes', handle], `${handle} ${why}; remove this vote`));
};

/** A maintainer whose removal was not approved is still on the roster. */
export const removalSubjectIsMaintainer: DecisionRule = (entry, context) => {
  const d = entry.data;
  if (d.kind !== 'remove-maintainer' || d.outcome === 'approved' || fileOf(context, d.subject)) return [];
  const hint = didYouMean(
    d.subject,
    context.roster.map((m) => m.data.handle),
  );
  return [
    at(
      entry,
      ['subject'],
      `${d.subject} has no file in ${context.rosterDir}/, so there is nobody to remove; write the handle of the maintainer the vote is about${hint ? ` (did you mean ${hint}?)` : ''}`,
    ),
  ];
};

/** The recorded outcome is what the votes of that day's maintainers give under the charter's rule. */
export const outcomeIsWhatVotesGive: DecisionRule = (entry, context) => {
  const d = entry.data;
  if (d.closed === undefined || d.outcome === undefined || ruleOf(d) === undefined) return [];
  const { voters, threshold } = countVotes(d, maintainersOf(context), context.today);
  // Only votes that count: a vote by someone who could not vote is reported by the checks above.
  const mayVote = new Set(voters.map(handleKey));
  const counted = tally(Object.fromEntries(Object.entries(d.votes).filter(([h]) => mayVote.has(handleKey(h)))));
  if (outcomeOf(threshold, counted) === d.outcome) return [];
  const why = `${counted.for} ${counted.for === 1 ? 'vote' : 'votes'} for were cast and ${threshold.votesNeeded} were needed (${describeThreshold(threshold)} active on ${d.closed})`;
  return [
    at(
      entry,
      ['outcome'],
      d.outcome === 'approved'
        ? `recorded as approved, but ${why}; write outcome: rejected, or record the votes that are missing`
        : `recorded as rejected, but ${why}, so the votes approve it; write outcome: approved, or correct the votes`,
    ),
  ];
};

/** An approved new maintainer has a maintainer file whose since is on or after the closing day. */
export const approvedMaintainerHasFile: DecisionRule = (entry, context) => {
  const d = entry.data;
  if (d.kind !== 'new-maintainer' || d.outcome !== 'approved' || d.closed === undefined) return [];
  const file = fileOf(context, d.subject);
  if (!file)
    return [
      at(
        entry,
        ['subject'],
        `the vote approved ${d.subject} on ${d.closed}, but ${context.rosterDir}/ has no file for them; add it: npm run new:maintainer -- ${d.subject} --since ${d.closed}`,
      ),
    ];
  const since = file.data.since;
  if (since === undefined)
    return [
      at(
        entry,
        ['subject'],
        `the vote approved ${d.subject} on ${d.closed}, but ${file.file} has no since; write since: ${d.closed} there (or the later day they joined)`,
      ),
    ];
  if (since < d.closed)
    return [
      at(
        entry,
        ['subject'],
        `the vote approved ${d.subject} on ${d.closed}, but ${file.file} has since: ${since}, before it; write since: ${d.closed} there (or the later day they joined)`,
      ),
    ];
  return [];
};

/** An approved removal leaves the person emeritus or gone from the roster. */
export const approvedRemovalLeavesRoster: DecisionRule = (entry, context) => {
  const d = entry.data;
  if (d.kind !== 'remove-maintainer' || d.outcome !== 'approved' || d.closed === undefined) return [];
  const file = fileOf(context, d.subject);
  if (!file || file.data.status === 'emeritus') return [];
  return [
    at(
      entry,
      ['subject'],
      `the vote removed ${d.subject} on ${d.closed}, but ${file.file} still says status: active; run npm run maintainer:emeritus -- ${d.subject} --since ${d.closed}, or delete the file`,
    ),
  ];
};

/** The vote was held in an issue or pull request of one of the project's repositories. */
export const heldInProjectRepository: DecisionRule = (entry, context) => {
  const repositories = context.repositories;
  if (!repositories) return [];
  // The schema refuses a URL not in its normal form; read here as a browser would all the same, so no ".." can lead outside.
  const url = URL.canParse(entry.data.heldAt) ? new URL(entry.data.heldAt).href : entry.data.heldAt;
  const inside = repositories.some((repo) => new RegExp(`^${escapeRegExp(repo)}/(issues|pull|discussions)/\\d+(/[^#?]*)?([?#].*)?$`).test(url));
  if (inside) return [];
  return [
    at(
      entry,
      ['heldAt'],
      `${url} is not an issue, pull request or discussion of the project's repositories; link to one in ${repositories.join(' or ')} (e.g. ${repositories[0]}/issues/12), or add its repository to repositories in ${SITE_CONFIG_PATH}`,
    ),
  ];
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every problem the rules find, decision by decision (in file order), in the order the rules are listed. */
export function decisionProblems(rules: readonly DecisionRule[], entries: readonly ContentEntry<Decision>[], context: DecisionContext): ContentProblem[] {
  return entries.flatMap((entry) => rules.flatMap((rule) => rule(entry, context)));
}
