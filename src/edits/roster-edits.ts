import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, isCollection, isMap, isScalar, isSeq, parseDocument, Scalar, stringify, type Pair, YAMLMap, YAMLSeq } from 'yaml';
import { maintainersCollection } from '../collections/registry.ts';
import type { Governance, Role } from '../schemas/governance.ts';
import { defaultRoleOf, holdingsOf, inSentence, subjectRoleOf, type RoleHolding } from '../roster/roles.ts';
import { GOVERNANCE_PATH, loadGovernance, parseGovernance } from '../site/governance-file.ts';
import { type ContentProblem, parseContentFile, validateCollection } from '../validation/validate.ts';
import { didYouMean } from '../schemas/did-you-mean.ts';
import { generatedFiles, writeGeneratedFiles, type GeneratedFile } from '../generated-files/files.ts';
import { readCommandLine, UsageError } from './command-line.ts';

/**
 * The two common roster edits as commands (`npm run new:maintainer`,
 * `npm run maintainer:emeritus`), so they need no YAML knowledge: a person takes a role of
 * content/governance.yaml, or leaves one. The role is the default one (the first, which a
 * file's shorthand status, since and emeritusSince hold) unless `--role` names another; the
 * commands keep "maintainer" in their names as the roster's folder and MAINTAINERS.md do, for
 * whoever is on the roster. Each edit is planned first: the file it would write is validated
 * with the collection's own schema and cross-file checks, together with every other person
 * file, and nothing is written unless all of it is valid. Then the file is written and every
 * generated file (MAINTAINERS.md, CONTRIBUTING.md …) is rewritten, so the pull request
 * carries all of them.
 */

/** A file to write, once planned and found valid. */
export interface RosterEdit {
  /** Repository-relative path, e.g. content/maintainers/ada.yaml. */
  file: string;
  text: string;
}

export type PlannedEdit = { edit: RosterEdit; problems: [] } | { edit?: undefined; problems: ContentProblem[] };

export interface NewMaintainer {
  handle: string;
  /** The id of a role of content/governance.yaml; the default role when not given. */
  role?: string;
  name?: string;
  affiliation?: string;
  /** YYYY-MM-DD; today (UTC) when not given. */
  since?: string;
}

const spec = maintainersCollection;

/** Today's date in UTC as YYYY-MM-DD: the default day of an addition or a move to emeritus. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The YAML of a new person, fields in the order of the schema and the other files: the default
 * role in the shorthand (status, since), any other as the one holding under roles.
 */
export function newMaintainerYaml(m: Required<Pick<NewMaintainer, 'handle' | 'since'>> & Omit<NewMaintainer, 'role'> & { listedRole?: string }): string {
  const fields: Record<string, unknown> = { handle: m.handle };
  if (m.name !== undefined) fields.name = m.name;
  if (m.affiliation !== undefined) fields.affiliation = m.affiliation;
  if (m.listedRole === undefined) {
    fields.status = 'active';
    fields.since = m.since;
  } else fields.roles = [{ role: m.listedRole, since: m.since }];
  // yaml quotes what would otherwise read as something else (a handle of digits, a name with ": ").
  return stringify(fields, { lineWidth: 0 });
}

/** The role `--role` asks for (the default one without it), or the problem that names the roles there are. */
function roleAskedFor(governance: Governance, asked: string | undefined): Role | ContentProblem {
  if (asked === undefined) return defaultRoleOf(governance);
  const role = governance.roles.find((r) => r.id === asked);
  if (role) return role;
  const ids = governance.roles.map((r) => r.id);
  const hint = didYouMean(asked, ids);
  return {
    file: GOVERNANCE_PATH,
    message: `--role: "${asked}" is no role of roles; ${hint ? `did you mean ${hint}? ` : ''}write --role with one of ${ids.join(', ')} (or leave it out for ${ids[0]})`,
  };
}

const isProblem = (x: Role | ContentProblem): x is ContentProblem => 'message' in x;

/** A holding in words, for a message: "committer", "reviewer (emeritus)". */
const holdingWords = (h: RoleHolding) => (h.status === 'active' ? h.role : `${h.role} (emeritus)`);

/**
 * Plans the role `input.role` (the default one without it) for `input.handle`: a new file
 * content/maintainers/<handle>.yaml, or a holding added to the person's file, which is turned
 * from the shorthand into roles only when it must hold a second one (every field, comment and
 * blank line stays).
 */
export function planNewMaintainer(root: string, input: NewMaintainer, opts: { today?: string } = {}): PlannedEdit {
  const { governance, problems: governanceProblems } = parseGovernance(root);
  if (!governance) return { problems: governanceProblems };
  const role = roleAskedFor(governance, input.role);
  if (isProblem(role)) return { problems: [role] };
  const defaultRole = defaultRoleOf(governance).id;
  const since = input.since ?? opts.today ?? todayUtc();
  const { entries, problems } = validateCollection(root, spec);

  const existing = maintainerFileFor(root, input.handle);
  let file = `${spec.dir}/${input.handle}.yaml`;
  let id = input.handle;
  let text: string;
  if (existing) {
    const entry = entries.find((e) => e.file === existing);
    // The same GitHub account in any case: one file, to which the role is added unless held.
    const held = entry ? holdingsOf(entry.data, defaultRole) : [];
    const account = entry && entry.data.handle !== input.handle ? `, the same GitHub account as "${input.handle}" (handles ignore case)` : '';
    if (held.some((h) => h.role === role.id && h.status === 'active'))
      return {
        problems: [
          {
            file: existing,
            line: entry!.lineOf(entry!.data.roles ? ['roles', held.findIndex((h) => h.role === role.id && h.status === 'active'), 'role'] : ['handle']),
            message: `handle: "${entry!.data.handle}" already holds the ${inSentence(role.singular)} role${account}; nothing was written. To change their entry, edit ${existing}`,
          },
        ],
      };
    if (!entry || problems.length > 0) return { problems };
    const differ = (['name', 'affiliation'] as const).filter((f) => input[f] !== undefined && input[f] !== entry.data[f]);
    if (differ.length > 0)
      return {
        problems: differ.map((f) => ({
          file: existing,
          line: entry.lineOf([f]) ?? entry.lineOf(['handle']),
          message: `${f}: ${entry.data.handle}'s file ${entry.data[f] === undefined ? `has no ${f}` : `says ${f}: ${entry.data[f]}`}, and --${f} gives "${input[f]}"; nothing was written. Leave --${f} out to add the role, and edit ${existing} to change the ${f}`,
        })),
      };
    file = existing;
    id = entry.id;
    text = addHolding(readFileSync(join(root, existing), 'utf8'), { role: role.id, since }, defaultRole);
  } else {
    text = newMaintainerYaml({ ...input, since, ...(role.id === defaultRole ? {} : { listedRole: role.id }) });
  }
  const parsed = parseContentFile(file, text, spec);
  const all = [...problems, ...parsed.problems];
  if (parsed.entry) all.push(...maintainersCollection.checkEntries([...entries.filter((e) => e.file !== file), { ...parsed.entry, id }], root));
  return all.length > 0 ? { problems: all } : { edit: { file, text }, problems: [] };
}

/**
 * What to say once a role is added: the pull request links the vote that approved the person,
 * by the title the charter gives its issue when it gives one (a rule whose subject is joining
 * the role: its body's, or its subjectRole); nothing about a vote when no rule adds to that role.
 */
export function afterNewRole(root: string, input: Pick<NewMaintainer, 'handle' | 'role'>): string {
  const governance = loadGovernance(root);
  const role = input.role ?? defaultRoleOf(governance).id;
  const joining = governance.rules.filter((r) => subjectRoleOf(r) === role && r.subject === 'joining');
  const titled = joining.find((r) => r.proposal);
  if (titled) return `, linking the ${titled.proposal!.title} whose vote approved ${input.handle}`;
  if (joining.length > 0) return `, linking the vote (${joining.map((r) => r.name).join(' or ')}) that approved ${input.handle}`;
  return '';
}

/**
 * Plans the end of a role: the holding of `opts.role` (without it, the one role the person
 * holds) becomes emeritus, with emeritusSince (today, UTC, unless given); every other field,
 * comment and blank line of the file stays as it was.
 */
export function planEmeritus(root: string, handle: string, opts: { role?: string; since?: string; today?: string } = {}): PlannedEdit {
  const { entries, problems } = validateCollection(root, spec);
  const file = maintainerFileFor(root, handle);
  if (!file) {
    const handles = entries.map((e) => e.data.handle);
    const guess = didYouMean(handle, handles);
    return {
      problems: [
        {
          file: spec.dir,
          message: `no maintainer file for "${handle}" (looked for ${spec.dir}/${handle}.yaml, in any case); ${guess ? `did you mean ${guess}? ` : ''}write the handle as the file is named`,
        },
      ],
    };
  }
  if (problems.length > 0) return { problems };
  const { governance, problems: governanceProblems } = parseGovernance(root);
  if (!governance) return { problems: governanceProblems };
  const asked = opts.role === undefined ? undefined : roleAskedFor(governance, opts.role);
  if (asked && isProblem(asked)) return { problems: [asked] };
  const entry = entries.find((e) => e.file === file)!;
  const person = entry.data;
  const holdings = holdingsOf(person, defaultRoleOf(governance).id);
  const listed = person.roles !== undefined;
  const at = (i: number, field: string) => (listed ? (entry.lineOf(['roles', i, field]) ?? entry.lineOf(['roles', i, 'role'])) : entry.lineOf([field]));
  const where = (i: number) => (listed ? `roles.${i}.` : '');
  const refuse = (line: number | undefined, message: string): PlannedEdit => ({ problems: [{ file, line, message }] });
  const emeritusDate = (h: RoleHolding) => (h.emeritusSince === undefined ? 'date not recorded' : `since ${h.emeritusSince}`);

  const candidates = holdings.flatMap((h, i) => (h.status === 'active' && (!asked || h.role === asked.id) ? [i] : []));
  if (candidates.length === 0) {
    const former = holdings.map((h, i) => [h, i] as const).filter(([h]) => !asked || h.role === asked.id);
    if (former.length === 0)
      return refuse(
        entry.lineOf(listed ? ['roles'] : ['status']),
        `${listed ? 'roles' : 'status'}: ${person.handle} holds no ${inSentence(asked!.singular)} role (their roles: ${holdings.map(holdingWords).join(', ')}); nothing was written. Name one they hold, e.g. --role ${holdings.find((h) => h.status === 'active')?.role ?? holdings[0]!.role}`,
      );
    const [h, i] = former.at(-1)!;
    return refuse(
      at(i, 'status'),
      `${where(i)}status: ${person.handle} is already emeritus${listed ? ` as ${inSentence(governance.roles.find((r) => r.id === h.role)?.singular ?? h.role)}` : ''} (${emeritusDate(h)}); nothing was written`,
    );
  }
  if (candidates.length > 1) {
    const roles = candidates.map((i) => holdings[i]!.role);
    return refuse(
      entry.lineOf(['roles']),
      `roles: ${person.handle} holds ${roles.length} roles (${roles.join(', ')}), and the command ends one; name it, e.g. npm run maintainer:emeritus -- ${person.handle} --role ${roles[0]}`,
    );
  }
  const since = opts.since ?? opts.today ?? todayUtc();
  const original = readFileSync(join(root, file), 'utf8');
  const text = listed ? endHolding(original, candidates[0]!, since) : markEmeritus(original, since);
  const parsed = parseContentFile(file, text, spec);
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  return { edit: { file, text }, problems: [] };
}

type Item = Pair<unknown, unknown>;
// As people write YAML by hand: no folding of long lines, [a, b] rather than [ a, b ].
const KEEP_FORMAT = { lineWidth: 0, flowCollectionPadding: false } as const;
const keyOf = (p: Item) => (isScalar(p.key) ? p.key.value : p.key);
const indexOf = (map: YAMLMap<unknown, unknown>, key: string) => map.items.findIndex((p) => keyOf(p) === key);

/** The top-level map of a person file, edited through yaml's Document so comments and the order of fields survive. */
function personMap(text: string): { doc: Document; map: YAMLMap<unknown, unknown> } {
  const doc = parseDocument(text);
  const map = doc.contents;
  if (!isMap(map)) throw new Error('a maintainer file is a list of "field: value" lines');
  return { doc, map };
}

/**
 * Sets `status: emeritus` and `emeritusSince` in `map`: emeritusSince goes after since (or after
 * status) when it is new, and status after `statusAfter` (at the end without it).
 */
function setEmeritus(doc: Document, map: YAMLMap<unknown, unknown>, emeritusSince: string, statusAfter?: string): void {
  const newPair = (key: string, value: string) => doc.createPair(key, value) as Item;
  setScalar(map.items[indexOf(map, 'status')], 'emeritus', () => {
    if (statusAfter !== undefined && indexOf(map, statusAfter) >= 0) map.items.splice(indexOf(map, statusAfter) + 1, 0, newPair('status', 'emeritus'));
    else map.items.push(newPair('status', 'emeritus'));
  });
  setScalar(map.items[indexOf(map, 'emeritusSince')], emeritusSince, () => {
    const after = indexOf(map, 'since') >= 0 ? indexOf(map, 'since') : indexOf(map, 'status');
    map.items.splice(after + 1, 0, newPair('emeritusSince', emeritusSince));
  });
}

/** The text of a shorthand person file with `status: emeritus` and `emeritusSince`. */
export function markEmeritus(text: string, emeritusSince: string): string {
  const { doc, map } = personMap(text);
  setEmeritus(doc, map, emeritusSince);
  return doc.toString(KEEP_FORMAT);
}

/** The text of a person file that lists roles, with the holding at `index` emeritus since `emeritusSince`. */
export function endHolding(text: string, index: number, emeritusSince: string): string {
  const { doc, map } = personMap(text);
  const roles = map.items[indexOf(map, 'roles')]?.value;
  const holding = isSeq(roles) ? roles.items[index] : undefined;
  if (!isMap(holding)) throw new Error(`roles has no holding ${index}`);
  setEmeritus(doc, holding as YAMLMap<unknown, unknown>, emeritusSince, 'role');
  return doc.toString(KEEP_FORMAT);
}

/**
 * The text of a person file with one more holding. A file that lists roles gets it at the end
 * of the list (written as a block list); a shorthand file becomes a list whose first holding is the default role with
 * the shorthand's own status, since and emeritusSince lines (moved with their comments), where
 * status stood.
 */
export function addHolding(text: string, holding: { role: string; since: string }, defaultRole: string): string {
  const { doc, map } = personMap(text);
  const added = doc.createNode({ role: holding.role, since: holding.since });
  const listed = map.items[indexOf(map, 'roles')];
  if (listed) {
    const roles = listed.value;
    if (!isSeq(roles)) throw new Error('roles is not a list');
    roles.items.push(added);
    // An inline list of maps cannot keep its spacing through yaml: it becomes the block list the commands write.
    if (roles.flow) for (const node of [roles, ...roles.items]) if (isCollection(node)) node.flow = false;
  } else {
    const shorthand = map.items.filter((p) => ['status', 'since', 'emeritusSince'].includes(String(keyOf(p))));
    const at = shorthand.length > 0 ? map.items.indexOf(shorthand[0]!) : map.items.length;
    const first = new YAMLMap<unknown, unknown>();
    first.items = [doc.createPair('role', defaultRole) as Item, ...shorthand];
    const roles = new YAMLSeq();
    roles.items = [first, added];
    map.items = map.items.filter((p) => !shorthand.includes(p));
    map.items.splice(at, 0, doc.createPair('roles', roles) as Item);
  }
  return doc.toString(KEEP_FORMAT);
}

/** Sets a pair's value, keeping the scalar node (and the comment on it); `add` when there is no pair. */
function setScalar(pair: Pair<unknown, unknown> | undefined, value: string, add: () => void): void {
  if (!pair) return add();
  const node = pair.value;
  if (isScalar(node)) {
    node.value = value;
    // A quoted value stays quoted; anything else becomes plain text.
    if (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE) node.type = Scalar.PLAIN;
  } else pair.value = new Scalar(value);
}

/** The file of a handle in the roster folder, matched without regard to case (as GitHub does). */
export function maintainerFileFor(root: string, handle: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(join(root, spec.dir));
  } catch {
    return undefined;
  }
  const wanted = handle.toLowerCase();
  const name = names.sort().find((n) => spec.extensions.some((ext) => n.endsWith(ext) && n.slice(0, -ext.length).toLowerCase() === wanted));
  return name ? `${spec.dir}/${name}` : undefined;
}

/**
 * Writes a planned edit and then every generated file (MAINTAINERS.md and
 * CONTRIBUTING.md show the roster), so one commit carries the whole change.
 * Returns the paths written.
 */
export async function applyRosterEdit(root: string, edit: RosterEdit, files: readonly GeneratedFile[] = generatedFiles): Promise<string[]> {
  writeFileSync(join(root, edit.file), edit.text);
  return [edit.file, ...(await writeGeneratedFiles(root, files))];
}

const ROLE_OPTION = `  --role: the id of a role under roles in ${GOVERNANCE_PATH}; without it, the first (the role a file's status and since are about)`;
export const NEW_MAINTAINER_USAGE = `usage: npm run new:maintainer -- <handle> [--role <role id>] [--name "Full Name"] [--affiliation "Organisation"] [--since YYYY-MM-DD]\n${ROLE_OPTION}`;
export const EMERITUS_USAGE = `usage: npm run maintainer:emeritus -- <handle> [--role <role id>] [--since YYYY-MM-DD]\n  --role: the role that ends, when the person holds more than one`;

/** The person and role asked for on the command line of `npm run new:maintainer --`; a UsageError otherwise. */
export function parseNewMaintainerArgs(argv: readonly string[]): NewMaintainer {
  const { positionals, values } = readCommandLine(argv, ['role', 'name', 'affiliation', 'since'], NEW_MAINTAINER_USAGE);
  const [handle, ...extra] = positionals;
  if (!handle || extra.length > 0) {
    throw new UsageError(
      `${handle ? `one handle at a time (got ${positionals.join(', ')}); put a name with spaces in quotes` : 'the GitHub handle is missing'}\n${NEW_MAINTAINER_USAGE}`,
    );
  }
  return { handle, ...values };
}

/** The handle, role and day asked for on the command line of `npm run maintainer:emeritus --`; a UsageError otherwise. */
export function parseEmeritusArgs(argv: readonly string[]): { handle: string; role?: string; since?: string } {
  const { positionals, values } = readCommandLine(argv, ['role', 'since'], EMERITUS_USAGE);
  const [handle, ...extra] = positionals;
  if (!handle || extra.length > 0) {
    throw new UsageError(`${handle ? `one handle at a time (got ${positionals.join(', ')})` : 'the GitHub handle is missing'}\n${EMERITUS_USAGE}`);
  }
  return { handle, ...(values.role === undefined ? {} : { role: values.role }), since: values.since };
}
