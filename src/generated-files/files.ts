import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { docsCollection, maintainersCollection, meetingsCollection } from '../collections/registry.ts';
import { type ContentProblem, formatProblem } from '../validation/validate.ts';
import { renderForGitHub } from '../markdown/github-markdown.ts';
import { GENERATE_COMMAND } from '../site/commands.ts';
import { expectedMaintainersFile } from './maintainers-file.ts';
import { markdownComponents } from '../mdx/markdown.ts';
import { MAINTAINERS_FILE } from '../roster/roster.ts';
import { loadSiteConfig } from '../site/config.ts';
import { loadGovernanceDocs, siteNamedDocProblems } from '../site/governance-docs.ts';
import { absoluteUrl, fileUrl } from '../site/config.ts';
import { MEETINGS_PAGE } from '../site/nav.ts';
import { roleLists } from '../roster/roles.ts';
import { GOVERNANCE_PATH, GROUPS_DIR, loadGovernance, parseGovernance } from '../site/governance-file.ts';
import { rulesOfToday, type VoteRuleSpec } from '../decisions/vote-rule.ts';
import { validateCollection } from '../validation/validate.ts';
import { CODEOWNERS_FILE, codeownersText } from './codeowners.ts';
import { GITVOTE_FILE, gitVoteConfigText, gitVoteRefusals } from './gitvote-config.ts';
import { DOT_PROJECT_FILES, dotProjectMaintainersText, dotProjectProjectText, type DotProjectInput } from './dot-project.ts';
import { clomonitorNotices, type ContentHolds } from './clomonitor.ts';

/**
 * Files in the repository that are written from content/ (MAINTAINERS.md from
 * the roster, CONTRIBUTING.md from the contributing guide, GOVERNANCE.md from
 * the charter), so that GitHub
 * shows them while the fact stays stated once. `npm run generate` writes them;
 * `npm run check` fails when a committed copy differs from what content/ gives.
 */
export interface GeneratedFile {
  /** Repository-relative path of the written file. */
  path: string;
  /** The files it is made from (in the project at `root`), for the message ("edit those, not this"). */
  sources: readonly string[] | ((root: string) => readonly string[]);
  /** Whether the project at `root` has this file at all (a project without a contributing guide has no CONTRIBUTING.md); always, when absent. */
  wanted?: (root: string) => boolean;
  /** The whole text of the file, from the project at `root`. */
  render: (root: string) => string | Promise<string>;
}

/** The docs content/site.yaml names (it throws, with the line, when one is missing). */
const namedDocs = (root: string) => loadGovernanceDocs(root, docsCollection.dir);
/** The contributing guide's file; only asked of a project that has one (`wanted`). */
const contributingFile = (root: string) => namedDocs(root).contributing!.file;

/** The docs content/site.yaml names that do not exist; none while it cannot be read (each file's render says why). */
function missingDocsOf(root: string): ContentProblem[] {
  try {
    return siteNamedDocProblems(root, docsCollection.dir);
  } catch {
    return [];
  }
}

/** The groups folder, when a vote rule's body is a group: the files that name voters are made from it too. */
const groupSources = (root: string): string[] => ((parseGovernance(root).entry?.data.rules ?? []).some((r) => r.group !== undefined) ? [`${GROUPS_DIR}/`] : []);
/** The sources of a file that names a rule's voters: the roster, and the groups a rule names. */
const voterSources = (root: string) => ['content/site.yaml', GOVERNANCE_PATH, `${maintainersCollection.dir}/`, ...groupSources(root)];

const sourcesOf = (file: GeneratedFile, root: string): readonly string[] => (typeof file.sources === 'function' ? file.sources(root) : file.sources);
/** The files of `files` the project at `root` has; all of them when content/site.yaml cannot be read (its problem is then each file's). */
function wantedFiles(root: string, files: readonly GeneratedFile[]): GeneratedFile[] {
  return files.filter((file) => {
    try {
      return file.wanted?.(root) ?? true;
    } catch {
      return true;
    }
  });
}

/** A doc of content/docs/ as Markdown for the repository root, with the Markdown form of each component it may use. */
function docForGitHub(root: string, source: string): string {
  const site = loadSiteConfig(root);
  return renderForGitHub(readFileSync(join(root, source), 'utf8'), {
    root,
    fromFile: source,
    docsDir: docsCollection.dir,
    siteUrl: site.url,
    components: markdownComponents(root),
  });
}

/** The roster of the project at `root`; throws its problems (each file's render then says why it cannot be made). */
function rosterOf(root: string) {
  const { entries, problems } = validateCollection(root, maintainersCollection);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('; '));
  return entries.map((e) => e.data);
}

/** The vote rules of content/governance.yaml, each with its body's active members. */
const rulesOf = (root: string): VoteRuleSpec[] => rulesOfToday(loadGovernance(root), rosterOf(root));

/** The files written for other tools, as content/site.yaml asks for them. */
const repositoryFiles = (root: string) => loadSiteConfig(root).repositoryFiles;

/** The rule `id` of `rules`, or an error that lists the rules there are. */
function ruleNamed(rules: readonly VoteRuleSpec[], id: string): VoteRuleSpec {
  const rule = rules.find((r) => r.id === id);
  if (!rule)
    throw new Error(
      `content/site.yaml: repositoryFiles.codeowners.approvedBy: no vote rule "${id}" in content/governance.yaml; write one of ${rules.map((r) => r.id).join(', ') || '(none: the file has no rules)'}`,
    );
  return rule;
}

/** The .project files' input: the roster, and each governance document at its page on the site. */
function dotProjectInput(root: string): DotProjectInput {
  const site = loadSiteConfig(root);
  const config = site.repositoryFiles.cncfProject!;
  const docs = namedDocs(root);
  const roster = rosterOf(root);
  const page = (route: string) => absoluteUrl(site.url, route);
  // The default role's active holders are the managed team; every other role's, and everyone emeritus in a role, are listed unmanaged.
  const [main, ...others] = roleLists(roster, loadGovernance(root));
  const emeritus = [...new Set([main!, ...others].flatMap((list) => list.emeritus.map((h) => h.person.handle)))];
  const org = /^https:\/\/github\.com\/([^/]+)\//.exec(`${site.repository}/`)?.[1];
  return {
    slug: config.slug,
    name: site.project,
    description: site.description,
    website: site.url,
    repositories: [site.repository, ...site.repositories],
    maturityLog: config.maturityLog,
    ...(org ? { org } : {}),
    maintainers: main!.active.map((h) => h.person.handle),
    unmanagedTeams: [
      ...others.filter((list) => list.active.length > 0).map((list) => ({ name: list.role.id, members: list.active.map((h) => h.person.handle) })),
      ...(emeritus.length > 0 ? [{ name: 'emeritus', members: emeritus }] : []),
    ],
    governance: {
      charter: page(docs.charter.route),
      ...(docs.contributing ? { contributing: page(docs.contributing.route) } : {}),
      ...(docs.codeOfConduct ? { codeOfConduct: docs.codeOfConduct.kind === 'doc' ? page(docs.codeOfConduct.route) : docs.codeOfConduct.url } : {}),
      communityCalendar: page(MEETINGS_PAGE.route),
      ...(site.repositoryFiles.gitvote ? { gitvoteConfig: fileUrl(site, GITVOTE_FILE) } : {}),
      ...(site.repositoryFiles.codeowners ? { codeowners: fileUrl(site, CODEOWNERS_FILE) } : {}),
    },
    generateCommand: GENERATE_COMMAND,
  };
}

/** CODE_OF_CONDUCT.md: the doc as GitHub shows it, or a pointer to the one the project follows. */
function codeOfConductFile(root: string): string {
  const coc = namedDocs(root).codeOfConduct!;
  if (coc.kind === 'doc') return docForGitHub(root, coc.file);
  const site = loadSiteConfig(root);
  return `<!-- Generated from content/site.yaml (codeOfConduct) by \`${GENERATE_COMMAND}\`: edit that file, not this one. -->\n\n# Code of conduct\n\n${site.project} follows [this code of conduct](${coc.url}).\n`;
}

/** The files at the root, in docs/ and in .github/, where CLOMonitor looks, with those `npm run generate` writes. */
function filesWhereClomonitorLooks(root: string, generated: readonly string[]): string[] {
  const list = (dir: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((f) => (dir ? `${dir}/${f}` : f)) : []);
  return [...new Set([...list(''), ...list('docs'), ...list('.github'), ...generated])];
}

/** What content/ holds of each document CLOMonitor looks for, or how to add it. */
function contentHolds(root: string): ContentHolds {
  const docs = namedDocs(root);
  const add = (what: string, field: string, example: string) => `content/ has no ${what}; name its doc in content/site.yaml (${field}: ${example})`;
  const hasMeetings = existsSync(join(root, meetingsCollection.dir)) && readdirSync(join(root, meetingsCollection.dir)).some((f) => /\.ya?ml$/.test(f));
  return {
    governance: true,
    maintainers: true,
    contributing: docs.contributing ? true : add('contributing guide', 'contributing', 'CONTRIBUTING.md'),
    code_of_conduct: docs.codeOfConduct ? true : add('code of conduct', 'codeOfConduct', 'CODE_OF_CONDUCT.md'),
    security_policy: docs.securityPolicy ? true : add('security policy', 'securityPolicy', 'SECURITY.md'),
    community_meeting: hasMeetings ? true : `content/ has no meeting series; add one in ${meetingsCollection.dir}/`,
  };
}

/**
 * Every generated file of the repository. `npm run generate` writes these and
 * `npm run check` compares them.
 */
export const generatedFiles: readonly GeneratedFile[] = [
  {
    path: MAINTAINERS_FILE,
    sources: (root) => [`${maintainersCollection.dir}/`, ...groupSources(root)],
    render: (root) => {
      const { text, problems } = expectedMaintainersFile(root);
      if (text === undefined) throw new Error(problems.map(formatProblem).join('; '));
      return text;
    },
  },
  {
    path: 'CONTRIBUTING.md',
    // The roster too: the guide shows today's vote thresholds.
    sources: (root) => [contributingFile(root), `${maintainersCollection.dir}/`],
    wanted: (root) => namedDocs(root).contributing !== undefined,
    render: (root) => docForGitHub(root, contributingFile(root)),
  },
  {
    // The charter where GitHub, its community profile and project reviews look for it.
    path: 'GOVERNANCE.md',
    // The roster and the meetings too: it shows today's vote numbers and the meeting times.
    sources: (root) => [namedDocs(root).charter.file, `${maintainersCollection.dir}/`, `${meetingsCollection.dir}/`],
    render: (root) => docForGitHub(root, namedDocs(root).charter.file),
  },
  {
    // The governance's reviewers, the active voters of the rule content/site.yaml names.
    path: CODEOWNERS_FILE,
    sources: voterSources,
    wanted: (root) => repositoryFiles(root).codeowners !== undefined,
    render: (root) => {
      const rule = ruleNamed(rulesOf(root), repositoryFiles(root).codeowners!.approvedBy);
      const paths = ['content/', ...wantedFiles(root, generatedFiles).map((f) => f.path)];
      return codeownersText({ ruleName: rule.name, owners: rule.voters, paths, generateCommand: GENERATE_COMMAND });
    },
  },
  {
    path: GITVOTE_FILE,
    sources: voterSources,
    wanted: (root) => repositoryFiles(root).gitvote !== undefined,
    render: (root) => gitVoteConfigText(rulesOf(root), repositoryFiles(root).gitvote!, { generateCommand: GENERATE_COMMAND }),
  },
  {
    path: DOT_PROJECT_FILES.maintainers,
    sources: ['content/site.yaml', GOVERNANCE_PATH, `${maintainersCollection.dir}/`],
    wanted: (root) => repositoryFiles(root).cncfProject !== undefined,
    render: (root) => dotProjectMaintainersText(dotProjectInput(root)),
  },
  {
    path: DOT_PROJECT_FILES.project,
    sources: ['content/site.yaml', `${docsCollection.dir}/`],
    wanted: (root) => repositoryFiles(root).cncfProject !== undefined,
    render: (root) => dotProjectProjectText(dotProjectInput(root)),
  },
  {
    // Where GitHub and CLOMonitor look for it.
    path: 'CODE_OF_CONDUCT.md',
    sources: (root) => {
      const coc = namedDocs(root).codeOfConduct;
      return [coc?.kind === 'doc' ? coc.file : 'content/site.yaml'];
    },
    wanted: (root) => repositoryFiles(root).clomonitor && namedDocs(root).codeOfConduct !== undefined,
    render: codeOfConductFile,
  },
  {
    path: 'SECURITY.md',
    sources: (root) => [namedDocs(root).securityPolicy!.file],
    wanted: (root) => repositoryFiles(root).clomonitor && namedDocs(root).securityPolicy !== undefined,
    render: (root) => docForGitHub(root, namedDocs(root).securityPolicy!.file),
  },
];

/**
 * What the files for other tools cannot say, one line each, for the check's notices: each vote rule that
 * GitVote cannot hold, and each document CLOMonitor will not find. None while content/site.yaml or the
 * roster cannot be read (the check's problems say why).
 */
export function generatedFilesNotices(root: string, files: readonly GeneratedFile[] = generatedFiles): string[] {
  try {
    const wanted = repositoryFiles(root);
    const notices = wanted.gitvote ? gitVoteRefusals(rulesOf(root)) : [];
    if (wanted.clomonitor) {
      const generated = wantedFiles(root, files).map((f) => f.path);
      const readme = existsSync(join(root, 'README.md')) ? readFileSync(join(root, 'README.md'), 'utf8') : undefined;
      notices.push(...clomonitorNotices(contentHolds(root), filesWhereClomonitorLooks(root, generated), readme));
    }
    return notices;
  } catch {
    return [];
  }
}

/** Compares each committed file with what its sources give now: one problem per stale or missing file. */
export async function checkGeneratedFiles(root: string, files: readonly GeneratedFile[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const file of wantedFiles(root, files)) {
    let expected: string;
    let sources: readonly string[] = [];
    try {
      sources = sourcesOf(file, root);
      expected = await file.render(root);
    } catch (error) {
      problems.push({
        file: file.path,
        message: `cannot be generated${sources.length > 0 ? ` from ${sources.join(', ')}` : ''}: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    const full = join(root, file.path);
    if (!existsSync(full)) {
      problems.push({ file: file.path, message: `is missing; run ${GENERATE_COMMAND} and commit ${file.path}` });
      continue;
    }
    const actual = readFileSync(full, 'utf8');
    if (sameText(actual, expected)) continue;
    const line = firstDifferentLine(actual, expected);
    problems.push({
      file: file.path,
      line,
      message: `is out of date with ${sources.join(', ')} (line ${line} should read ${JSON.stringify(expected.split('\n')[line - 1] ?? '')}); it is generated: do not edit it by hand, edit ${sources.join(' or ')} and run ${GENERATE_COMMAND}, then commit ${file.path}`,
    });
  }
  return problems;
}

/**
 * Writes every file whose text changed; returns the paths written. All or nothing: when one
 * cannot be made, those written before it are put back as they were, and the error names each
 * file that failed. In order, each written before the next is made: the charter links to
 * MAINTAINERS.md, which a new project has only once it is written.
 */
export async function writeGeneratedFiles(root: string, files: readonly GeneratedFile[]): Promise<string[]> {
  // A doc content/site.yaml names but that does not exist is the one thing to fix, said once, not once per file.
  const missing = missingDocsOf(root);
  if (missing.length > 0) throw new GenerateError(missing.map(formatProblem));
  const before = new Map<string, string | undefined>();
  const written: string[] = [];
  const failures: string[] = [];
  for (const file of wantedFiles(root, files)) {
    let text: string;
    try {
      text = await file.render(root);
    } catch (error) {
      failures.push(`${file.path} cannot be generated: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const full = join(root, file.path);
    const old = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    if (old === text) continue;
    before.set(full, old);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    written.push(file.path);
  }
  if (failures.length > 0) {
    for (const [full, old] of before) {
      if (old === undefined) rmSync(full, { force: true });
      else writeFileSync(full, old);
    }
    throw new GenerateError(failures);
  }
  return written;
}

/** Why `npm run generate` wrote nothing: one line per file that could not be made. */
export class GenerateError extends Error {
  readonly failures: readonly string[];
  constructor(failures: readonly string[]) {
    super(`no file was written:\n${failures.join('\n')}`);
    this.name = 'GenerateError';
    this.failures = failures;
  }
}

/**
 * Equal but for blank space at the very end: a file pasted into GitHub's editor
 * (see staleFilesSummary) may lose or gain its final newline, which changes nothing
 * GitHub shows. `npm run generate` still writes the exact text.
 */
function sameText(actual: string, expected: string): boolean {
  return actual.trimEnd() === expected.trimEnd();
}

/**
 * For a maintainer who edits in GitHub's web editor and cannot run
 * `npm run generate`: the whole text of each generated file that is stale, as
 * Markdown for the summary of the pull request's check run, with what to do with
 * it. Undefined when every file is up to date (or cannot be generated: the
 * check's problems say why).
 */
export async function staleFilesSummary(root: string, files: readonly GeneratedFile[]): Promise<string | undefined> {
  const sections: string[] = [];
  for (const file of wantedFiles(root, files)) {
    let expected: string;
    try {
      expected = await file.render(root);
    } catch {
      continue;
    }
    const full = join(root, file.path);
    if (existsSync(full) && sameText(readFileSync(full, 'utf8'), expected)) continue;
    // A fence longer than any run of backticks inside, so the file's own code blocks stay inside it.
    const fence = '`'.repeat(Math.max(3, ...[...expected.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    const language = /\.ya?ml$/.test(file.path) ? 'yaml' : file.path.endsWith('.md') ? 'markdown' : 'text';
    sections.push(`### ${file.path}\n\n${fence}${language}\n${expected.replace(/\n$/, '')}\n${fence}\n`);
  }
  if (sections.length === 0) return undefined;
  return [
    '## Generated files to update',
    '',
    `These files are written from \`content/\`, and this pull request changes what they must say. On your own computer, run \`${GENERATE_COMMAND}\` and commit them. In GitHub's editor instead: open each file below on your pull request's branch, choose "Edit", replace all of its text with the text shown here, and commit.`,
    '',
    ...sections,
  ].join('\n');
}

function firstDifferentLine(actual: string, expected: string): number {
  const a = actual.split('\n');
  const b = expected.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i + 1;
}
