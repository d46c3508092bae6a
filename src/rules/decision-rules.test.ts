import { describe, expect, it } from 'vitest';
import type { ContentEntry } from '../validation/validate.ts';
import type { Decision } from '../schemas/decision.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import { governanceSchema } from '../schemas/governance.ts';
import { decisionProblems, type DecisionContext } from './decision-rules.ts';
import { decisionRosterRules } from './index.ts';

/** Decisions and maintainers as entries whose every field is on line 7, against each other. */
const entry = <T>(file: string, data: T): ContentEntry<T> => ({ file, id: file, data, lineOf: () => 7 });
const m = (handle: string, extra: Partial<Maintainer> = {}) =>
  entry(`content/maintainers/${handle}.yaml`, { handle, status: 'active', ...extra } as Maintainer);
const roster = [m('a'), m('b'), m('c'), m('d', { since: '2026-05-01' }), m('e', { status: 'emeritus', since: '2026-01-01', emeritusSince: '2026-06-01' })];
const context: DecisionContext = {
  roster,
  repositories: ['https://github.com/org/site', 'https://github.com/org/spec'],
  today: '2026-12-01',
  rosterDir: 'content/maintainers',
  governance: governanceSchema.parse({
    roles: [
      { id: 'maintainer', singular: 'Maintainer', plural: 'Maintainers' },
      { id: 'committee', singular: 'Committee member', plural: 'Committee members' },
    ],
    rules: [
      { id: 'new-maintainer', name: 'New maintainer', body: 'maintainer', threshold: '2/3', base: 'members', subject: 'joining' },
      { id: 'remove-maintainer', name: 'Remove a maintainer', body: 'maintainer', threshold: '2/3', base: 'remaining-members', subject: 'leaving' },
      { id: 'change-charter', name: 'Change the charter', body: 'maintainer', threshold: '2/3', base: 'members' },
      { id: 'motion', name: 'Committee motion', body: 'committee', threshold: 'majority', base: 'votes-cast', quorum: 'majority' },
    ],
  }),
};
const base: Decision = {
  rule: 'change-charter',
  subject: 'x',
  opened: '2026-04-01',
  closed: '2026-04-10',
  heldAt: 'https://github.com/org/spec/pull/3',
  votes: { a: 'for', b: 'for', e: 'for' },
  outcome: 'approved',
};
const problems = (d: Partial<Decision>, r = roster) =>
  decisionProblems(decisionRosterRules, [entry('content/decisions/x.md', { ...base, ...d })], { ...context, roster: r }).map((p) => p.message);

describe('decisions against the roster of their day', () => {
  it('counts against the 4 maintainers active on the closing day: e not yet emeritus, d not yet joined', () => {
    expect(problems({ votes: { a: 'for', b: 'for', c: 'against' } })).toEqual([
      'outcome: recorded as approved, but 2 votes for were cast and 3 were needed (3 of 4 maintainers active on 2026-04-10); write outcome: rejected, or record the votes that are missing',
    ]);
    expect(problems({ votes: { a: 'for', b: 'for', e: 'for' } })).toEqual([]);
  });

  it('refuses a vote by someone who joined after the vote closed, and does not count it', () => {
    expect(problems({ votes: { a: 'for', b: 'for', d: 'for' } })).toEqual([
      'votes.d: d became a maintainer on 2026-05-01 (content/maintainers/d.yaml), so was not active on 2026-04-10, when the vote closed; remove this vote, or correct since there',
      'outcome: recorded as approved, but 2 votes for were cast and 3 were needed (3 of 4 maintainers active on 2026-04-10); write outcome: rejected, or record the votes that are missing',
    ]);
  });

  it('counts an open vote’s voters on today’s roster', () => {
    expect(problems({ closed: undefined, outcome: undefined, votes: { d: 'for', e: 'for' } })).toEqual([
      'votes.e: e is emeritus since 2026-06-01 (content/maintainers/e.yaml), so was not active on 2026-12-01 (today; the vote is open): an emeritus maintainer does not vote; remove this vote',
    ]);
  });

  it('says when a rejection was in fact carried', () => {
    expect(problems({ votes: { a: 'for', b: 'for', c: 'for' }, outcome: 'rejected' })).toEqual([
      'outcome: recorded as rejected, but 3 votes for were cast and 3 were needed (3 of 4 maintainers active on 2026-04-10), so the votes approve it; write outcome: approved, or correct the votes',
    ]);
  });

  it('wants an approved new maintainer on the roster from the closing day on', () => {
    const vote = {
      rule: 'new-maintainer',
      subject: 'd',
      closed: '2026-05-02',
      votes: { a: 'for', b: 'for', c: 'for', e: 'for' } as Decision['votes'],
    };
    expect(problems(vote)).toEqual([
      'subject: the vote approved d on 2026-05-02, but content/maintainers/d.yaml has since: 2026-05-01, before it; write since: 2026-05-02 there (or the later day they joined)',
    ]);
    expect(problems({ ...vote, closed: '2026-05-01' })).toEqual([]);
    expect(problems({ ...vote, subject: 'a' })).toEqual([
      'votes.a: a is the person joining, not yet a maintainer, and does not vote (the rule is a 2/3 vote of existing maintainers); remove this vote',
      'subject: the vote approved a on 2026-05-02, but content/maintainers/a.yaml has no since; write since: 2026-05-02 there (or the later day they joined)',
    ]);
  });

  it('wants an approved removal to leave the person emeritus or gone, and names a removal’s subject on the roster', () => {
    const vote = { rule: 'remove-maintainer', subject: 'c', votes: { a: 'for', b: 'for' } as Decision['votes'] };
    expect(problems(vote)).toEqual([
      'subject: the vote removed c on 2026-04-10, but content/maintainers/c.yaml still says status: active; run npm run maintainer:emeritus -- c --since 2026-04-10, or delete the file',
    ]);
    expect(
      problems(
        vote,
        roster.filter((x) => x.data.handle !== 'c'),
      ),
    ).toEqual([]);
    expect(problems({ ...vote, subject: 'zz', outcome: 'rejected', votes: {} })).toEqual([
      'subject: zz has no file in content/maintainers/, so there is nobody to remove; write the handle of the maintainer the vote is about (did you mean a?)',
    ]);
  });

  it('names the command that adds or ends a role other than the default one, with --role', () => {
    const withRules = governanceSchema.parse({
      roles: [
        { id: 'maintainer', singular: 'Maintainer', plural: 'Maintainers' },
        { id: 'committee', singular: 'Committee member', plural: 'Committee members' },
      ],
      rules: [
        { id: 'seat', name: 'Seat a member', body: 'committee', threshold: 'majority', base: 'members', subject: 'joining' },
        { id: 'unseat', name: 'Unseat a member', body: 'committee', threshold: 'majority', base: 'remaining-members', subject: 'leaving' },
      ],
    });
    const members = ['k1', 'k2', 'k3'].map((h) => m(h, { status: undefined, roles: [{ role: 'committee', status: 'active' }] }));
    const check = (d: Partial<Decision>, r: ContentEntry<Maintainer>[]) =>
      decisionProblems(decisionRosterRules, [entry('content/decisions/x.md', { ...base, ...d })], { ...context, governance: withRules, roster: r }).map(
        (p) => p.message,
      );
    const seat = { rule: 'seat', subject: 'a', votes: { k1: 'for', k2: 'for' } as Decision['votes'] };
    expect(check(seat, members)).toEqual([
      'subject: the vote approved a on 2026-04-10, but content/maintainers/ has no file for them; add it: npm run new:maintainer -- a --role committee --since 2026-04-10',
    ]);
    expect(check(seat, [...members, m('a')])).toEqual([
      'subject: the vote approved a on 2026-04-10, but content/maintainers/a.yaml lists no committee member role; add it: npm run new:maintainer -- a --role committee --since 2026-04-10',
    ]);
    expect(check({ rule: 'unseat', subject: 'k3', votes: { k1: 'for', k2: 'for' } }, members)).toEqual([
      'subject: the vote removed k3 on 2026-04-10, but content/maintainers/k3.yaml still holds the committee member role as active; run npm run maintainer:emeritus -- k3 --role committee --since 2026-04-10, or delete the file',
    ]);
  });

  it('holds a subject of another role than the body to that role (containerd: reviewers added and removed by the committers)', () => {
    const withRules = governanceSchema.parse({
      roles: [
        { id: 'committer', singular: 'Committer', plural: 'Committers' },
        { id: 'reviewer', singular: 'Reviewer', plural: 'Reviewers' },
      ],
      rules: [
        { id: 'add-reviewer', name: 'Add a reviewer', body: 'committer', threshold: '1/3', base: 'members', subject: 'joining', subjectRole: 'reviewer' },
        { id: 'remove-reviewer', name: 'Remove a reviewer', body: 'committer', threshold: '2/3', base: 'members', subject: 'leaving', subjectRole: 'reviewer' },
      ],
    });
    const committers = ['c1', 'c2', 'c3'].map((h) => m(h, { status: undefined, roles: [{ role: 'committer', status: 'active' }] }));
    const check = (d: Partial<Decision>, r: ContentEntry<Maintainer>[]) =>
      decisionProblems(decisionRosterRules, [entry('content/decisions/x.md', { ...base, ...d })], { ...context, governance: withRules, roster: r }).map(
        (p) => p.message,
      );
    const add = { rule: 'add-reviewer', subject: 'c3', votes: { c1: 'for', c3: 'for' } as Decision['votes'] };
    // c3, a committer, votes on their own reviewer role: no problem of "the person joining does not vote".
    expect(check(add, committers)).toEqual([
      'subject: the vote approved c3 on 2026-04-10, but content/maintainers/c3.yaml lists no reviewer role; add it: npm run new:maintainer -- c3 --role reviewer --since 2026-04-10',
    ]);
    const r1 = m('r1', { status: undefined, roles: [{ role: 'reviewer', status: 'active', since: '2026-04-10' }] });
    expect(check({ ...add, subject: 'r1' }, [...committers, r1])).toEqual([]);
    expect(check({ rule: 'remove-reviewer', subject: 'r1', votes: { c1: 'for', c2: 'for' } }, [...committers, r1])).toEqual([
      'subject: the vote removed r1 on 2026-04-10, but content/maintainers/r1.yaml still holds the reviewer role as active; run npm run maintainer:emeritus -- r1 --role reviewer --since 2026-04-10, or delete the file',
    ]);
  });

  it('refuses a rule content/governance.yaml does not have, with the nearest', () => {
    expect(problems({ rule: 'change-charta' })).toEqual([
      'rule: "change-charta" is no rule of content/governance.yaml; did you mean change-charter? write one of new-maintainer, remove-maintainer, change-charter, motion',
    ]);
  });

  it('never counts the vote of an emeritus member whose date is not recorded, and says how to make it count', () => {
    const undated = [...roster.filter((x) => x.data.handle !== 'e'), m('e', { status: 'emeritus', since: '2026-01-01' })];
    expect(problems({}, undated)).toEqual([
      'votes.e: e is emeritus since a date not recorded (content/maintainers/e.yaml), so may have left the maintainers before the vote closed: their vote cannot be counted; write emeritusSince there if they were still a maintainer on 2026-04-10, when the vote closed, or remove this vote',
      // e is in the base (4 members, 3 needed), never a voter: two votes for cannot carry it.
      'outcome: recorded as approved, but 2 votes for were cast and 3 were needed (3 of 4 maintainers active on 2026-04-10); write outcome: rejected, or record the votes that are missing',
    ]);
  });

  it('counts a committee motion among its members only, with its quorum', () => {
    const committee = [...roster, ...['k1', 'k2', 'k3', 'k4', 'k5'].map((h) => m(h, { roles: [{ role: 'committee', status: 'active' }] }))];
    const motion = { rule: 'motion', votes: { k1: 'for', k2: 'against' } as Decision['votes'] };
    expect(problems(motion, committee)).toEqual([
      'outcome: recorded as approved, but 2 took part and the quorum is 3 (more than half of the votes cast, with at least 3 of 5 committee members taking part active on 2026-04-10); write outcome: rejected, or record the votes that are missing',
    ]);
    expect(problems({ ...motion, votes: { k1: 'for', k2: 'for', k3: 'against' } }, committee)).toEqual([]);
    expect(problems({ ...motion, votes: { k1: 'for', k2: 'against', k3: 'abstain' } }, committee)).toEqual([
      'outcome: recorded as approved, but 1 vote for were cast and 2 were needed (more than half of the votes cast, with at least 3 of 5 committee members taking part active on 2026-04-10); write outcome: rejected, or record the votes that are missing',
    ]);
    expect(problems({ ...motion, votes: { a: 'for', k1: 'for', k2: 'for' } }, committee)).toEqual([
      'votes.a: a is no committee member (content/maintainers/a.yaml lists no such role), and only committee members vote under the rule motion; remove this vote',
      // a's vote does not count: two of five took part.
      'outcome: recorded as approved, but 2 took part and the quorum is 3 (more than half of the votes cast, with at least 3 of 5 committee members taking part active on 2026-04-10); write outcome: rejected, or record the votes that are missing',
    ]);
  });

  it('accepts an issue, pull request or discussion of any of the project’s repositories, and nothing else', () => {
    const ok = [
      'https://github.com/org/site/issues/1',
      'https://github.com/org/spec/pull/2#issuecomment-3',
      'https://github.com/org/spec/pull/2/files',
      'https://github.com/org/site/discussions/4',
    ];
    for (const heldAt of ok) expect(problems({ heldAt })).toEqual([]);
    for (const heldAt of [
      'https://github.com/org/spec',
      'https://github.com/org/spec-fork/issues/1',
      'https://github.com/org/specs/issues/1',
      // Starts in a project repository, leads to another (the schema refuses these too).
      'https://github.com/org/spec/issues/1/../../../../other-org/repo/issues/666',
      'https://github.com/org/spec/pull/2/%2e%2e/%2e%2e/%2e%2e/%2e%2e/other-org/repo/issues/666',
    ])
      expect(problems({ heldAt })).toHaveLength(1);
  });
});

describe('decisions of a rule whose body is a group', () => {
  // The TSC: lead a (a maintainer) and members x and y (not maintainers); z joined on 2026-05-01; w left after 2026-03-31.
  const tsc = {
    id: 'tsc',
    name: 'Technical Steering Committee',
    leads: [{ handle: 'a', since: '2025-01-01' }],
    members: [
      { handle: 'x', since: '2025-01-01' },
      { handle: 'y' },
      { handle: 'z', since: '2026-05-01' },
      { handle: 'w', since: '2025-01-01', until: '2026-03-31' },
    ],
  };
  const governance = {
    ...governanceSchema.parse({
      roles: [{ id: 'maintainer', singular: 'Maintainer', plural: 'Maintainers' }],
      rules: [
        { id: 'tsc-motion', name: 'A TSC motion', group: 'tsc', threshold: 'majority', base: 'members', quorum: 'majority' },
        { id: 'tsc-add', name: 'Add a TSC member', group: 'tsc', threshold: 'majority', base: 'members', subject: 'joining' },
        { id: 'tsc-remove', name: 'Remove a TSC member', group: 'tsc', threshold: 'majority', base: 'remaining-members', subject: 'leaving' },
        { id: 'tsc-maintainer', name: 'Add a maintainer', group: 'tsc', threshold: 'majority', base: 'members', subject: 'joining', subjectRole: 'maintainer' },
      ],
    }),
    groups: [tsc],
  };
  const inGroup = (d: Partial<Decision>) =>
    decisionProblems(decisionRosterRules, [entry('content/decisions/x.md', { ...base, rule: 'tsc-motion', ...d })], { ...context, governance }).map(
      (p) => p.message,
    );

  it('counts the group’s leads and members of the closing day, maintainers or not, and needs no maintainer file for them', () => {
    // On 2026-04-10: a, x, y (w has left, z not yet joined): a majority of 3 is 2.
    expect(inGroup({ votes: { x: 'for', y: 'for' } })).toEqual([]);
    expect(inGroup({ votes: { x: 'for', y: 'against', a: 'against' } })).toEqual([
      'outcome: recorded as approved, but 1 vote for were cast and 2 were needed (2 of 3 Technical Steering Committee members, with at least 2 of 3 Technical Steering Committee members taking part active on 2026-04-10); write outcome: rejected, or record the votes that are missing',
    ]);
  });

  it('refuses the vote of someone with no place, one who joined later and one who had left, each with the group’s file', () => {
    expect(inGroup({ votes: { x: 'for', y: 'for', b: 'for', z: 'for', w: 'for' } })).toEqual([
      'votes.b: b holds no place in the group Technical Steering Committee (content/groups/tsc.yaml lists them under neither leads nor members), and only Technical Steering Committee members vote under the rule tsc-motion; remove this vote, or correct the handle (did you mean a?)',
      'votes.z: z joined the group Technical Steering Committee on 2026-05-01 (content/groups/tsc.yaml), so was not a member on 2026-04-10, when the vote closed; remove this vote, or correct since there',
      'votes.w: w left the group Technical Steering Committee after 2026-03-31 (until in content/groups/tsc.yaml), so was not a member on 2026-04-10, when the vote closed; remove this vote, or correct until there',
    ]);
  });

  it('fails a vote short of its quorum', () => {
    expect(inGroup({ votes: { x: 'for' } })).toEqual([
      'outcome: recorded as approved, but 1 took part and the quorum is 2 (2 of 3 Technical Steering Committee members, with at least 2 of 3 Technical Steering Committee members taking part active on 2026-04-10); write outcome: rejected, or record the votes that are missing',
    ]);
  });

  it('holds a removal’s subject out of the vote, and wants an approved joiner or removal written in the group’s file', () => {
    expect(inGroup({ rule: 'tsc-remove', subject: 'y', votes: { a: 'for', x: 'for', y: 'against' } })).toEqual([
      'votes.y: y is the Technical Steering Committee member leaving and does not vote (the rule is a vote of more than half of the remaining Technical Steering Committee members); remove this vote',
      'subject: the vote removed y on 2026-04-10, but content/groups/tsc.yaml still lists them under members with no until; write until: 2026-04-10 there',
    ]);
    expect(inGroup({ rule: 'tsc-remove', subject: 'q', outcome: 'rejected', votes: { a: 'for' } })).toEqual([
      'subject: q holds no place in the group Technical Steering Committee (content/groups/tsc.yaml), so there is nobody to remove; write the handle of the Technical Steering Committee member the vote is about (did you mean a?)',
    ]);
    expect(inGroup({ rule: 'tsc-add', subject: 'q', votes: { a: 'for', x: 'for' } })).toEqual([
      'subject: the vote approved q on 2026-04-10, but content/groups/tsc.yaml does not list them; add them under members: - handle: q with since: 2026-04-10',
    ]);
    expect(inGroup({ rule: 'tsc-add', subject: 'z', closed: '2026-04-30', votes: { a: 'for', x: 'for' } })).toEqual([]);
    // The TSC adding a maintainer (subjectRole): the roster, not the group's file, is where they join.
    expect(inGroup({ rule: 'tsc-maintainer', subject: 'q', votes: { a: 'for', x: 'for' } })).toEqual([
      'subject: the vote approved q on 2026-04-10, but content/maintainers/ has no file for them; add it: npm run new:maintainer -- q --since 2026-04-10',
    ]);
  });
});
