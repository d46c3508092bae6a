import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Heading, List, Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { loadMeetingSeries } from '../test-support/meetings.ts';
import { nextOccurrences, wallClockStart } from '../src/meetings/occurrences.ts';
import { expandFeed } from '../test-support/ical-expand.ts';
import { FIXTURE_CONTENT, ProjectCopy, projectRoot } from '../test-support/project.ts';
import { loadSiteConfig } from '../src/site/config.ts';

/**
 * The recipes of the contributing guide (content/docs/contributing.mdx), each
 * applied to a copy of the project the way a maintainer would follow it, then
 * checked with `npm run check` (content, build, links, generated files, time lint).
 * The copy holds the fixture content (tests/fixtures/site/content) with the real guide
 * copied in, its generated files written from that content first: the guide's steps are
 * tested, never today's roster, meeting time or passcode.
 * Every recipe in the guide must have an entry here, and none may take more than five steps.
 *
 * All recipes go into one copy, as one pull request, the way a maintainer in
 * GitHub's editor works: the edits, a first check run (as on GitHub, with its
 * Summary), the generated files pasted in from that Summary (the roster
 * recipes' "Update the generated files" step), and a second check run that must
 * pass. The command-line alternatives of the roster recipes run in between.
 */
interface Recipe {
  /** Does to the copy what the recipe's steps say, up to opening the pull request. */
  apply: (copy: ProjectCopy) => void;
  /** The recipe's alternative on the maintainer's own computer (an npm command), run after the pasting. */
  command?: (copy: ProjectCopy) => void;
  /** What the built site shows afterwards. */
  verify: (copy: ProjectCopy) => void;
}

/** `(today: 5 of 7 maintainers)` and the like, as the site renders <VoteThreshold />. */
const thresholdsShown = (html: string) =>
  [...html.matchAll(/<span class="vote-threshold" data-rule="([a-z-]+)">\(today: <a href="\/community\/maintainers\/#thresholds">([^<]+)<\/a>\)<\/span>/g)].map(
    (m) => `${m[1]}: ${m[2]}`,
  );

/** Runs a project script on the copy as `npm run <name>` does, as of BUILD_NOW; fails the test with its output if it fails. */
function runCommand(copy: ProjectCopy, script: string, args: string[]): string {
  const r = copy.run(script, args, { BUILD_NOW });
  expect(r.status, r.output).toBe(0);
  return r.output;
}

/**
 * Every script run on the copy (the checks, the commands) is as of this instant
 * (BUILD_NOW), whatever today is: the pull request's "today" is one day, after the
 * fixture's votes and before its maintainers' later changes (gus-fixture joins in 2027,
 * fay-fixture steps down in 2027), and the meetings the meeting recipes change are
 * among the page's next six.
 */
const BUILD_NOW = '2026-12-01T00:00:00Z';
/** The day the maintainers the recipes add joined: after the fixture's last closed vote (2025-09-10), before BUILD_NOW. */
const JOINED = '2026-07-01';
const MEETING_FILE = 'content/meetings/office-hours.yaml';
/** The fixture content's site (the copy's, before the recipes). */
const FIXTURE_ROOT = join(projectRoot, FIXTURE_CONTENT, '..');
const { repository, url: siteUrl } = loadSiteConfig(FIXTURE_ROOT);
/** The copy's CONTRIBUTING.md before the recipes, its generated files written from the fixture content. */
let contributingBefore = '';
/** The office hours' next meetings after BUILD_NOW, from the fixture's data: the first at the new regular time, one to cancel, one to move. */
const [newFirstMeeting, meetingToCancel, meetingToMove] = (() => {
  const series = loadMeetingSeries(FIXTURE_ROOT).find((s) => s.id === 'office-hours')!;
  return nextOccurrences(series, new Date(BUILD_NOW), 6)
    .filter((o) => o.status === 'scheduled')
    .map((o) => DateTime.fromJSDate(o.start, { zone: series.rule.timeZone }).toISODate()!);
})() as [string, string, string];
const dayAfter = (date: string) => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;

/** The start of the copy's office hours on `date` (at `time`, or the rule's), as the page and the feed write it, after all recipes. */
function officeHoursStart(copy: ProjectCopy, date: string, time?: string): { iso: string; ics: string } {
  const series = loadMeetingSeries(copy.dir).find((s) => s.id === 'office-hours')!;
  const start = wallClockStart(series, date, time).toUTC();
  return { iso: start.toJSDate().toISOString(), ics: start.toFormat("yyyyMMdd'T'HHmmss'Z'") };
}

/** The office hours' section of the copy's meetings page. */
function officeHoursSection(copy: ProjectCopy): string {
  const page = copy.read('dist/meetings/index.html');
  const from = page.indexOf('id="office-hours"');
  return page.slice(from, page.indexOf('</section>', from));
}

/** The code block of the guide's recipe `name`. */
function guideCode(name: string): string {
  const at = guideTree.children.findIndex((n) => n.type === 'heading' && textOf(n) === name);
  const found: string[] = [];
  const collect = (node: Nodes) => {
    if (node.type === 'code') found.push(node.value);
    if ('children' in node) (node.children as Nodes[]).forEach(collect);
  };
  for (const node of guideTree.children.slice(at + 1)) {
    if (node.type === 'heading') break;
    collect(node);
  }
  expect(found, `one code block in "${name}"`).toHaveLength(1);
  return found[0]!;
}

const recipes: Record<string, Recipe> = {
  'Add a maintainer': {
    apply: (copy) => {
      // Steps 1-2: a new file in content/maintainers/, named after the handle, with the two lines and the day they joined
      // (an undated maintainer counts as active on every day, and would change the fixture's vote recorded in 2025).
      copy.write('content/maintainers/new-web.yaml', `handle: new-web\nstatus: active\nsince: ${JOINED}\n`);
    },
    command: (copy) => {
      expect(
        runCommand(copy, 'scripts/new-maintainer.ts', ['ada-lovelace', '--name', 'Ada Lovelace', '--affiliation', 'Example Corp', '--since', JOINED]),
      ).toContain('Wrote content/maintainers/ada-lovelace.yaml, MAINTAINERS.md, CONTRIBUTING.md, GOVERNANCE.md.');
    },
    verify: (copy) => {
      const page = copy.read('dist/maintainers/index.html');
      const active = page.slice(page.indexOf('id="active"'), page.indexOf('id="emeritus"'));
      expect(active).toContain('>@new-web</a>');
      expect(active).toMatch(new RegExp(`>@ada-lovelace</a> <span>Ada Lovelace, Example Corp</span> <span>Maintainer since <time datetime="${JOINED}">`));
      // The fixture's 6 active on BUILD_NOW, plus two, less the one moved to emeritus below: every threshold follows, on the site and on GitHub.
      expect(page).toMatch(/<strong[^>]*>7 active maintainers<\/strong>/);
      expect(thresholdsShown(copy.read('dist/governance/index.html'))).toEqual([
        'approve-new-maintainer: 5 of 7 maintainers',
        'remove-maintainer: 4 of the 6 remaining maintainers',
        'change-charter: 5 of 7 maintainers',
      ]);
      expect(copy.read('MAINTAINERS.md')).toContain(`- [@ada-lovelace](https://github.com/ada-lovelace) — Ada Lovelace, Example Corp (since ${JOINED})`);
      expect(copy.read('MAINTAINERS.md')).toContain(`- [@new-web](https://github.com/new-web) (since ${JOINED})\n`);
    },
  },
  'Move a maintainer to emeritus': {
    apply: (copy) => {
      // Step 2: status emeritus, and the day they stepped down (after the last vote chen-fixture cast, in 2025).
      copy.edit('content/maintainers/chen-fixture.yaml', 'status: active\n', 'status: emeritus\nemeritusSince: 2026-06-01\n');
    },
    verify: (copy) => {
      const page = copy.read('dist/maintainers/index.html');
      const emeritus = page.slice(page.indexOf('id="emeritus"'), page.indexOf('id="thresholds"'));
      expect(emeritus).toMatch(/>@chen-fixture<\/a> <span>Chen Fixture, Example University<\/span> <span>Emeritus since <time datetime="2026-06-01">/);
      // Listed before fay-fixture, emeritus in the fixture already (from a day after BUILD_NOW).
      expect(copy.read('MAINTAINERS.md')).toContain(
        '## Emeritus maintainers (2)\n\n- [@chen-fixture](https://github.com/chen-fixture) — Chen Fixture, Example University (maintainer since 2024-06-01; emeritus since 2026-06-01)\n',
      );
    },
  },
  'Change the charter': {
    apply: (copy) => {
      // Steps 1-2: edit the wording of content/docs/governance.mdx.
      copy.edit('content/docs/governance.mdx', 'Maintainers may resign at any time', 'Maintainers may step down at any time');
    },
    verify: (copy) => {
      expect(copy.read('dist/governance/index.html')).toContain('Maintainers may step down at any time');
      // Step 5: the charter on GitHub, pasted in from the check's Summary.
      expect(copy.read('GOVERNANCE.md')).toContain('Maintainers may step down at any time');
      // Step 4's number comes from the roster: 4 of 6 before this pull request, 5 of 7 after it (see "Add a maintainer").
      expect(contributingBefore).toContain('2/3 vote of the maintainers (today: [4 of 6 maintainers]');
      expect(copy.read('CONTRIBUTING.md')).toContain(`2/3 vote of the maintainers (today: [5 of 7 maintainers](${siteUrl}maintainers/#thresholds)), as`);
      expect(thresholdsShown(copy.read('dist/contributing/index.html'))).toEqual([
        'approve-new-maintainer: 5 of 7 maintainers',
        'remove-maintainer: 4 of the 6 remaining maintainers',
        'change-charter: 5 of 7 maintainers',
      ]);
    },
  },
  'Record a vote': {
    apply: (copy) => {
      // Steps 1-3: the guide's file, with the issue where the vote is held and a first vote.
      const text = guideCode('Record a vote')
        .replace(/heldAt: .*/, `heldAt: ${repository}/issues/1`)
        .replace('votes: {}', 'votes:\n  ana-fixture: for');
      copy.write('content/decisions/2025-07-new-maintainer-ada-lovelace.md', `${text}\n`);
    },
    command: (copy) => {
      expect(runCommand(copy, 'scripts/decision-new.ts', ['change-charter', 'Step down wording', '--at', `${repository}/pull/2`])).toMatch(
        /Wrote content\/decisions\/\d{4}-\d{2}-\d{2}-change-charter-step-down-wording\.md\./,
      );
    },
    verify: (copy) => {
      const page = copy.read('dist/decisions/index.html');
      expect(page).toMatch(/>Approve a new maintainer: ada-lovelace<\/a>/);
      expect(page).toMatch(/>Change the charter: Step down wording<\/a>/);
      expect(copy.read('dist/decisions/2025-07-new-maintainer-ada-lovelace/index.html')).toMatch(/<dt>For \(\d+\)<\/dt><dd>[^<]*@ana-fixture\b/);
    },
  },
  'Add a page': {
    apply: (copy) => {
      // Steps 1-3: a new file in content/docs/, its frontmatter copied from the guide's and changed, a link by file.
      const guide = copy.read('content/docs/contributing.mdx');
      const frontmatter = /^---\n[\s\S]*?\n---\n/
        .exec(guide)![0]
        .replace(/^title: .*$/m, 'title: Release process')
        .replace(/^description: .*$/m, 'description: How a release of the specification is cut.')
        .replace(/^order: .*$/m, 'order: 60')
        .replace(/^navLabel: .*\n/m, '');
      copy.write(
        'content/docs/release-process.md',
        `${frontmatter}\nA release is proposed by a maintainer; see [the charter](./governance.mdx#maintainers).\n`,
      );
    },
    verify: (copy) => {
      const page = copy.read('dist/release-process/index.html');
      expect(page).toContain('<title>Release process');
      expect(page).toContain('href="/community/governance/#maintainers"');
      expect(copy.read('dist/index.html')).toContain('href="/community/release-process/"');
    },
  },
  'Add a group': {
    apply: (copy) => {
      // Steps 1-2: the guide's file, a lead who is a maintainer and a member who is none; step 3: a channel, and a member who left.
      const text = guideCode('Add a group')
        .replace('ada-lovelace', 'ana-fixture')
        .replace(/since: 2025-07-01/g, `since: ${JOINED}`);
      copy.write(
        'content/groups/runtime.yaml',
        `${text}\n  - handle: old-hand\n    since: 2024-01-01\n    until: 2025-01-31\nchannels:\n  - name: Mailing list\n    url: https://lists.example.org/g/runtime\n`,
      );
    },
    verify: (copy) => {
      const page = copy.read('dist/groups/runtime/index.html');
      expect(page).toContain('<title>Runtime Working Group');
      expect(page).toContain('Owns the runtime specification and its conformance tests.');
      expect(page).toContain('grace-hopper');
      expect(page).toContain('href="https://lists.example.org/g/runtime"');
      expect(page).toContain('id="former"');
      expect(copy.read('dist/groups/index.html')).toContain('href="/community/groups/runtime/"');
    },
  },
  'Cancel a meeting': {
    apply: (copy) => {
      // Steps 2-3 in the web editor: the guide's lines added at the end of the file, with the date of a coming meeting.
      const lines = guideCode('Cancel a meeting')
        .replace(/date: \S+/, `date: ${meetingToCancel}`)
        .replace(/reason: .*/, 'reason: Winter holidays');
      copy.write(MEETING_FILE, `${copy.read(MEETING_FILE)}${lines}\n`);
    },
    verify: (copy) => {
      const start = officeHoursStart(copy, meetingToCancel);
      expect(officeHoursSection(copy)).toMatch(
        new RegExp(
          `<li data-ends="[^"]+" data-status="cancelled"><a href="/community/meetings/office-hours/${meetingToCancel}/"><del><time datetime="${start.iso}"[^>]*>[^<]+</time></del></a><span><strong>Cancelled</strong>: Winter holidays</span>`,
        ),
      );
      const feed = copy.read('dist/meetings/office-hours.ics');
      expect(feed).toMatch(new RegExp(`\\r\\nEXDATE[^:]*:([0-9TZ]+,)*${start.ics}`));
      const day = Date.parse(start.iso);
      expect(expandFeed(feed, new Date(day - 86_400_000), new Date(day + 86_400_000))).toEqual([]);
    },
  },
  'Move one meeting': {
    apply: (copy) => {
      // Steps 1-2 by the command the guide gives as the other way.
      const r = copy.run(
        'scripts/meeting-edit.ts',
        ['move', 'office-hours', meetingToMove, dayAfter(meetingToMove), '--start', '16:30', '--duration', '90', 'KubeCon keynote'],
        { BUILD_NOW },
      );
      expect(r.status, r.output).toBe(0);
    },
    verify: (copy) => {
      const usual = officeHoursStart(copy, meetingToMove);
      const moved = officeHoursStart(copy, dayAfter(meetingToMove), '16:30');
      expect(officeHoursSection(copy)).toMatch(
        new RegExp(
          `<li data-ends="[^"]+" data-status="moved"><a href="/community/meetings/office-hours/${meetingToMove}/"><time datetime="${moved.iso}"[^>]*>[^<]+ 16:30-18:00 UTC</time></a><span><strong>Moved</strong> from <time datetime="${usual.iso}"[^>]*>[^<]+</time>: KubeCon keynote</span>`,
        ),
      );
      const feed = copy.read('dist/meetings/office-hours.ics');
      expect(feed).toContain(`\r\nRECURRENCE-ID:${usual.ics}\r\n`);
      const from = Date.parse(usual.iso) - 86_400_000;
      expect(expandFeed(feed, new Date(from), new Date(from + 4 * 86_400_000)).map((o) => o.start)).toEqual([moved.iso]);
    },
  },
  'Change the regular meeting time': {
    apply: (copy) => {
      // Steps 2-3: a new start under rule:, and the first meeting at the new time.
      copy.edit(MEETING_FILE, /^ {2}start: "[^"]*"$/m, '  start: "15:00"');
      copy.edit(MEETING_FILE, /^firstOccurrence: .*$/m, `firstOccurrence: ${newFirstMeeting}`);
    },
    verify: (copy) => {
      expect(copy.read('dist/governance/index.html')).toContain(
        'which take place every other Thursday at 15:00 UTC (11:00 in New York during daylight saving time, 10:00 otherwise).',
      );
      // Step 5: the charter on GitHub says the same.
      expect(copy.read('GOVERNANCE.md')).toContain(
        'which take place every other Thursday at 15:00 UTC (11:00 in New York during daylight saving time, 10:00 otherwise).',
      );
      expect(copy.read('GOVERNANCE.md')).toContain('**Every other Thursday, 15:00-16:00 UTC**');
      const section = officeHoursSection(copy);
      expect(section).toContain('<strong>Every other Thursday, 15:00-16:00 UTC</strong>');
      expect(section).toContain(`<time datetime="${newFirstMeeting}T15:00:00.000Z" data-end="`);
      // Calendars count from the first meeting at the new time: nothing earlier is claimed at a time it never had.
      const feed = copy.read('dist/meetings/office-hours.ics');
      expect(feed).toContain(`\r\nDTSTART:${newFirstMeeting.replace(/-/g, '')}T150000Z\r\n`);
      expect(expandFeed(feed, new Date('2025-01-01T00:00:00Z'), new Date(`${newFirstMeeting}T00:00:00Z`))).toEqual([]);
    },
  },
};

const guideTree = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .parse(readFileSync(join(projectRoot, 'content/docs/contributing.mdx'), 'utf8')) as Root;

/** The words of a heading. */
function textOf(node: Nodes): string {
  return 'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

/** The recipes in the guide: each h3 under "## Recipes", with the number of steps of its numbered list. */
function recipesInGuide(): { name: string; steps: number }[] {
  const found: { name: string; steps: number }[] = [];
  let inRecipes = false;
  for (const node of guideTree.children) {
    if (node.type === 'heading' && (node as Heading).depth === 2) inRecipes = textOf(node) === 'Recipes';
    else if (inRecipes && node.type === 'heading' && (node as Heading).depth === 3) found.push({ name: textOf(node), steps: 0 });
    else if (inRecipes && node.type === 'list' && (node as List).ordered && found.length > 0) found.at(-1)!.steps += (node as List).children.length;
  }
  return found;
}

describe('the recipes of the contributing guide', () => {
  it('each has a test here and five steps or fewer', () => {
    const inGuide = recipesInGuide();
    expect(inGuide.map((r) => r.name).sort()).toEqual(Object.keys(recipes).sort());
    for (const recipe of inGuide) {
      expect(recipe.steps, recipe.name).toBeGreaterThan(0);
      expect(recipe.steps, recipe.name).toBeLessThanOrEqual(5);
    }
  });

  describe('followed on a copy of the project, all together', () => {
    let copy: ProjectCopy;
    let firstRun: { status: number; output: string };
    let summary: string;
    let pasted: string[];
    let result: { status: number; output: string };
    beforeAll(() => {
      // The fixture content with the real guide in it, and the generated files as that content makes them: the state before the pull request.
      copy = new ProjectCopy().withFixtureContent();
      copy.write('content/docs/contributing.mdx', readFileSync(join(projectRoot, 'content/docs/contributing.mdx'), 'utf8'));
      runCommand(copy, 'scripts/generate.ts', []);
      contributingBefore = copy.read('CONTRIBUTING.md');
      for (const recipe of Object.values(recipes)) recipe.apply(copy);
      // The pull request's check, as GitHub runs it.
      const summaryFile = copy.path('.check-summary.md');
      firstRun = copy.run('scripts/check.ts', [], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile, BUILD_NOW });
      summary = copy.exists('.check-summary.md') ? copy.read('.check-summary.md') : '';
      // "Update the generated files": each file shown in the Summary, its text replaced by the text shown.
      pasted = [];
      const tree = unified().use(remarkParse).parse(summary) as Root;
      tree.children.forEach((node, i) => {
        if (node.type === 'heading' && (node as Heading).depth === 3) {
          const block = tree.children[i + 1] as Code;
          copy.write(textOf(node), block.value);
          pasted.push(textOf(node));
        }
      });
      for (const recipe of Object.values(recipes)) recipe.command?.(copy);
      result = copy.run('scripts/check.ts', [], { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', BUILD_NOW });
    });
    afterAll(() => copy.dispose());

    it('first fail the check only on the generated files, whose new text its Summary shows', () => {
      // The web-editor steps add one maintainer and move one to emeritus: MAINTAINERS.md changes,
      // the vote numbers (and so CONTRIBUTING.md) do not; the commands then add the twelfth.
      // The charter's wording and the regular meeting time change: GOVERNANCE.md shows both.
      expect(firstRun.status).toBe(1);
      expect(firstRun.output).toContain('2 problems.');
      expect(firstRun.output).toMatch(
        /^GOVERNANCE\.md:\d+: is out of date with content\/docs\/governance\.mdx, content\/maintainers\/, content\/meetings\/ .*; without npm, paste in the text shown in this check's Summary on GitHub$/m,
      );
      expect(firstRun.output).toMatch(
        /^MAINTAINERS\.md:\d+: is out of date with content\/maintainers\/ .*; without npm, paste in the text shown in this check's Summary on GitHub$/m,
      );
      expect(firstRun.output).toMatch(/^::error file=MAINTAINERS\.md,line=\d+,title=npm run check%3A generated files::is out of date/m);
      expect(summary).toMatch(/^## Generated files to update\n/);
      expect(pasted).toEqual(['MAINTAINERS.md', 'GOVERNANCE.md']);
    });

    it('pass npm run check once the generated files are pasted in and the commands have run', () => {
      expect(result.output).toContain('All checks passed.');
      expect(result.status).toBe(0);
    });

    it.each(Object.keys(recipes))('%s: shows on the built site', (name) => {
      recipes[name]!.verify(copy);
    });
  });
});
