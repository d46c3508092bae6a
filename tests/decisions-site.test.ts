import { describe, expect, it } from 'vitest';
import { builtCopy, projectCopyPerTest, type ProjectCopy } from '../test-support/project.ts';

/**
 * The decisions as the built site shows them, pinned on fixture decisions written into a
 * copy (never into content/): the eleven maintainers of tests/fixtures/roster/, undated,
 * plus three with dates, and five decisions (a new maintainer approved, a charter change
 * rejected, a removal, a charter change approved, an open vote). Then two broken ones,
 * which stop the build with their exact messages.
 */
const ELEVEN = ['aftersnow', 'bergwolf', 'bmicklea', 'caozhuozi', 'chlins', 'gaius-qi', 'gorkem', 'raravena80', 'sabre1041', 'tarilabs', 'wy65701436'];
const HELD = 'https://github.com/example-org/community/issues';

const votes = (entries: [string[], string][]) => `votes:\n${entries.flatMap(([handles, vote]) => handles.map((h) => `  ${h}: ${vote}\n`)).join('')}`;
const decision = (fields: string, motion: string) => `---\n${fields.trim()}\n---\n\n${motion}\n`;

/** The fixture content (tests/fixtures/site/content) with the roster of tests/fixtures/roster/ and three more, and no decision yet. */
function withFixtureRoster(copy: ProjectCopy): void {
  copy.withFixtureContent().remove('content/decisions');
  copy.replaceFolder('content/maintainers', 'tests/fixtures/roster');
  copy.write('content/maintainers/former-fixture.yaml', 'handle: former-fixture\nstatus: emeritus\nsince: 2025-06-01\nemeritusSince: 2026-02-01\n');
  copy.write('content/maintainers/newcomer-fixture.yaml', 'handle: newcomer-fixture\nstatus: active\nsince: 2026-03-10\n');
  copy.write('content/maintainers/removed-fixture.yaml', 'handle: removed-fixture\nstatus: emeritus\nsince: 2025-01-01\nemeritusSince: 2026-04-20\n');
}

const D = 'content/decisions';
function withFixtureDecisions(copy: ProjectCopy): void {
  withFixtureRoster(copy);
  // On 2026-03-10: the eleven and removed-fixture (the nominee does not count): 8 of 12.
  copy.write(
    `${D}/2026-03-new-maintainer-newcomer.md`,
    decision(
      `rule: approve-new-maintainer\nsubject: newcomer-fixture\nopened: 2026-03-01\nclosed: 2026-03-10\nheldAt: ${HELD}/101\n${votes([
        [ELEVEN.slice(0, 7), 'for'],
        [['removed-fixture'], 'for'],
        [['tarilabs'], 'against'],
      ])}outcome: approved`,
      'Approve **@newcomer-fixture** as a maintainer.',
    ),
  );
  // On 2026-03-20: thirteen active, 9 needed; 6 for.
  copy.write(
    `${D}/2026-03-charter-meetings.md`,
    decision(
      `rule: change-charter\nsubject: Meetings section\nopened: 2026-03-12\nclosed: 2026-03-20\nheldAt: https://github.com/example-org/community/pull/102\n${votes(
        [
          [ELEVEN.slice(0, 6), 'for'],
          [ELEVEN.slice(6, 9), 'against'],
          [['newcomer-fixture'], 'abstain'],
        ],
      )}outcome: rejected`,
      'Rewrite the Meetings section.',
    ),
  );
  // On 2026-04-20 removed-fixture is emeritus: the twelve others vote, 8 of the 12 remaining.
  copy.write(
    `${D}/2026-04-remove-removed.md`,
    decision(
      `rule: remove-maintainer\nsubject: removed-fixture\nopened: 2026-04-10\nclosed: 2026-04-20\nheldAt: ${HELD}/103\n${votes([[ELEVEN.slice(0, 8), 'for']])}outcome: approved`,
      'Remove @removed-fixture as a maintainer.',
    ),
  );
  copy.write(
    `${D}/2026-05-charter-security.md`,
    decision(
      `rule: change-charter\nsubject: Security policy\nopened: 2026-05-01\nclosed: 2026-05-10\nheldAt: https://github.com/example-org/spec/pull/104\n${votes([[ELEVEN.slice(0, 9), 'for']])}outcome: approved`,
      'Add the security policy to the supporting documents.',
    ),
  );
  // Open: counted on today's twelve, 8 needed.
  copy.write(
    `${D}/2026-11-logo.md`,
    decision(
      `rule: change-charter\nsubject: Adopt the new logo\nopened: 2026-11-20\nheldAt: ${HELD}/105\n${votes([
        [ELEVEN.slice(0, 3), 'for'],
        [['chlins'], 'against'],
      ])}`,
      'Adopt the new logo.',
    ),
  );
}

const text = (html: string) =>
  html
    .replace(/<\/?(p|li|ul|ol|h[1-6]|div|blockquote|section|nav|main|header|footer)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** A decision page's ballots, "For (9)" -> ["@a", "@b", …], from its <dl class="ballots">. */
const ballotsOf = (html: string): Record<string, string[]> => {
  const list = /<dl class="ballots"[^>]*>(.*?)<\/dl>/s.exec(html)?.[1] ?? '';
  return Object.fromEntries([...list.matchAll(/<dt>([^<]*)<\/dt><dd>([^<]*)<\/dd>/g)].map((m) => [m[1]!, m[2]!.split(', ')]));
};

describe('decisions on the built site', () => {
  const site = builtCopy(withFixtureDecisions);

  it('/decisions/ lists them newest first, open vote first, with outcome, votes cast against needed and where each was held', () => {
    const html = main(site.read('decisions/'));
    const ids = [...html.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]).filter((id) => !id!.startsWith('rule-'));
    expect(ids).toEqual(['2026-11-logo', '2026-05-charter-security', '2026-04-remove-removed', '2026-03-charter-meetings', '2026-03-new-maintainer-newcomer']);
    const page = text(html);
    expect(page).toContain("Example's maintainers have recorded 4 decisions and have 1 vote open.");
    expect(page).toContain(
      'Change the charter: Adopt the new logo Change the charter · opened 2026-11-20, open · where it was held 3 votes for, 8 needed (1 against, 0 abstaining): 8 of 12 maintainers active today. 5 more votes for would carry it. Not voted yet: @caozhuozi, @gaius-qi, @gorkem, @newcomer-fixture, @raravena80, @sabre1041, @tarilabs, @wy65701436.',
    );
    expect(page).toContain(
      'Approve a new maintainer: newcomer-fixture Approve a new maintainer · opened 2026-03-01, closed 2026-03-10 · Approved · where it was held 8 votes for, 8 needed (1 against, 0 abstaining): 8 of 12 maintainers active on 2026-03-10, when it closed.',
    );
    expect(page).toContain(
      'Change the charter: Meetings section Change the charter · opened 2026-03-12, closed 2026-03-20 · Rejected · where it was held 6 votes for, 9 needed (3 against, 1 abstaining): 9 of 13 maintainers active on 2026-03-20, when it closed.',
    );
    expect(page).toContain('8 votes for, 8 needed (0 against, 0 abstaining): 8 of the 12 remaining maintainers active on 2026-04-20, when it closed.');
    expect(html).toMatch(/<a href="https:\/\/github.com\/example-org\/spec\/pull\/104" rel="noopener"[^>]*>where it was held<\/a>/);
    expect(html).toMatch(/<a href="\/community\/decisions\/2026-03-new-maintainer-newcomer\/"[^>]*>Approve a new maintainer: newcomer-fixture<\/a>/);
    expect(page).toContain('Change the charter: Change the charter: Security policy (2026-05-10), Change the charter: Meetings section (2026-03-20)');
  });

  it('/decisions/<id>/ shows the motion, each maintainer’s vote, the charter’s rule linked to its section and the roster size that day', () => {
    const html = main(site.read('decisions/2026-03-new-maintainer-newcomer/'));
    const page = text(html);
    expect(page).toContain('Approve a new maintainer, opened 2026-03-01, closed 2026-03-10: Approved. Held in github.com/example-org/community/issues/101.');
    expect(html).toContain('<strong>@newcomer-fixture</strong>');
    const ballots = ballotsOf(html);
    expect(Object.keys(ballots)).toEqual([expect.stringMatching(/^For \(\d+\)$/), 'Against (1)', expect.stringMatching(/^Did not vote \(\d+\)$/)]);
    expect(Object.values(ballots)[0]).toContain('@aftersnow');
    expect(ballots['Against (1)']).toEqual(['@tarilabs']);
    expect(Object.values(ballots)[2]).toContain('@wy65701436');
    // Each group says how many it lists; the applicant does not vote.
    for (const [label, handles] of Object.entries(ballots)) expect(label).toContain(`(${handles.length})`);
    expect(Object.values(ballots).flat()).not.toContain('@newcomer-fixture');
    expect(page).not.toContain('@former-fixture');
    expect(page).toContain(
      'A 2/3 vote of existing Maintainers approves the application. The charter, Becoming a Maintainer. Counted against the 12 maintainers active on 2026-03-10, the day the vote closed. 11 of their files do not record the day they joined: they count as maintainers from before any recorded decision.',
    );
    expect(html).toContain('href="/community/governance/#becoming-a-maintainer"');
    // Search indexes the motion, the outcome and the tally, not the voters' handles.
    expect([...html.matchAll(/<(\w+) class="([^"]+)"[^>]* data-pagefind-ignore[ >]/g)].map((m) => `${m[1]}.${m[2]}`)).toEqual([
      'nav.breadcrumb',
      'dl.ballots',
      'p.page-meta',
    ]);

    const removal = text(main(site.read('decisions/2026-04-remove-removed/')));
    expect(removal).toContain('Counted against the 13 maintainers active on 2026-04-20, the day the vote closed, of whom the 12 remaining maintainers vote.');
    expect(removal).toContain('A Maintainer may be removed at any time by a 2/3 vote of the remaining maintainers.');

    const openHtml = main(site.read('decisions/2026-11-logo/'));
    expect(Object.entries(ballotsOf(openHtml)).find(([label]) => label.startsWith('Not voted yet'))?.[1]).toContain('@gorkem');
    const open = text(openHtml);
    expect(open).toContain('Change the charter, opened 2026-11-20, still open.');
    expect(open).toContain('Changes to this Governance and its supporting documents may be approved by a 2/3 vote of the Maintainers.');
  });

  it('/decisions.json gives every decision with the roster it was counted against', () => {
    const doc = JSON.parse(site.read('decisions.json'));
    expect(doc.schemaVersion).toBe(2);
    expect(doc.source).toBe('https://github.com/example-org/community/tree/main/content/decisions');
    expect(doc.decisions.map((d: { id: string }) => d.id)).toEqual([
      '2026-11-logo',
      '2026-05-charter-security',
      '2026-04-remove-removed',
      '2026-03-charter-meetings',
      '2026-03-new-maintainer-newcomer',
    ]);
    expect(doc.decisions[2]).toEqual({
      id: '2026-04-remove-removed',
      subject: 'removed-fixture',
      rule: 'remove-maintainer',
      opened: '2026-04-10',
      closed: '2026-04-20',
      heldAt: `${HELD}/103`,
      outcome: 'approved',
      countedOn: '2026-04-20',
      rosterSize: 13,
      voters: 12,
      votesNeeded: 8,
      quorumMet: true,
      tally: { for: 8, against: 0, abstain: 0 },
      votes: Object.fromEntries(ELEVEN.slice(0, 8).map((h) => [h, 'for'])),
      page: 'https://governance.example.org/community/decisions/2026-04-remove-removed/',
    });
    expect(doc.decisions[0]).toMatchObject({ closed: null, outcome: null, rule: 'change-charter' });
  });

  it('the roster page links a maintainer to the vote that approved them, and shows who joined and left, by date', () => {
    const html = main(site.read('maintainers/'));
    expect(html).toMatch(
      />@newcomer-fixture<\/a>.*?<a href="\/community\/decisions\/2026-03-new-maintainer-newcomer\/">Approved by the vote of <time datetime="2026-03-10">/s,
    );
    const history = text(html.slice(html.indexOf('id="history"'), html.indexOf('id="thresholds"')));
    expect(history).toContain(
      'History 2025-01-01: @removed-fixture became a maintainer 2025-06-01: @former-fixture became a maintainer 2026-02-01: @former-fixture became emeritus 2026-03-10: @newcomer-fixture became a maintainer (the vote) 2026-04-20: @removed-fixture became emeritus',
    );
    expect(history).toContain(
      '11 of the 14 maintainer files do not record the day the maintainer joined; those maintainers count as active from before any recorded decision.',
    );
  });

  it('the charter’s vote rules link to the decisions taken under them', () => {
    const html = site.read('governance/');
    expect(html).toContain('<a class="decisions-under-rule" href="/community/decisions/#rule-change-charter">(2 decisions taken under this rule)</a>');
    expect(html).toContain('<a class="decisions-under-rule" href="/community/decisions/#rule-remove-maintainer">(1 decision taken under this rule)</a>');
  });
});

describe('decisions that contradict the roster or the charter stop the build', () => {
  const newCopy = projectCopyPerTest();

  it('names the emeritus voter’s emeritusSince, and says how many votes an approval needed and how many were cast', () => {
    const copy = newCopy();
    withFixtureRoster(copy);
    copy.write(
      `${D}/emeritus-vote.md`,
      decision(
        `rule: change-charter\nsubject: Wording\nopened: 2026-03-01\nclosed: 2026-03-05\nheldAt: ${HELD}/106\n${votes([
          [ELEVEN.slice(0, 9), 'for'],
          [['former-fixture'], 'for'],
        ])}outcome: approved`,
        'Fix the wording.',
      ),
    );
    copy.write(
      `${D}/too-few.md`,
      decision(
        `rule: change-charter\nsubject: Wording\nopened: 2026-03-01\nclosed: 2026-03-05\nheldAt: ${HELD}/107\n${votes([[ELEVEN.slice(0, 7), 'for']])}outcome: approved`,
        'Fix the wording.',
      ),
    );
    const built = copy.build();
    expect(built.status).toBe(1);
    const problems = built.output.split('\n').filter((line) => line.startsWith(`${D}/`));
    expect(problems).toEqual([
      `${D}/emeritus-vote.md:17: votes.former-fixture: former-fixture is emeritus since 2026-02-01 (content/maintainers/former-fixture.yaml), so was not active on 2026-03-05, when the vote closed: an emeritus maintainer does not vote; remove this vote`,
      `${D}/too-few.md:15: outcome: recorded as approved, but 7 votes for were cast and 8 were needed (8 of 12 maintainers active on 2026-03-05); write outcome: rejected, or record the votes that are missing`,
    ]);
    expect(copy.exists('dist')).toBe(false);
  });
});
