import { describe, expect, it } from 'vitest';
import type { RecordedDecision } from '../governance-feed/entries.ts';
import { approvingDecision, commitUrl, pullRequestUrl } from './links.ts';

const decision = (over: Partial<RecordedDecision>): RecordedDecision => ({
  id: 'd',
  title: 'Change the charter',
  closed: '2026-02-01',
  outcome: 'approved',
  changesCharter: true,
  heldAt: 'https://github.com/org/repo/pull/12',
  route: '/decisions/d/',
  ...over,
});

describe('approvingDecision', () => {
  it('finds the approved charter change held on the pull request', () => {
    const decisions = [
      decision({ id: 'other', heldAt: 'https://github.com/org/repo/pull/11' }),
      decision({ id: 'yes', heldAt: 'https://github.com/org/repo/pull/12/' }),
    ];
    expect(approvingDecision(decisions, pullRequestUrl('https://github.com/org/repo', 12))?.id).toBe('yes');
  });

  it('finds none without a pull request, for a rejected vote, or for a decision that does not change the charter', () => {
    expect(approvingDecision([decision({})], undefined)).toBeUndefined();
    expect(approvingDecision([decision({ outcome: 'rejected' })], 'https://github.com/org/repo/pull/12')).toBeUndefined();
    expect(approvingDecision([decision({ changesCharter: false })], 'https://github.com/org/repo/pull/12')).toBeUndefined();
  });
});

describe('links', () => {
  it('makes commit and pull request addresses on the repository', () => {
    expect(commitUrl('https://github.com/org/repo', 'abc')).toBe('https://github.com/org/repo/commit/abc');
    expect(pullRequestUrl('https://github.com/org/repo', 7)).toBe('https://github.com/org/repo/pull/7');
  });
});
