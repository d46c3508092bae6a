import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { applyMeetingEdit, parseMeetingEditArgs } from '../src/edits/meeting-edits.ts';
import { loadMeetingSeries } from '../test-support/meetings.ts';
import { nextOccurrences } from '../src/meetings/occurrences.ts';
import { WEEKDAYS } from '../src/schemas/weekdays.ts';
import { buildEnv, FIXTURE_CONTENT, projectRoot } from '../test-support/project.ts';

/**
 * `npm run meeting:cancel` and `npm run meeting:move` (scripts/meeting-edit.ts),
 * run as npm runs them on a temporary folder holding a copy of the fixture
 * office hours (tests/fixtures/site/content/meetings/): what they print, what they
 * write, and what they refuse.
 */
const SCRIPT = join(projectRoot, 'scripts/meeting-edit.ts');
const FILE = 'content/meetings/office-hours.yaml';
const SOURCE = join(projectRoot, FIXTURE_CONTENT, 'meetings/office-hours.yaml');
const ORIGINAL = readFileSync(SOURCE, 'utf8');
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'meeting-edit-'));
  mkdirSync(join(root, 'content/meetings'), { recursive: true });
  copyFileSync(SOURCE, join(root, FILE));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** `npm run meeting:<kind> -- …args` in the temporary folder. */
function run(kind: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, kind, ...args], { cwd: root, encoding: 'utf8', env: buildEnv() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const current = () => readFileSync(join(root, FILE), 'utf8');
/** Meetings of the fixture's office hours some time ahead, from its data (never typed here). */
const [first, second] = nextOccurrences(
  loadMeetingSeries(join(projectRoot, FIXTURE_CONTENT, '..')).find((s) => s.id === 'office-hours')!,
  new Date('2027-03-01T00:00:00Z'),
  2,
).map((o) => o.start.toISOString().slice(0, 10)) as [string, string];

describe('npm run meeting:cancel', () => {
  it('adds the cancellation to the file, prints it, and the series reads it back cancelled', () => {
    const r = run('cancel', 'office-hours', first, 'Spring holidays');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(current()).toBe(`${ORIGINAL}cancelled:\n  - date: ${first}\n    reason: Spring holidays\n`);
    expect(r.stdout).toMatch(
      new RegExp(`^${FILE}: cancelled the meeting of \\w+day \\d+ \\w+ \\d{4}, \\d\\d:\\d\\d-\\d\\d:\\d\\d UTC \\(Spring holidays\\)\\.\\n`),
    );
    expect(r.stdout).toContain(`+ cancelled:\n+   - date: ${first}\n+     reason: Spring holidays\n`);
    const [series] = loadMeetingSeries(root);
    expect(nextOccurrences(series!, new Date(`${first}T00:00:00Z`), 1)[0]).toMatchObject({ status: 'cancelled', reason: 'Spring holidays' });
  });

  it('refuses a date that is not a meeting, names the nearest ones, and leaves the file as it was', () => {
    const r = run('cancel', 'office-hours', '2027-03-03', 'Holiday');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^error: ${FILE} not changed:\\n  the date: 2027-03-03 is not a date of this series \\(.+\\); the nearest are \\d{4}-\\d\\d-\\d\\d and \\d{4}-\\d\\d-\\d\\d\\n$`,
      ),
    );
    expect(current()).toBe(ORIGINAL);
  });

  it('lists the series there are when the name is wrong', () => {
    const r = run('cancel', 'office-hour', first, 'Holiday');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: no meeting series "office-hour"; did you mean office-hours? The series are: office-hours (files in content/meetings/)\n');
  });
});

describe('npm run meeting:move', () => {
  it('moves a meeting to another day and time after an earlier cancellation', () => {
    expect(run('cancel', 'office-hours', first, 'Spring holidays').status).toBe(0);
    const nextDay = new Date(Date.parse(`${second}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const r = run('move', 'office-hours', second, nextDay, '--start', '16:30', '--duration', '90', 'KubeCon keynote');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `to \\w+day \\d+ \\w+ \\d{4}, 16:30-18:00 UTC \\(KubeCon keynote\\)\\.\\n\\+ moved:\\n\\+   - date: ${second}\\n\\+     to: ${nextDay}\\n\\+     start: "16:30"\\n`,
      ),
    );
    expect(current()).toBe(
      `${ORIGINAL}cancelled:\n  - date: ${first}\n    reason: Spring holidays\nmoved:\n  - date: ${second}\n    to: ${nextDay}\n    start: "16:30"\n    durationMinutes: 90\n    reason: KubeCon keynote\n`,
    );
  });

  it('prints the usage when an argument is missing', () => {
    const r = run('move', 'office-hours', second, 'KubeCon');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'error: give the series, the usual date, the new date and the reason (3 given; put a reason of several words in quotes)\nusage: npm run meeting:move -- ',
    );
    expect(current()).toBe(ORIGINAL);
  });
});

describe('package.json', () => {
  it('runs the script for both commands', () => {
    const scripts = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['meeting:cancel']).toBe('node --import ./scripts/require-node.mjs scripts/meeting-edit.ts cancel');
    expect(scripts['meeting:move']).toBe('node --import ./scripts/require-node.mjs scripts/meeting-edit.ts move');
  });
});

describe('the contributing guide', () => {
  const guide = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .parse(readFileSync(join(projectRoot, 'content/docs/contributing.mdx'), 'utf8')) as Root;
  /** The YAML block and the npm command of a recipe. */
  function examples(recipe: string): { yaml: string; command: string } {
    const start = guide.children.findIndex((n) => n.type === 'heading' && 'children' in n && n.children.some((c) => 'value' in c && c.value === recipe));
    const end = guide.children.findIndex((n, i) => i > start && n.type === 'heading');
    const found: { yaml: string[]; command: string[] } = { yaml: [], command: [] };
    const visit = (node: Nodes) => {
      if (node.type === 'code' && node.lang === 'yaml') found.yaml.push(node.value);
      if (node.type === 'inlineCode' && node.value.startsWith('npm run meeting:')) found.command.push(node.value);
      if ('children' in node) (node.children as Nodes[]).forEach(visit);
    };
    guide.children.slice(start + 1, end === -1 ? undefined : end).forEach(visit);
    expect(found.yaml, recipe).toHaveLength(1);
    expect(found.command, recipe).toHaveLength(1);
    return { yaml: found.yaml[0]!, command: found.command[0]! };
  }

  it.each(['Cancel a meeting', 'Move one meeting'])('%s: its command writes what its YAML example shows', (recipe) => {
    const { yaml, command } = examples(recipe);
    const [, kind, ...rest] = /^npm run meeting:(cancel|move) -- (.*)$/.exec(command)!;
    const args = [...rest[0]!.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    const { edit } = parseMeetingEditArgs(kind as 'cancel' | 'move', args);
    // A weekly series on the example's weekday, so the example's date is one of its meetings.
    const weekday = WEEKDAYS[(new Date(`${edit.date}T00:00:00Z`).getUTCDay() + 6) % 7];
    const series = `title: T\ndescription: D\nrule:\n  weekday: ${weekday}\n  start: "14:00"\n  durationMinutes: 60\n  intervalWeeks: 1\n  timeZone: UTC\nfirstOccurrence: ${edit.date}\njoin:\n  url: https://example.org/call\n`;
    const written = applyMeetingEdit('content/meetings/example.yaml', series, edit).text;
    expect(parseYaml(written.slice(series.length))).toEqual(parseYaml(yaml));
  });
});
