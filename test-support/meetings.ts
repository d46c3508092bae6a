import { meetingsCollection } from '../src/collections/registry.ts';
import type { MeetingSeries } from '../src/schemas/meeting.ts';
import { formatProblem, validateCollection } from '../src/validation/validate.ts';

/**
 * The meeting series in a folder (content/meetings/ by default), outside Astro:
 * for scripts and tests. Pages read the same files through getCollection('meetings').
 */
export function loadMeetingSeries(root: string, dir: string = meetingsCollection.dir): MeetingSeries[] {
  const { entries, problems } = validateCollection(root, { ...meetingsCollection, dir });
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return entries.map((e) => ({ id: e.id, ...e.data }));
}
