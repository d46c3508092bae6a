import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsCollection, maintainersCollection, meetingsCollection } from './collections.ts';
import { meetingDetailsMarkdown, meetingWhenMarkdown } from './charter-file.ts';
import { type ContentProblem, formatProblem } from '../content/validate.ts';
import { renderForGitHub } from '../markdown/github-markdown.ts';
import { markdownUrl } from '../markdown/inline-text.ts';
import { GENERATE_COMMAND } from '../site/commands.ts';
import { expectedMaintainersFile, voteThresholdMarkdown } from './maintainers-file.ts';
import { MAINTAINERS_FILE } from '../roster/roster.ts';
import { absoluteUrl, loadSiteConfig } from '../site/config.ts';
import { CONTENT_REFERENCE_ROUTE } from '../site/nav.ts';
import { CHARTER_DOC_ID } from '../roster/charter.ts';

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
  /** The files it is made from, for the message ("edit those, not this"). */
  sources: readonly string[];
  /** The whole text of the file, from the project at `root`. */
  render: (root: string) => string | Promise<string>;
}

const CONTRIBUTING_SOURCE = `${docsCollection.dir}/contributing.mdx`;
const CHARTER_SOURCE = `${docsCollection.dir}/${CHARTER_DOC_ID}.mdx`;

/** A doc of content/docs/ as Markdown for the repository root, with the Markdown form of each component it may use. */
function docForGitHub(root: string, source: string): string {
  const site = loadSiteConfig(root);
  return renderForGitHub(readFileSync(join(root, source), 'utf8'), {
    root,
    fromFile: source,
    docsDir: docsCollection.dir,
    siteUrl: site.url,
    components: {
      VoteThreshold: (attributes) => voteThresholdMarkdown(root, attributes.rule),
      RepositoryLink: (_attributes, children) => `[${children}](${markdownUrl(site.repository)})`,
      ContentReferenceLink: (_attributes, children) => `[${children}](${markdownUrl(absoluteUrl(site.url, CONTENT_REFERENCE_ROUTE))})`,
      MeetingWhen: (attributes) => meetingWhenMarkdown(root, attributes),
      MeetingDetails: (attributes) => meetingDetailsMarkdown(root, attributes),
    },
  });
}

/**
 * Every generated file of the repository. `npm run generate` writes these and
 * `npm run check` compares them.
 */
export const generatedFiles: readonly GeneratedFile[] = [
  {
    path: MAINTAINERS_FILE,
    sources: [`${maintainersCollection.dir}/`],
    render: (root) => {
      const { text, problems } = expectedMaintainersFile(root);
      if (text === undefined) throw new Error(problems.map(formatProblem).join('; '));
      return text;
    },
  },
  {
    path: 'CONTRIBUTING.md',
    // The roster too: the guide shows today's vote thresholds.
    sources: [CONTRIBUTING_SOURCE, `${maintainersCollection.dir}/`],
    render: (root) => docForGitHub(root, CONTRIBUTING_SOURCE),
  },
  {
    // The charter where GitHub, its community profile and project reviews look for it.
    path: 'GOVERNANCE.md',
    // The roster and the meetings too: it shows today's vote numbers and the meeting times.
    sources: [CHARTER_SOURCE, `${maintainersCollection.dir}/`, `${meetingsCollection.dir}/`],
    render: (root) => docForGitHub(root, CHARTER_SOURCE),
  },
];

/** Compares each committed file with what its sources give now: one problem per stale or missing file. */
export async function checkGeneratedFiles(root: string, files: readonly GeneratedFile[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const file of files) {
    let expected: string;
    try {
      expected = await file.render(root);
    } catch (error) {
      problems.push({
        file: file.path,
        message: `cannot be generated from ${file.sources.join(', ')}: ${error instanceof Error ? error.message : String(error)}`,
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
      message: `is out of date with ${file.sources.join(', ')} (line ${line} should read ${JSON.stringify(expected.split('\n')[line - 1] ?? '')}); it is generated: do not edit it by hand, edit ${file.sources.join(' or ')} and run ${GENERATE_COMMAND}, then commit ${file.path}`,
    });
  }
  return problems;
}

/** Writes every file whose text changed; returns the paths written. */
export async function writeGeneratedFiles(root: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const text = await file.render(root);
    const full = join(root, file.path);
    if (existsSync(full) && readFileSync(full, 'utf8') === text) continue;
    writeFileSync(full, text);
    written.push(file.path);
  }
  return written;
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
  for (const file of files) {
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
    sections.push(`### ${file.path}\n\n${fence}markdown\n${expected.replace(/\n$/, '')}\n${fence}\n`);
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
