/**
 * The frontmatter of a Markdown or MDX file: a `---` line, YAML, and another `---`
 * line, at the very start. One pattern for every reader of it: content validation,
 * the time lint, the GitHub copy of a doc and the charter's rules.
 */
const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---\r?(?:\n|$)/;

export interface Frontmatter {
  /** The whole block, both `---` lines included. */
  block: string;
  /** The YAML between the two `---` lines ('' when there is none). */
  yaml: string;
  /** How many lines of the file the block takes. */
  lines: number;
}

/** The frontmatter at the start of `text`, or undefined when it has none (or it is not closed). */
export function readFrontmatter(text: string): Frontmatter | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const block = match[0];
  const newlines = block.split('\n').length - 1;
  return { block, yaml: match[1] ?? '', lines: block.endsWith('\n') ? newlines : newlines + 1 };
}
