import { describe, expect, it } from 'vitest';
import { groupCharterExists, groupMeetingsExist, meetingsListedOnce, onePlaceAtATime, placeEndsAfterItStarts, seriesInOneGroup } from './group-rules.ts';
import type { GroupData } from '../schemas/group.ts';
import type { ContentEntry } from '../validation/validate.ts';

const group = (fields: Partial<GroupData>): GroupData => ({ name: 'G', description: 'D', leads: [], members: [], meetings: [], channels: [], ...fields });
const entry = (id: string, data: GroupData): ContentEntry<GroupData> => ({ file: `content/groups/${id}.yaml`, id, data, lineOf: () => 7 });
const targets = {
  docs: ['governance.md', 'working-groups/runtime.md'],
  docsDir: 'content/docs',
  seriesIds: ['runtime-sync', 'spec-call'],
  meetingsDir: 'content/meetings',
};

describe('the rules of one group', () => {
  it('refuse a place that ends before it starts, and take one that ends on the day it starts', () => {
    expect(
      placeEndsAfterItStarts(
        group({
          members: [
            { handle: 'a', since: '2026-02-01', until: '2026-01-31' },
            { handle: 'b', since: '2026-02-01', until: '2026-02-01' },
          ],
        }),
      ),
    ).toEqual([{ path: ['members', 0, 'until'], message: '2026-01-31 is before since (2026-02-01); write the last day, on or after 2026-02-01' }]);
  });

  it('take a second term after the first, and refuse two places of one person at once (handles ignore case)', () => {
    const terms = [
      { handle: 'chen', since: '2024-06-01', until: '2025-12-31' },
      { handle: 'Chen', since: '2026-01-01' },
    ];
    expect(onePlaceAtATime(group({ leads: terms }))).toEqual([]);
    expect(onePlaceAtATime(group({ leads: [{ handle: 'chen' }, { handle: 'CHEN', since: '2026-01-01' }] }))[0]?.path).toEqual(['leads', 1, 'handle']);
    // A lead may be a member too: the lists are apart.
    expect(onePlaceAtATime(group({ leads: [{ handle: 'chen' }], members: [{ handle: 'chen' }] }))).toEqual([]);
  });

  it('refuse a series listed twice', () => {
    expect(meetingsListedOnce(group({ meetings: ['spec-call', 'spec-call'] }))).toEqual([
      { path: ['meetings', 1], message: 'spec-call is listed twice; remove this line' },
    ]);
  });
});

describe('the rules across groups', () => {
  it('find the charter among the docs, naming the same file in another case', () => {
    expect(groupCharterExists([entry('a', group({ charter: 'working-groups/runtime.md' }))], targets)).toEqual([]);
    expect(groupCharterExists([entry('a', group({ charter: 'Governance.md' }))], targets)).toEqual([
      {
        file: 'content/groups/a.yaml',
        line: 7,
        message: 'charter: content/docs/Governance.md does not exist; write charter: governance.md, as the file is named',
      },
    ]);
  });

  it('find each series, and give a series to one group only', () => {
    expect(groupMeetingsExist([entry('a', group({ meetings: ['spec-call'] }))], targets)).toEqual([]);
    const two = [entry('a', group({ meetings: ['spec-call'] })), entry('b', group({ meetings: ['runtime-sync', 'spec-call'] }))];
    expect(seriesInOneGroup(two, targets)).toEqual([
      {
        file: 'content/groups/b.yaml',
        line: 7,
        message:
          'meetings.1: the series spec-call is already a meeting of the group a (content/groups/a.yaml); a series belongs to one group: remove it from one of the two files',
      },
    ]);
  });
});
