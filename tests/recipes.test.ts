import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, List, Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { loadMeetingSeries } from '../src/lib/meetings/load.ts';
import { nextOccurrences, wallClockStart } from '../src/lib/meetings/occurrences.ts';
import { expandFeed } from './helpers/ical-expand.ts';
import { ProjectCopy } from './helpers/project.ts';

/**
 * The recipes of the contributing guide (content/docs/contributing.mdx), each
 * applied to a copy of the project the way a maintainer would follow it, then
 * checked with `npm run check` (content, build, links, generated files, time lint).
 * Every recipe in the guide must have an entry here, and none may take more than five steps.
 */
interface Recipe {
  /** Does to the copy what the recipe's steps say. */
  apply: (copy: ProjectCopy) => void;
  /** What the built site shows afterwards. */
  verify: (copy: ProjectCopy) => void;
}

/**
 * The copy is built as of this instant (MEETINGS_NOW), so the meetings the
 * meeting recipes change are among the page's next six, whatever today is.
 */
const MEETINGS_NOW = '2026-12-01T00:00:00Z';
const MEETING_FILE = 'content/meetings/office-hours.yaml';
/** The office hours' next meetings after MEETINGS_NOW, from the real data: the first at the new regular time, one to cancel, one to move. */
const [newFirstMeeting, meetingToCancel, meetingToMove] = (() => {
  const series = loadMeetingSeries(process.cwd()).find((s) => s.id === 'office-hours')!;
  return nextOccurrences(series, new Date(MEETINGS_NOW), 6)
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
  'Change the charter': {
    apply: (copy) => {
      // Steps 1-2: edit the wording of content/docs/governance.mdx.
      copy.edit('content/docs/governance.mdx', 'Maintainers may resign at any time', 'Maintainers may step down at any time');
    },
    verify: (copy) => {
      expect(copy.read('dist/governance/index.html')).toContain('Maintainers may step down at any time');
    },
  },
  'Add a page': {
    apply: (copy) => {
      // Steps 1-3: a new file in content/docs/, its frontmatter copied from the guide's and changed, a link by file.
      const guide = copy.read('content/docs/contributing.mdx');
      const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(guide)![0]
        .replace(/^title: .*$/m, 'title: Release process')
        .replace(/^description: .*$/m, 'description: How a release of the specification is cut.')
        .replace(/^order: .*$/m, 'order: 60')
        .replace(/^navLabel: .*\n/m, '');
      copy.write('content/docs/release-process.mdx', `${frontmatter}\nA release is proposed by a maintainer; see [the charter](./governance.mdx#maintainers).\n`);
    },
    verify: (copy) => {
      const page = copy.read('dist/release-process/index.html');
      expect(page).toContain('<title>Release process');
      expect(page).toContain('href="/community/governance/#maintainers"');
      expect(copy.read('dist/index.html')).toContain('href="/community/release-process/"');
    },
  },
  'Cancel a meeting': {
    apply: (copy) => {
      // Steps 2-3 in the web editor: the guide's lines added at the end of the file, with the date of a coming meeting.
      const lines = guideCode('Cancel a meeting').replace(/date: \S+/, `date: ${meetingToCancel}`).replace(/reason: .*/, 'reason: Winter holidays');
      copy.write(MEETING_FILE, `${copy.read(MEETING_FILE)}${lines}\n`);
    },
    verify: (copy) => {
      const start = officeHoursStart(copy, meetingToCancel);
      expect(officeHoursSection(copy)).toMatch(
        new RegExp(`<li data-ends="[^"]+" data-status="cancelled"><del><time datetime="${start.iso}"[^>]*>[^<]+</time></del><span><strong>Cancelled</strong>: Winter holidays</span>`),
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
      const r = copy.run('scripts/meeting-edit.ts', ['move', 'office-hours', meetingToMove, dayAfter(meetingToMove), '--start', '16:30', '--duration', '90', 'KubeCon keynote']);
      expect(r.status, r.output).toBe(0);
    },
    verify: (copy) => {
      const usual = officeHoursStart(copy, meetingToMove);
      const moved = officeHoursStart(copy, dayAfter(meetingToMove), '16:30');
      expect(officeHoursSection(copy)).toMatch(
        new RegExp(`<li data-ends="[^"]+" data-status="moved"><time datetime="${moved.iso}"[^>]*>[^<]+ 16:30-18:00 UTC</time><span><strong>Moved</strong> from <time datetime="${usual.iso}"[^>]*>[^<]+</time>: KubeCon keynote</span>`),
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
      copy.edit(MEETING_FILE, /^  start: "[^"]*"$/m, '  start: "15:00"');
      copy.edit(MEETING_FILE, /^firstOccurrence: .*$/m, `firstOccurrence: ${newFirstMeeting}`);
    },
    verify: (copy) => {
      expect(copy.read('dist/governance/index.html')).toContain('which occurs every other Thursday at 15:00 UTC (11:00 in New York during daylight saving time, 10:00 otherwise).');
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

const guideTree = unified().use(remarkParse).use(remarkMdx).parse(readFileSync(join(process.cwd(), 'content/docs/contributing.mdx'), 'utf8')) as Root;

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
    let result: { status: number; output: string };
    beforeAll(() => {
      copy = new ProjectCopy();
      for (const recipe of Object.values(recipes)) recipe.apply(copy);
      result = copy.run('scripts/check.ts', [], { GITHUB_ACTIONS: '', MEETINGS_NOW });
    });
    afterAll(() => copy.dispose());

    it('pass npm run check', () => {
      expect(result.output).toContain('All checks passed.');
      expect(result.status).toBe(0);
    });

    it.each(Object.keys(recipes))('%s: shows on the built site', (name) => {
      recipes[name]!.verify(copy);
    });
  });
});
