import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticRoster } from '../scripts/generate-roster-fixture.ts';
import { validateCollection } from '../src/content/validate.ts';
import { affiliationCounts, voteThresholds } from '../src/roster/roster.ts';
import { maintainersCollection } from '../src/checks/collections.ts';

/** The synthetic roster the build benchmark uses must be one the build accepts. */
describe('the synthetic roster fixture', () => {
  it('writes N valid maintainer files in place of the real ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'roster-fixture-'));
    try {
      const dir = join(root, maintainersCollection.dir);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'gorkem.yaml'), 'handle: gorkem\nstatus: active\n');
      const counts = syntheticRoster(dir, 250);
      expect(counts).toEqual({ active: 225, emeritus: 25 });
      expect(readdirSync(dir)).toHaveLength(250);
      const { entries, problems } = validateCollection(root, maintainersCollection);
      expect(problems).toEqual([]);
      const roster = entries.map((e) => e.data);
      expect(roster.filter((m) => m.status === 'active')).toHaveLength(225);
      expect(voteThresholds(225)['approve-new-maintainer'].votesNeeded).toBe(150);
      expect(affiliationCounts(roster).counts.length).toBe(7);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
