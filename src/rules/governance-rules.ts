import type { ContentEntry, ContentProblem } from '../validation/validate.ts';
import type { Governance } from '../schemas/governance.ts';
import { didYouMean } from '../schemas/did-you-mean.ts';

/**
 * Checks of content/governance.yaml against the other files of content/, listed in
 * src/rules/index.ts: a vote rule's group (its body, when the body is a group) is a file of
 * content/groups/.
 */

/** What content/governance.yaml's rules may name besides its own roles: the groups there are. */
export interface GovernanceTargets {
  /** Ids of the groups: the file names in the groups folder without .yaml, whether or not the file has problems. */
  groupIds: readonly string[];
  groupsDir: string;
}

export type GovernanceRule = (entry: Pick<ContentEntry<Governance>, 'file' | 'data' | 'lineOf'>, targets: GovernanceTargets) => ContentProblem[];

/** Every group a vote rule names as its body has its file in content/groups/. */
export const ruleGroupsExist: GovernanceRule = (entry, targets) =>
  entry.data.rules.flatMap((rule, i) => {
    const id = rule.group;
    if (id === undefined || targets.groupIds.includes(id)) return [];
    const asRole = entry.data.roles.some((r) => r.id === id);
    const hint = didYouMean(id, targets.groupIds);
    const instead = asRole
      ? `${id} is a role of roles: write body: ${id} instead of group`
      : targets.groupIds.length === 0
        ? `there are no groups yet: add the group's file first, or write body: with a role of roles`
        : `${hint ? `did you mean group: ${hint}? ` : ''}write one of ${targets.groupIds.join(', ')}, or add the group's file`;
    const line = entry.lineOf(['rules', i, 'group']);
    return [
      {
        file: entry.file,
        ...(line === undefined ? {} : { line }),
        message: `rules.${i}.group: there is no group "${id}" (no file ${targets.groupsDir}/${id}.yaml); ${instead}`,
      },
    ];
  });
