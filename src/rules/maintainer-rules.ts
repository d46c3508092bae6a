import type { ContentEntry, ContentProblem } from '../validation/validate.ts';
import type { Maintainer } from '../schemas/maintainer.ts';
import type { CollectionRule, EntryRule } from './rule.ts';
import { didYouMean } from '../schemas/did-you-mean.ts';
import { GOVERNANCE_PATH, parseGovernance } from '../site/governance-file.ts';

/**
 * Checks across the fields of one maintainer file, and across the files of the
 * roster (content/maintainers/<handle>.yaml), listed in src/rules/index.ts.
 */

type Dated = { status?: string | undefined; since?: string | undefined; emeritusSince?: string | undefined };
/** The shorthand's dates and each listed role's, with the path of each holding's fields. */
const datedParts = (m: Maintainer): [Dated, (string | number)[]][] =>
  m.roles ? m.roles.map((h, i) => [h, ['roles', i]]) : [[{ status: m.status, since: m.since, emeritusSince: m.emeritusSince }, []]];

/** Only an emeritus holding has an emeritus date. */
export const activeHasNoEmeritusDate: EntryRule<Maintainer> = (m) =>
  datedParts(m).flatMap(([h, path]) =>
    h.status === 'active' && h.emeritusSince !== undefined
      ? [{ path: [...path, 'emeritusSince'], message: 'only an emeritus member has this date; remove emeritusSince, or write status: emeritus' }]
      : [],
  );

/** Nobody becomes emeritus in a role before taking it. */
export const emeritusNotBeforeSince: EntryRule<Maintainer> = (m) =>
  datedParts(m).flatMap(([h, path]) =>
    h.since !== undefined && h.emeritusSince !== undefined && h.emeritusSince < h.since
      ? [{ path: [...path, 'emeritusSince'], message: `${h.emeritusSince} is before since (${h.since}); write a day on or after ${h.since}, or correct since` }]
      : [],
  );

/** Every role a file lists is one of content/governance.yaml's, and listed once. */
export const rolesAreGovernanceRoles: CollectionRule<Maintainer> = (entries, root) => {
  // content/governance.yaml's own problems are reported at its lines.
  const { governance } = parseGovernance(root);
  if (!governance) return [];
  const ids = governance.roles.map((r) => r.id);
  return entries.flatMap((entry) =>
    (entry.data.roles ?? []).flatMap((h, i) => {
      if (!ids.includes(h.role)) {
        const hint = didYouMean(h.role, ids);
        return [
          {
            file: entry.file,
            line: entry.lineOf(['roles', i, 'role']),
            message: `roles.${i}.role: "${h.role}" is no role of ${GOVERNANCE_PATH}; ${hint ? `did you mean ${hint}? ` : ''}write one of ${ids.join(', ')}`,
          },
        ];
      }
      const first = entry.data.roles!.findIndex((x) => x.role === h.role && x.status === 'active');
      return h.status === 'active' && first !== i
        ? [
            {
              file: entry.file,
              line: entry.lineOf(['roles', i, 'role']),
              message: `roles.${i}.role: ${h.role} is listed as active twice; keep one, or make the earlier one emeritus with its emeritusSince`,
            },
          ]
        : [];
    }),
  );
};

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
