import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_NOW } from '../../meetings/clock.ts';
import { typedTimesAgreeWithMeetings } from '../project-checks.ts';

/**
 * A series is named by its group too (content/groups/): the fixture site with the groups of
 * tests/fixtures/groups/, whose Runtime Working Group meets in Runtime Sync, every other
 * Wednesday at 16:00 on the Berlin clock, and a doc that names the group, not the series.
 */
describe('the time lint and groups', () => {
  let root: string;
  let before: string | undefined;
  beforeEach(() => {
    before = process.env[BUILD_NOW];
    process.env[BUILD_NOW] = '2027-04-15';
    root = mkdtempSync(join(tmpdir(), 'time-lint-groups-'));
    cpSync('tests/fixtures/site/content', join(root, 'content'), { recursive: true });
    cpSync('tests/fixtures/groups/content', join(root, 'content'), { recursive: true });
  });
  afterEach(() => {
    if (before === undefined) delete process.env[BUILD_NOW];
    else process.env[BUILD_NOW] = before;
    rmSync(root, { recursive: true, force: true });
  });

  it("checks a time in a sentence that names a series' group against that series", () => {
    writeFileSync(join(root, 'content/docs/working-groups/calls.md'), '# Calls\n\nThe Runtime Working Group meets every other Wednesday at 15:00 CEST.\n');
    const { problems } = typedTimesAgreeWithMeetings(root);
    expect(problems.map((p) => [p.file, p.line, p.message.slice(0, p.message.indexOf(' on '))])).toEqual([
      ['content/docs/working-groups/calls.md', 3, '"Wednesday at 15:00 CEST" is wrong for Runtime Sync (runtime-sync)'],
    ]);
  });

  it('takes the right time in such a sentence, and leaves alone one that names neither the group nor a series', () => {
    writeFileSync(
      join(root, 'content/docs/working-groups/calls.md'),
      '# Calls\n\nThe Specification Working Group meets every fourth Tuesday at 09:00 PT.\n\n## Reading club\n\nA reading club meets at 15:00 CEST.\n',
    );
    expect(typedTimesAgreeWithMeetings(root).problems).toEqual([]);
  });
});
