import { governanceSchema } from '../schemas/governance.ts';
import { describe, expect, it } from 'vitest';
import type { Maintainer } from '../schemas/maintainer.ts';
import type { MeetingSeries } from '../schemas/meeting.ts';
import { meetingDetailsFacts, meetingDetailsTag, meetingWhenTag, meetingWhenText, seriesNamed, voteThresholdFacts } from './facts.ts';

const steering: MeetingSeries = {
  id: 'steering-call',
  title: 'Steering Call',
  description: 'The open steering call.',
  rule: { weekday: 'tuesday', start: '17:30', durationMinutes: 45, intervalWeeks: 2, timeZone: 'Europe/Berlin' },
  firstOccurrence: '2025-01-07',
  join: { platform: 'Jitsi', url: 'https://meet.example.org/steering', passcode: '012345' },
} as MeetingSeries;

describe('seriesNamed', () => {
  it('finds the series, else names the tag, the missing file, the likely series and those that exist', () => {
    expect(seriesNamed([steering], 'steering-call', 'x')).toBe(steering);
    expect(() => seriesNamed([steering], 'steering-cal', `${meetingDetailsTag('steering-cal')} on /governance/`)).toThrow(
      '<MeetingDetails id="steering-cal" /> on /governance/: there is no meeting series "steering-cal" (no file content/meetings/steering-cal.yaml); did you mean steering-call? Write one of: steering-call',
    );
    expect(() => seriesNamed([], undefined, meetingWhenTag(undefined, undefined))).toThrow(
      '<MeetingWhen id="" />: there is no meeting series "" (no file content/meetings/.yaml) Write one of: none yet',
    );
  });
});

describe('meetingWhenText', () => {
  it('words the series on its own clock, with another zone when asked, and refuses a zone that does not exist', () => {
    expect(meetingWhenText(steering, undefined, 'x')).toBe('every other Tuesday at 17:30 Berlin time');
    expect(meetingWhenText(steering, 'UTC', 'x')).toBe('every other Tuesday at 17:30 Berlin time (15:30 or 16:30 in UTC, depending on daylight saving time)');
    const tag = meetingWhenTag('steering-call', 'Europe/Berln');
    expect(tag).toBe('<MeetingWhen id="steering-call" alsoIn="Europe/Berln" />');
    expect(() => meetingWhenText(steering, 'Europe/Berln', tag)).toThrow('<MeetingWhen id="steering-call" alsoIn="Europe/Berln" />: alsoIn: ');
  });
});

describe('meetingDetailsFacts', () => {
  it("gives the rule in words, how to join (no meeting ID when there is none) and the series' place on the meetings page", () => {
    expect(meetingDetailsFacts(steering)).toEqual({
      rule: 'Every other Tuesday, 17:30-18:15 Berlin time',
      platform: 'Jitsi',
      joinUrl: 'https://meet.example.org/steering',
      meetingId: undefined,
      passcode: '012345',
      meetingsRoute: '/meetings/#steering-call',
    });
  });
});

describe('voteThresholdFacts', () => {
  const active = (handle: string): Maintainer => ({ handle, name: handle, status: 'active', since: '2024-01-01' }) as Maintainer;

  it("words today's threshold for the rule and links to the roster page's thresholds; an unknown rule names the rules", () => {
    const governance = governanceSchema.parse({
      roles: [{ id: 'committer', singular: 'Committer', plural: 'Committers' }],
      rules: [
        { id: 'add-committer', name: 'Add a committer', body: 'committer', threshold: '2/3', base: 'members', subject: 'joining' },
        { id: 'motion', name: 'Motion', body: 'committer', threshold: 'majority', base: 'votes-cast' },
      ],
    });
    const { words, route } = voteThresholdFacts('add-committer', ['a', 'b', 'c'].map(active), governance);
    expect(route).toBe('/maintainers/#thresholds');
    expect(words).toBe('2 of 3 committers');
    expect(voteThresholdFacts('motion', [], governance).words).toBe('no vote can be held: no committer is active');
    expect(() => voteThresholdFacts('approve', [], governance)).toThrow('<VoteThreshold rule="approve" />: unknown rule; use one of add-committer, motion');
  });
});
