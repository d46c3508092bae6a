import type { ContentEntry, ContentProblem } from '../validation/validate.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import type { CollectionRule, EntryRule } from './rule.ts';

/**
 * Checks across the fields of one maintainer file, and across the files of the
 * roster (content/maintainers/<handle>.yaml), listed in src/rules/index.ts.
 */

/** An emeritus maintainer has the day they became emeritus. */
export const emeritusHasItsDate: EntryRule<Maintainer> = (m) =>
  m.status === 'emeritus' && m.emeritusSince === undefined
    ? [{ path: ['emeritusSince'], message: 'missing; status is emeritus, so write the day the maintainer became emeritus, e.g. emeritusSince: 2025-06-01' }]
    : [];

/** Only an emeritus maintainer has an emeritus date. */
export const activeHasNoEmeritusDate: EntryRule<Maintainer> = (m) =>
  m.status === 'active' && m.emeritusSince !== undefined
    ? [{ path: ['emeritusSince'], message: 'only an emeritus maintainer has this date; remove emeritusSince, or write status: emeritus' }]
    : [];

/** Nobody becomes emeritus before becoming a maintainer. */
export const emeritusNotBeforeSince: EntryRule<Maintainer> = (m) =>
  m.since !== undefined && m.emeritusSince !== undefined && m.emeritusSince < m.since
    ? [{ path: ['emeritusSince'], message: `${m.emeritusSince} is before since (${m.since}); write a day on or after ${m.since}, or correct since` }]
    : [];

/** A maintainer's file is named after the handle. */
export const handleIsFileName: CollectionRule<Maintainer> = (entries) =>
  entries
    .filter((entry) => entry.id !== entry.data.handle)
    .map((entry) => {
      const { handle } = entry.data;
      const ext = entry.file.slice(entry.file.lastIndexOf('.'));
      const dir = entry.file.slice(0, entry.file.lastIndexOf('/'));
      return {
        file: entry.file,
        line: entry.lineOf(['handle']),
        message: `handle: "${handle}" differs from the file name "${entry.id}"; name the file after the handle (${dir}/${handle}${ext}), or write handle: ${entry.id} if that is the account`,
      };
    });

/** One GitHub account (handles ignore case) has one file. */
export const oneFilePerAccount: CollectionRule<Maintainer> = (entries) => {
  const problems: ContentProblem[] = [];
  const firstByHandle = new Map<string, ContentEntry<Maintainer>>();
  for (const entry of entries) {
    const { handle } = entry.data;
    const first = firstByHandle.get(handle.toLowerCase());
    if (first) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(['handle']),
        message: `handle: "${handle}" is the same GitHub account as "${first.data.handle}" in ${first.file} (handles ignore case); keep one file per maintainer and delete the other`,
      });
    } else {
      firstByHandle.set(handle.toLowerCase(), entry);
    }
  }
  return problems;
};
