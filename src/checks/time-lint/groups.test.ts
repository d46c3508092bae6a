import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_NOW } from '../../meetings/clock.ts';
import { typedTimesAgreeWithMeetings } from '../project-checks.ts';
import { loadMeetingSeries } from '../../../test-support/meetings.ts';
import { occurrencesBetween } from '../../meetings/occurrences.ts';
import { readProseFiles } from './files.ts';
import { lintTimes } from './lint.ts';

/**
 * tests/fixtures/time-lint/: a doc listing twenty groups' meeting times, eight of which have
 * a series in content/meetings/ (weekly, every other week and monthly, in UTC, New York, Los
 * Angeles and Tokyo). Every time is right for its named series but SIG Storage's: 16:00 UTC is
 * 11:00 in New York in winter and 12:00 in summer. The other twelve groups' times, and the
 * newcomers' office hours, name no series: they are the author's own.
 */
const ROOT = join(process.cwd(), 'tests/fixtures/time-lint');

describe('the time lint on a doc of twenty groups, one of them wrong for its series', () => {
  let before: string | undefined;
  beforeEach(() => {
    before = process.env[BUILD_NOW];
    process.env[BUILD_NOW] = '2027-01-01';
  });
  afterEach(() => {
    if (before === undefined) delete process.env[BUILD_NOW];
    else process.env[BUILD_NOW] = before;
  });

  it('reports exactly the wrong time, naming its series, the day, what the data says then and what to write instead', () => {
    expect(typedTimesAgreeWithMeetings(ROOT)).toEqual({
      problems: [
        {
          file: 'content/docs/working-groups.md',
          line: 15,
          message:
            '"11:00 ET" is wrong for SIG Storage (sig-storage) on Wednesday 17 March 2027, when the data says 12:00 in New York, and on 16 more of its 26 meetings ahead; ' +
            "remove the time: the meetings page, the charter and the feeds show it from rule.start and rule.timeZone of content/meetings/sig-storage.yaml, in every reader's zone",
        },
      ],
    });
  });

  it("checks no time that names no series: the same row under another group's name is the author's own", () => {
    const series = loadMeetingSeries(ROOT);
    const occurrences = series.flatMap((s) => occurrencesBetween(s, new Date('2027-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z')));
    const doc = readProseFiles(ROOT).filter((f) => f.path === 'content/docs/working-groups.md');
    const names = { series: series.map((s) => ({ id: s.id, names: [s.title] })) };
    expect(lintTimes(doc, occurrences, names)).toHaveLength(1);
    const renamed = doc.map((f) => ({ ...f, text: f.text.replace('| SIG Storage |', '| SIG Volumes |') }));
    expect(lintTimes(renamed, occurrences, names)).toEqual([]);
  });
});
