import type { ContentEntry, ContentProblem } from '../validation/validate.ts';
import type { GroupData, GroupPlace } from '../schemas/group.ts';
import { didYouMean } from '../schemas/did-you-mean.ts';
import type { EntryRule, FieldProblem } from './rule.ts';

/**
 * Checks of the groups (content/groups/<id>.yaml), listed in src/rules/index.ts: across the
 * fields of one group, and against the docs and meeting series the groups name.
 */

/** What the groups' files may name: the docs and the meeting series that exist. */
export interface GroupTargets {
  /** Paths of the docs inside the docs folder (`working-groups/runtime.md`). */
  docs: readonly string[];
  docsDir: string;
  /** Ids of the meeting series (file names in the meetings folder without .yaml). */
  seriesIds: readonly string[];
  meetingsDir: string;
}

export type GroupRule = (entries: readonly ContentEntry<GroupData>[], targets: GroupTargets) => ContentProblem[];

const PLACE_LISTS = ['leads', 'members'] as const;

/** Nobody's place in a group ends before it starts. */
export const placeEndsAfterItStarts: EntryRule<GroupData> = (group) =>
  PLACE_LISTS.flatMap((list) =>
    group[list].flatMap((p, i): FieldProblem[] =>
      p.since && p.until && p.until < p.since
        ? [{ path: [list, i, 'until'], message: `${p.until} is before since (${p.since}); write the last day, on or after ${p.since}` }]
        : [],
    ),
  );

const overlap = (a: GroupPlace, b: GroupPlace) => (a.since ?? '') <= (b.until ?? '9999-12-31') && (b.since ?? '') <= (a.until ?? '9999-12-31');
const period = (p: GroupPlace) => `${p.since ?? 'no recorded start'} to ${p.until ?? 'no end'}`;

/** One person holds one place in a list at a time: a second term is a second entry, after the first ends. */
export const onePlaceAtATime: EntryRule<GroupData> = (group) =>
  PLACE_LISTS.flatMap((list) =>
    group[list].flatMap((p, i): FieldProblem[] => {
      const j = group[list].findIndex((q, k) => k < i && q.handle.toLowerCase() === p.handle.toLowerCase() && overlap(p, q));
      if (j < 0) return [];
      const first = group[list][j]!;
      return [
        {
          path: [list, i, 'handle'],
          message: `${p.handle} is already in ${list} on some of the same days (${list}.${j}: ${period(first)}); ${p.since && (first.since ?? '') < p.since ? `give ${list}.${j} an until before ${p.since}` : `give the two entries days that do not overlap`}, or remove one of the two`,
        },
      ];
    }),
  );

/** Each series is listed once in a group. */
export const meetingsListedOnce: EntryRule<GroupData> = (group) =>
  group.meetings.flatMap((id, i): FieldProblem[] =>
    group.meetings.indexOf(id) < i ? [{ path: ['meetings', i], message: `${id} is listed twice; remove this line` }] : [],
  );

const at = (entry: ContentEntry<unknown>, path: readonly PropertyKey[]) => {
  const line = entry.lineOf(path);
  return line === undefined ? {} : { line };
};

/** A group's charter is a doc that exists in the docs folder. */
export const groupCharterExists: GroupRule = (entries, targets) =>
  entries.flatMap((e) => {
    const charter = e.data.charter;
    if (charter === undefined || targets.docs.includes(charter)) return [];
    const sameButCase = targets.docs.find((d) => d.toLowerCase() === charter.toLowerCase());
    const near = sameButCase ?? didYouMean(charter, targets.docs);
    const instead = sameButCase
      ? `write charter: ${sameButCase}, as the file is named`
      : near
        ? `did you mean charter: ${near}? Write the path of a doc inside ${targets.docsDir}/, or add the file`
        : `write the path of a doc inside ${targets.docsDir}/${targets.docs[0] ? ` (e.g. charter: ${targets.docs[0]})` : ''}, or add the file`;
    return [{ file: e.file, ...at(e, ['charter']), message: `charter: ${targets.docsDir}/${charter} does not exist; ${instead}` }];
  });

/** Every meeting series a group lists exists. */
export const groupMeetingsExist: GroupRule = (entries, targets) =>
  entries.flatMap((e) =>
    e.data.meetings.flatMap((id, i) => {
      if (targets.seriesIds.includes(id)) return [];
      const hint = didYouMean(id, targets.seriesIds);
      return [
        {
          file: e.file,
          ...at(e, ['meetings', i]),
          message: `meetings.${i}: there is no meeting series "${id}" (no file ${targets.meetingsDir}/${id}.yaml)${hint ? `; did you mean ${hint}?` : ''} Write the id of one of: ${targets.seriesIds.join(', ') || 'none yet (add the series first)'}`,
        },
      ];
    }),
  );

/** A meeting series belongs to one group at most, so its page and feed name one group. */
export const seriesInOneGroup: GroupRule = (entries) => {
  const owner = new Map<string, ContentEntry<GroupData>>();
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    e.data.meetings.forEach((id, i) => {
      const first = owner.get(id);
      if (!first) owner.set(id, e);
      else if (first !== e)
        problems.push({
          file: e.file,
          ...at(e, ['meetings', i]),
          message: `meetings.${i}: the series ${id} is already a meeting of the group ${first.id} (${first.file}); a series belongs to one group: remove it from one of the two files`,
        });
    });
  }
  return problems;
};
