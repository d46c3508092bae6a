import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatProblem, validateCollection } from '../src/validation/validate.ts';
import { meetingRecordsCollection, meetingsCollection } from '../src/collections/registry.ts';
import { validateAllContent } from '../src/checks/content.ts';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * The bad-input corpus of meeting records (content/meetings/<series>/<YYYY-MM-DD>.md),
 * next to the fixture series community-call (weekly on Tuesday from 2027-01-05 to
 * 2027-03-30; 2027-01-19 cancelled, 2027-01-26 moved to 2027-01-28, an extra session
 * on 2027-02-04): each record and the exact messages it gives.
 */
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function problemsOf(records: Record<string, string>): string[] {
  const root = mkdtempSync(join(tmpdir(), 'meeting-records-'));
  roots.push(root);
  mkdirSync(join(root, 'content/meetings'), { recursive: true });
  copyFileSync('tests/fixtures/meetings/community-call.yaml', join(root, 'content/meetings/community-call.yaml'));
  for (const [path, text] of Object.entries(records)) {
    mkdirSync(dirname(join(root, 'content/meetings', path)), { recursive: true });
    writeFileSync(join(root, 'content/meetings', path), text);
  }
  expect(validateCollection(root, meetingsCollection).problems).toEqual([]);
  return validateCollection(root, meetingRecordsCollection).problems.map(formatProblem);
}

const D = 'content/meetings/community-call';
const AGENDA = '\n## Agenda\n\n- Release 1.0\n';

describe('meeting records', () => {
  it('accepts a record on a usual date, a cancelled one, the usual date of a moved one, an extra session, and a template with no field yet', () => {
    expect(
      problemsOf({
        'community-call/2027-01-12.md': `---\nrecordingUrl: https://www.youtube.com/watch?v=x1\nnotesUrl: https://docs.example.org/notes\n---\n${AGENDA}`,
        'community-call/2027-01-19.md': `---\n---\n${AGENDA}`,
        'community-call/2027-01-26.md': `---\nslidesUrl: https://example.org/slides.pdf\n---\n${AGENDA}`,
        'community-call/2027-02-04.md': `---\n# recordingUrl: https://…\n---\n${AGENDA}`,
      }),
    ).toEqual([]);
  });

  it('are not read for a site that has none (the fixture site)', () => {
    expect(validateCollection(join(process.cwd(), 'tests/fixtures/site'), meetingRecordsCollection)).toEqual({ entries: [], problems: [], ignored: [] });
  });

  it('names a date that is not a meeting of the series, with the nearest dates that are', () => {
    expect(problemsOf({ 'community-call/2027-01-13.md': `---\n---\n${AGENDA}` })).toEqual([
      `${D}/2027-01-13.md: 2027-01-13 is not a meeting of community-call (every Tuesday from 2027-01-05 to 2027-03-30); the nearest are 2027-01-12 and 2027-01-19: rename the file to one of 2027-01-12.md, 2027-01-19.md`,
    ]);
    expect(problemsOf({ 'community-call/2027-04-06.md': `---\n---\n${AGENDA}` })).toEqual([
      `${D}/2027-04-06.md: 2027-04-06 is not a meeting of community-call (every Tuesday from 2027-01-05 to 2027-03-30); the nearest are 2027-03-30: rename the file to one of 2027-03-30.md`,
    ]);
  });

  it('sends the record of a moved meeting to its usual date, where its page is', () => {
    expect(problemsOf({ 'community-call/2027-01-28.md': `---\n---\n${AGENDA}` })).toEqual([
      `${D}/2027-01-28.md: 2027-01-28 is where the meeting of 2027-01-26 was moved; name the record after the meeting's usual date, ${D}/2027-01-26.md`,
    ]);
  });

  it('names a series that does not exist, and the one probably meant', () => {
    expect(problemsOf({ 'comunity-call/2027-01-12.md': `---\n---\n${AGENDA}` })).toEqual([
      `content/meetings/comunity-call/2027-01-12.md: there is no meeting series "comunity-call" (no file content/meetings/comunity-call.yaml); did you mean community-call? Move the record into the folder of one of: community-call`,
    ]);
  });

  it('names a file that is not named after a date, or not in a series folder', () => {
    expect(
      problemsOf({
        'community-call/agenda.md': `---\n---\n${AGENDA}`,
        'community-call/2027-02-30.md': `---\n---\n${AGENDA}`,
        'community-call/2027/2027-01-12.md': `---\n---\n`,
      }),
    ).toEqual([
      `${D}/2027/2027-01-12.md: a meeting record is named after the date of its meeting in the folder of its series, content/meetings/<series>/; rename it to YYYY-MM-DD.md, e.g. content/meetings/community-call/2026-12-10.md`,
      `${D}/2027-02-30.md: a meeting record is named after the date of its meeting; rename it to YYYY-MM-DD.md, e.g. ${D}/2026-12-10.md`,
      `${D}/agenda.md: a meeting record is named after the date of its meeting; rename it to YYYY-MM-DD.md, e.g. ${D}/2026-12-10.md`,
    ]);
  });

  it('rejects an unknown field, naming the one probably meant, and a link that is not https', () => {
    expect(
      problemsOf({
        'community-call/2027-01-12.md': `---\nrecording: https://www.youtube.com/watch?v=x1\nnotesUrl: http://docs.example.org/notes\n---\n${AGENDA}`,
      }),
    ).toEqual([
      `${D}/2027-01-12.md:3: notesUrl: write the https:// address, e.g. https://docs.google.com/document/d/abc123`,
      `${D}/2027-01-12.md:2: unknown field "recording"; did you mean recordingUrl? (allowed fields: recordingUrl, notesUrl, slidesUrl, attended)`,
    ]);
  });

  it('names a file of another kind in a series folder', () => {
    expect(problemsOf({ 'community-call/2027-01-12.txt': 'notes' })).toEqual([
      `${D}/2027-01-12.txt: not part of the meeting records collection: only .md files are read here; rename it or move it out of content/meetings/`,
    ]);
  });

  it('are checked with the rest of the content, and a series file is not read as a record', () => {
    // The fixture content (tests/fixtures/site/content) and the components module its docs import.
    const root = mkdtempSync(join(tmpdir(), 'meeting-records-'));
    roots.push(root);
    cpSync('tests/fixtures/site/content', join(root, 'content'), { recursive: true });
    cpSync('src/mdx/index.ts', join(root, 'src/mdx/index.ts'));
    expect(validateAllContent(root)).toEqual([]);
  });
});

describe('the time lint', () => {
  it("leaves a record's notes alone: they speak of that one meeting, not of the schedule ahead", async () => {
    const root = mkdtempSync(join(tmpdir(), 'meeting-records-'));
    roots.push(root);
    mkdirSync(join(root, 'content/meetings/community-call'), { recursive: true });
    copyFileSync('tests/fixtures/meetings/community-call.yaml', join(root, 'content/meetings/community-call.yaml'));
    writeFileSync(
      join(root, 'content/meetings/community-call/2027-01-12.md'),
      '---\n---\n\n## Notes\n\n- Proposed: from March the community call meets on Tuesday at 09:00 UTC.\n',
    );
    const { typedTimesAgreeWithMeetings } = await import('../src/checks/project-checks.ts');
    // As of a day the series (2027-01-05 to 2027-03-30) still has meetings ahead, whatever the run's day.
    vi.stubEnv('BUILD_NOW', '2027-01-01');
    try {
      expect(typedTimesAgreeWithMeetings(root)).toEqual({ problems: [] });
      // The same sentence in a doc is compared with the meetings of the series it names.
      mkdirSync(join(root, 'content/docs'), { recursive: true });
      writeFileSync(join(root, 'content/docs/meetings.md'), '---\ntitle: T\ndescription: D\n---\n\nThe community call meets on Tuesday at 09:00 UTC.\n');
      expect(typedTimesAgreeWithMeetings(root).problems.length).toBeGreaterThan(0);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('an extra session on a usual date of its series', () => {
  it('is refused: the two meetings would share one page', () => {
    const root = mkdtempSync(join(tmpdir(), 'meeting-records-'));
    roots.push(root);
    mkdirSync(join(root, 'content/meetings'), { recursive: true });
    const text = readFileSync('tests/fixtures/meetings/community-call.yaml', 'utf8').replace('  - date: 2027-02-04\n', '  - date: 2027-02-09\n');
    writeFileSync(join(root, 'content/meetings/community-call.yaml'), text);
    const line = text.split('\n').indexOf('  - date: 2027-02-09') + 1;
    expect(validateCollection(root, meetingsCollection).problems.map(formatProblem)).toEqual([
      `content/meetings/community-call.yaml:${line}: extra.0.date: 2027-02-09 is already a date of this series, and each meeting's page is named by its date; for another time that day, list it under moved with a start instead, or give the extra session a day the series does not meet on`,
    ]);
  });
});

describe('a build with a broken link in a meeting record', () => {
  it('stops, naming the record and the line of each link that leads nowhere', () => {
    const copy = new ProjectCopy().withFixtureContent();
    try {
      copy.write('content/meetings/community-call.yaml', readFileSync('tests/fixtures/meetings/community-call.yaml', 'utf8'));
      copy.write('content/meetings/community-call/2027-01-12.md', '---\n---\n\n## Agenda\n\n- See [the old charter](../../docs/charter.md)\n');
      // With a broken link in a doc and a #fragment no heading has in another: one build names all three.
      copy.edit('content/docs/governance.mdx', '(../../MAINTAINERS.md)', '(./MAINTAINERS.md)');
      copy.edit('content/docs/code-of-conduct.mdx', './governance.mdx#code-of-conduct', './governance.mdx#code-of-conduckt');
      const r = copy.run('scripts/build.ts', [], { BUILD_NOW: '2027-01-01T00:00:00Z' });
      expect(r.status).toBe(1);
      const problems = r.output.split('\n').filter((l) => l.startsWith('content/'));
      expect(problems).toEqual([
        expect.stringMatching(/^content\/docs\/governance\.mdx:\d+: link "\.\/MAINTAINERS\.md" leads to "content\/docs\/MAINTAINERS\.md"/),
        'content/meetings/community-call/2027-01-12.md:6: link "../../docs/charter.md" leads to "content/docs/charter.md", which is not a file of the repository; no file of the repository has a name near it: link to a file that exists, or remove the link',
        expect.stringMatching(
          /^content\/docs\/code-of-conduct\.mdx:\d+: link "\/community\/governance\/#code-of-conduckt" on page \/community\/code-of-conduct\/ /,
        ),
      ]);
      copy.write('content/meetings/community-call/2027-01-12.md', '---\n---\n\n## Agenda\n\n- See [the roster](/community/maintainerz/)\n');
      const again = copy.run('scripts/build.ts', [], { BUILD_NOW: '2027-01-01T00:00:00Z' });
      expect(again.status).toBe(1);
      expect(again.output).toMatch(
        /content\/meetings\/community-call\/2027-01-12\.md:6: link "\/community\/maintainerz\/" on page \/community\/meetings\/community-call\/2027-01-12\/ /,
      );
    } finally {
      copy.dispose();
    }
  }, 300_000);
});

describe('who attended a meeting', () => {
  it('is a list of GitHub handles, maintainers or not, on a meeting held or moved', () => {
    expect(
      problemsOf({
        'community-call/2027-01-12.md': `---\nattended:\n  - ana-fixture\n  - someone-else\n---\n${AGENDA}`,
        'community-call/2027-01-26.md': `---\nattended: [Ana-Fixture]\n---\n${AGENDA}`,
      }),
    ).toEqual([]);
  });

  it('names a handle listed twice (in any case), a handle GitHub does not allow, and a list written as text', () => {
    expect(
      problemsOf({
        'community-call/2027-01-12.md': `---\nattended:\n  - ana-fixture\n  - Ana-Fixture\n---\n${AGENDA}`,
        'community-call/2027-02-02.md': `---\nattended:\n  - "@ana-fixture"\n---\n${AGENDA}`,
        'community-call/2027-02-09.md': `---\nattended: ana-fixture, ben-fixture\n---\n${AGENDA}`,
      }),
    ).toEqual([
      `${D}/2027-02-02.md:3: attended.0: "@ana-fixture" contains "@", which GitHub does not allow; a GitHub handle has 1 to 39 letters, digits and single hyphens, with no hyphen at the start or end (e.g. ana-fixture, if that is the account)`,
      `${D}/2027-02-09.md:2: attended: write who attended as a list of GitHub handles, e.g.\n  attended:\n    - ada-lovelace\n    - grace-hopper`,
      // The checks across fields and files come after each file's own fields.
      `${D}/2027-01-12.md:4: attended.1: Ana-Fixture is listed already (attended.0); remove this line`,
    ]);
  });

  it('is refused at a cancelled meeting, with the way out if it was held after all', () => {
    expect(problemsOf({ 'community-call/2027-01-19.md': `---\nattended: [ana-fixture]\n---\n${AGENDA}` })).toEqual([
      `${D}/2027-01-19.md:2: attended: the meeting of 2027-01-19 is cancelled (Winter break); remove attended, or take the date out of cancelled in content/meetings/community-call.yaml if it was held`,
    ]);
  });
});
