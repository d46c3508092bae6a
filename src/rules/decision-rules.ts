import type { ContentEntry, ContentProblem } from '../validation/validate.ts';
import { countVotes, handleKey, outcomeOf, ruleById, sameHandle, subjectIsPerson, subjectRoleOf, subjectSetAside, tally } from '../decisions/count.ts';
import { bodyOn, defaultRoleOf, groupBodyOn, groupOfRule, holdingsOf, inSentence } from '../roster/roles.ts';
import { holdsPlaceOn } from '../groups/groups.ts';
import { ruleInWords } from '../roster/proposal.ts';
import { bodyOf } from '../roster/roster.ts';
import { describeThreshold, quorumMet, tookPart, votesNeededFor } from '../roster/vote-rules.ts';
import type { Decision } from '../schemas/decision.ts';
import type { Bodies, Governance, Role, VoteRule, VotingGroup } from '../schemas/governance.ts';
import { GOVERNANCE_PATH, GROUPS_DIR } from '../site/governance-file.ts';
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
        message: `missing; the vote closed on ${d.closed}, so write outcome: approved or outcome: rejected, as it was recorded`,
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
  /** content/governance.yaml: the roles and the vote rules, with the groups the rules name as bodies. */
  governance: Governance & Bodies;
}

/** The rule a decision names, with its body (and its group, when the body is one), or undefined (ruleExists reports it). */
function ruleOfEntry(
  entry: ContentEntry<Decision>,
  context: DecisionContext,
):
  | {
      rule: VoteRule;
      body: Role;
      one: string;
      many: string;
      group: VotingGroup | undefined;
      subjectRole: string | undefined;
      subjectOne: string;
      subjectMany: string;
    }
  | undefined {
  const rule = ruleById(context.governance, entry.data.rule);
  if (!rule) return undefined;
  const body = bodyOf(context.governance, rule);
  // The role a person subject joins or leaves (subjectRole), named as the messages name it; none when they join or leave the rule's group.
  const subjectRole = subjectRoleOf(rule);
  const joined = context.governance.roles.find((role) => role.id === subjectRole) ?? body;
  return {
    rule,
    body,
    one: inSentence(body.singular),
    many: inSentence(body.plural),
    group: groupOfRule(rule, context.governance),
    subjectRole,
    subjectOne: inSentence(joined.singular),
    subjectMany: inSentence(joined.plural),
  };
}

/** A group's file, as the messages name it. */
const groupFile = (group: Pick<VotingGroup, 'id'>) => `${GROUPS_DIR}/${group.id}.yaml`;

/** Every place (as a lead or a member) `handle` holds or held in the group, leads first. */
const placesOf = (group: VotingGroup, handle: string) =>
  [...group.leads.map((p) => ({ ...p, list: 'leads' as const })), ...group.members.map((p) => ({ ...p, list: 'members' as const }))].filter((p) =>
    sameHandle(p.handle, handle),
  );

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
// Counting a vote takes the people's data: one array per roster, as the body of each day is kept per array (bodyOn).
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

/** The decision names a rule of content/governance.yaml. */
export const ruleExists: DecisionRule = (entry, context) => {
  if (ruleById(context.governance, entry.data.rule)) return [];
  const ids = context.governance.rules.map((r) => r.id);
  const hint = didYouMean(entry.data.rule, ids);
  return [
    at(
      entry,
      ['rule'],
      ids.length === 0
        ? `"${entry.data.rule}" is no rule: ${GOVERNANCE_PATH} has none; add the rule the vote was held under there`
        : `"${entry.data.rule}" is no rule of ${GOVERNANCE_PATH}; ${hint ? `did you mean ${hint}? ` : ''}write one of ${ids.join(', ')}`,
    ),
  ];
};

/** A person joining or leaving is named by their GitHub handle. */
export const personSubjectIsHandle: DecisionRule = (entry, context) => {
  const r = ruleOfEntry(entry, context);
  if (!r || !subjectIsPerson(r.rule)) return [];
  const problem = handleProblem(entry.data.subject);
  return problem
    ? [at(entry, ['subject'], `the rule ${r.rule.id} is about a person ${r.rule.subject} the ${r.subjectMany}, named by GitHub handle: ${problem}`)]
    : [];
};

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
export const votersHaveMaintainerFiles: DecisionRule = (entry, context) => {
  const r = ruleOfEntry(entry, context);
  // A group's members need not be maintainers: votersActiveOnClosingDay holds them to the group's file.
  if (r?.group) return [];
  const many = r?.many ?? 'members';
  return Object.keys(entry.data.votes)
    .filter((handle) => !fileOf(context, handle))
    .map((handle) => {
      const hint = didYouMean(
        handle,
        context.roster.map((m) => m.data.handle),
      );
      return at(
        entry,
        ['votes', handle],
        `${handle} has no file in ${context.rosterDir}/, and only ${many} vote; remove this vote, or correct the handle${hint ? ` (did you mean ${hint}?)` : ''}`,
      );
    });
};

// Many decisions close on one day: the day's body is one array (bodyOn), so its handles' keys are taken once.
const keysOfBody = new WeakMap<readonly Maintainer[], Set<string>>();
function memberKeys(members: readonly Maintainer[]): Set<string> {
  let keys = keysOfBody.get(members);
  if (!keys) keysOfBody.set(members, (keys = new Set(members.map((m) => handleKey(m.handle)))));
  return keys;
}

/**
 * Every voter was a member of the rule's body on the day the vote closed (today, while open): an
 * emeritus member does not vote, and one whose emeritus date is not recorded cannot be counted.
 */
export const votersActiveOnClosingDay: DecisionRule = (entry, context) => {
  const r = ruleOfEntry(entry, context);
  if (!r) return [];
  const day = entry.data.closed ?? context.today;
  if (r.group) return votersInGroupOnClosingDay(entry, context, r.group, r, day);
  const defaultRole = defaultRoleOf(context.governance).id;
  const members = memberKeys(bodyOn(maintainersOf(context), r.rule.body!, day, defaultRole).members);
  return Object.keys(entry.data.votes).flatMap((handle) => {
    const file = fileOf(context, handle);
    if (!file || members.has(handleKey(handle))) return [];
    const held = holdingsOf(file.data, defaultRole).filter((h) => h.role === r.rule.body);
    const when = dayInWords(entry.data, context.today);
    if (held.length === 0)
      return [
        at(
          entry,
          ['votes', handle],
          `${handle} is no ${r.one} (${file.file} lists no such role), and only ${r.many} vote under the rule ${r.rule.id}; remove this vote`,
        ),
      ];
    const joined = held.map((h) => h.since).find((since) => since !== undefined && day < since);
    if (joined !== undefined && held.every((h) => h.since !== undefined && day < h.since))
      return [
        at(
          entry,
          ['votes', handle],
          `${handle} became a ${r.one} on ${joined} (${file.file}), so was not active ${when}; remove this vote, or correct since there`,
        ),
      ];
    const undated = held.find((h) => h.status === 'emeritus' && h.emeritusSince === undefined);
    if (undated)
      return [
        at(
          entry,
          ['votes', handle],
          `${handle} is emeritus since a date not recorded (${file.file}), so may have left the ${r.many} before the vote ${entry.data.closed ? 'closed' : 'is counted'}: their vote cannot be counted; write emeritusSince there if they were still a ${r.one} ${when}, or remove this vote`,
        ),
      ];
    const left = held.map((h) => h.emeritusSince).find((since) => since !== undefined && day >= since);
    return [
      at(
        entry,
        ['votes', handle],
        `${handle} is emeritus since ${left} (${file.file}), so was not active ${when}: an emeritus ${r.one} does not vote; remove this vote`,
      ),
    ];
  });
};

/** votersActiveOnClosingDay for a rule whose body is a group: every voter held a place in it that day. */
function votersInGroupOnClosingDay(
  entry: ContentEntry<Decision>,
  context: DecisionContext,
  group: VotingGroup,
  r: { rule: VoteRule; many: string },
  day: string,
): ContentProblem[] {
  const members = new Set(groupBodyOn(group, day).map((v) => handleKey(v.handle)));
  const when = dayInWords(entry.data, context.today);
  return Object.keys(entry.data.votes).flatMap((handle) => {
    if (members.has(handleKey(handle))) return [];
    const places = placesOf(group, handle);
    if (places.length === 0) {
      const hint = didYouMean(
        handle,
        [...group.leads, ...group.members].map((p) => p.handle),
      );
      return [
        at(
          entry,
          ['votes', handle],
          `${handle} holds no place in the group ${group.name} (${groupFile(group)} lists them under neither leads nor members), and only ${r.many} vote under the rule ${r.rule.id}; remove this vote, or correct the handle${hint ? ` (did you mean ${hint}?)` : ''}`,
        ),
      ];
    }
    const later = places.find((p) => p.since !== undefined && day < p.since);
    if (later && places.every((p) => p.since !== undefined && day < p.since))
      return [
        at(
          entry,
          ['votes', handle],
          `${handle} joined the group ${group.name} on ${later.since} (${groupFile(group)}), so was not a member ${when}; remove this vote, or correct since there`,
        ),
      ];
    const left = places
      .map((p) => p.until)
      .filter((until) => until !== undefined && until < day)
      .sort()
      .at(-1);
    return [
      at(
        entry,
        ['votes', handle],
        `${handle} left the group ${group.name} after ${left} (until in ${groupFile(group)}), so was not a member ${when}; remove this vote, or correct until there`,
      ),
    ];
  });
}

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

/** The person a vote is about does not vote: the member leaving, or the person joining. */
export const subjectDoesNotVote: DecisionRule = (entry, context) => {
  const d = entry.data;
  const r = ruleOfEntry(entry, context);
  if (!r || !subjectSetAside(r.rule)) return [];
  const words = ruleInWords(r.rule, r.body);
  const how = words[0]!.toLowerCase() + words.slice(1);
  const why =
    r.rule.subject === 'leaving'
      ? `is the ${r.one} leaving and does not vote (the rule is ${how})`
      : `is the person joining, not yet a ${r.one}, and does not vote (the rule is ${how})`;
  return Object.keys(d.votes)
    .filter((handle) => sameHandle(handle, d.subject))
    .map((handle) => at(entry, ['votes', handle], `${handle} ${why}; remove this vote`));
};

/** A member whose leaving was not approved is still on the roster. */
export const removalSubjectIsMaintainer: DecisionRule = (entry, context) => {
  const d = entry.data;
  const r = ruleOfEntry(entry, context);
  if (!r || r.rule.subject !== 'leaving' || d.outcome === 'approved') return [];
  // Leaving the rule's group (no subjectRole): its file says who is in it; leaving a role (subjectRole): the roster does.
  if (r.group && r.subjectRole === undefined) {
    if (placesOf(r.group, d.subject).length > 0) return [];
    const hint = didYouMean(
      d.subject,
      [...r.group.leads, ...r.group.members].map((p) => p.handle),
    );
    return [
      at(
        entry,
        ['subject'],
        `${d.subject} holds no place in the group ${r.group.name} (${groupFile(r.group)}), so there is nobody to remove; write the handle of the ${r.one} the vote is about${hint ? ` (did you mean ${hint}?)` : ''}`,
      ),
    ];
  }
  if (fileOf(context, d.subject)) return [];
  const hint = didYouMean(
    d.subject,
    context.roster.map((m) => m.data.handle),
  );
  return [
    at(
      entry,
      ['subject'],
      `${d.subject} has no file in ${context.rosterDir}/, so there is nobody to remove; write the handle of the ${r.subjectOne} the vote is about${hint ? ` (did you mean ${hint}?)` : ''}`,
    ),
  ];
};

/** The recorded outcome is what the votes of that day's body give under the rule: its threshold, base, quorum and abstentions. */
export const outcomeIsWhatVotesGive: DecisionRule = (entry, context) => {
  const d = entry.data;
  const r = ruleOfEntry(entry, context);
  if (d.closed === undefined || d.outcome === undefined || !r) return [];
  const { voters, threshold } = countVotes(d, r.rule, maintainersOf(context), context.today, context.governance);
  // Only votes that count: a vote by someone who could not vote is reported by the checks above.
  const mayVote = new Set(voters.map(handleKey));
  const counted = tally(Object.fromEntries(Object.entries(d.votes).filter(([h]) => mayVote.has(handleKey(h)))));
  if (outcomeOf(threshold, counted) === d.outcome) return [];
  const needed = votesNeededFor(threshold, counted);
  const rule = `${describeThreshold(threshold, r.body)} active on ${d.closed}`;
  const why = !quorumMet(threshold, counted)
    ? `${tookPart(r.rule, counted)} took part and the quorum is ${threshold.quorumNeeded} (${rule})`
    : `${counted.for} ${counted.for === 1 ? 'vote' : 'votes'} for were cast and ${needed} were needed (${rule})`;
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

/** A person approved to join has a file that holds the role from the closing day on. */
export const approvedMaintainerHasFile: DecisionRule = (entry, context) => {
  const d = entry.data;
  const r = ruleOfEntry(entry, context);
  if (!r || r.rule.subject !== 'joining' || d.outcome !== 'approved' || d.closed === undefined) return [];
  if (r.group && r.subjectRole === undefined) {
    const places = placesOf(r.group, d.subject);
    if (places.some((p) => p.since !== undefined && p.since >= d.closed!)) return [];
    const dated = places.find((p) => p.since !== undefined);
    return [
      at(
        entry,
        ['subject'],
        places.length === 0
          ? `the vote approved ${d.subject} on ${d.closed}, but ${groupFile(r.group)} does not list them; add them under members: - handle: ${d.subject} with since: ${d.closed}`
          : dated
            ? `the vote approved ${d.subject} on ${d.closed}, but ${groupFile(r.group)} has since: ${dated.since}, before it; write since: ${d.closed} there (or the later day they joined)`
            : `the vote approved ${d.subject} on ${d.closed}, but ${groupFile(r.group)} gives their place no since; write since: ${d.closed} there (or the later day they joined)`,
      ),
    ];
  }
  const defaultRole = defaultRoleOf(context.governance).id;
  const file = fileOf(context, d.subject);
  // The command that gives them the role: the default role needs no --role.
  const command = `npm run new:maintainer -- ${d.subject}${r.subjectRole === defaultRole ? '' : ` --role ${r.subjectRole}`} --since ${d.closed}`;
  if (!file)
    return [at(entry, ['subject'], `the vote approved ${d.subject} on ${d.closed}, but ${context.rosterDir}/ has no file for them; add it: ${command}`)];
  const held = holdingsOf(file.data, defaultRole).filter((h) => h.role === r.subjectRole);
  if (held.length === 0)
    return [at(entry, ['subject'], `the vote approved ${d.subject} on ${d.closed}, but ${file.file} lists no ${r.subjectOne} role; add it: ${command}`)];
  const since = held.map((h) => h.since).find((x) => x !== undefined && x >= d.closed!) ?? held.map((h) => h.since).find((x) => x !== undefined);
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

/** An approved removal leaves the person emeritus in the role, or gone from the roster. */
export const approvedRemovalLeavesRoster: DecisionRule = (entry, context) => {
  const d = entry.data;
  const r = ruleOfEntry(entry, context);
  if (!r || r.rule.subject !== 'leaving' || d.outcome !== 'approved' || d.closed === undefined) return [];
  if (r.group && r.subjectRole === undefined) {
    // Their last day may be the closing day: they were counted in the body then.
    const staying = placesOf(r.group, d.subject).find((p) => holdsPlaceOn(p, d.closed!) && (p.until === undefined || p.until > d.closed!));
    if (!staying) return [];
    return [
      at(
        entry,
        ['subject'],
        `the vote removed ${d.subject} on ${d.closed}, but ${groupFile(r.group)} still lists them under ${staying.list}${staying.until ? ` until ${staying.until}` : ' with no until'}; write until: ${d.closed} there`,
      ),
    ];
  }
  const file = fileOf(context, d.subject);
  const defaultRole = defaultRoleOf(context.governance).id;
  if (!file || !holdingsOf(file.data, defaultRole).some((h) => h.role === r.subjectRole && h.status === 'active')) return [];
  return [
    at(
      entry,
      ['subject'],
      r.subjectRole === defaultRole && !file.data.roles
        ? `the vote removed ${d.subject} on ${d.closed}, but ${file.file} still says status: active; run npm run maintainer:emeritus -- ${d.subject} --since ${d.closed}, or delete the file`
        : `the vote removed ${d.subject} on ${d.closed}, but ${file.file} still holds the ${r.subjectOne} role as active; run npm run maintainer:emeritus -- ${d.subject} --role ${r.subjectRole} --since ${d.closed}, or delete the file`,
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
