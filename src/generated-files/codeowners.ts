/**
 * `.github/CODEOWNERS`: the governance content and the files written from it are owned by the members of
 * the body that approves governance changes, today's, by handle (an emeritus member owns nothing), so
 * GitHub asks them to review every change to the governance.
 */

export const CODEOWNERS_FILE = '.github/CODEOWNERS';

export interface CodeownersInput {
  /** The rule whose body approves changes to the governance, named in the header. */
  ruleName: string;
  /** Its members today, by GitHub handle. */
  owners: readonly string[];
  /** Folders (ending in "/") and files of the repository, as paths from its root. */
  paths: readonly string[];
  generateCommand: string;
}

/**
 * A CODEOWNERS path, anchored at the root: a space or "#" escaped with a backslash. GitHub's CODEOWNERS has no
 * "!" negation and no "[ ]" ranges, and "*" or "?" would own more than the file: a path with one is refused.
 */
function codeownersPattern(path: string): string {
  if (/[*?[\]!\\]/.test(path)) throw new Error(`${path}: a path with * ? [ ] ! or \\ cannot be written exactly in CODEOWNERS; rename it`);
  return `/${path.replace(/([ #])/g, '\\$1')}`;
}

export function codeownersText(input: CodeownersInput): string {
  if (input.owners.length === 0) throw new Error(`the body of "${input.ruleName}" has no active member today, and a CODEOWNERS line needs an owner`);
  const owners = input.owners.map((h) => `@${h}`).join(' ');
  const width = Math.max(...input.paths.map((p) => codeownersPattern(p).length));
  return [
    `# Generated from content/ by \`${input.generateCommand}\`: edit content/, not this file.`,
    `# Owners: the active members of the body of "${input.ruleName}", which approves changes to the governance.`,
    ...input.paths.map((p) => `${codeownersPattern(p).padEnd(width)} ${owners}`),
    '',
  ].join('\n');
}
