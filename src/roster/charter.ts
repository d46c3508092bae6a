import { slug } from 'github-slugger';
import { readFrontmatter } from '../yaml/frontmatter.ts';

/**
 * Facts read out of the charter's own text (the doc content/site.yaml names as `charter`), so the
 * roster page and the proposal template quote the charter instead of retyping it:
 * the sentence that states each vote rule (where the charter shows the
 * <VoteThreshold rule="..."/> component), the sections the governance data names, and the list of
 * criteria in the section a proposal names.
 */

export interface CharterSection {
  title: string;
  /** The heading's id on the built page (the same slug rule as Astro's heading ids, for plain-text headings). */
  id: string;
}

export interface CharterVoteRule {
  /** The id of a rule of content/governance.yaml. */
  rule: string;
  /** The charter's sentence that states the rule, as plain text without the component. */
  sentence: string;
  section: CharterSection;
}

export interface Criterion {
  text: string;
  /** Sub-points the charter lists under the criterion, if any. */
  details: string[];
}

interface Block {
  section: CharterSection | undefined;
  lines: string[];
  /** 1-based line of the block's first line in the file. */
  line: number;
}

/** The id a heading gets on the built page: github-slugger's, as the markdown pipeline gives it. */
export function headingId(title: string): string {
  return slug(title.trim());
}

/** Plain text of inline Markdown: links keep their text, emphasis and code marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The charter's paragraphs and lists, split at blank lines, each with its section. */
function blocks(mdx: string): Block[] {
  const lines = mdx.split(/\r?\n/);
  const start = readFrontmatter(mdx)?.lines ?? 0;
  const result: Block[] = [];
  let section: CharterSection | undefined;
  let current: Block | undefined;
  let fenced = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading || line.trim() === '') {
      current = undefined;
      if (heading) section = { title: plainText(heading[1]!), id: headingId(plainText(heading[1]!)) };
      continue;
    }
    if (!current) {
      current = { section, lines: [], line: i + 1 };
      result.push(current);
    }
    current.lines.push(line);
  }
  return result;
}

const TAG = /<VoteThreshold\s+rule=["']([a-z-]+)["']\s*\/>/g;

/**
 * Where an MDX charter states each vote rule with `<VoteThreshold rule="…" />`, by rule id: a rule
 * it does not show is absent (a plain Markdown charter shows none). Throws, naming the file, when a
 * tag names no rule of `rules` or a rule is shown twice.
 */
export function charterVoteRules(mdx: string, file: string, rules: readonly string[]): Partial<Record<string, CharterVoteRule>> {
  const found = new Map<string, CharterVoteRule[]>();
  for (const block of blocks(mdx)) {
    const text = block.lines.join(' ');
    for (const match of text.matchAll(TAG)) {
      const rule = match[1]!;
      const sentences = text.split(/(?<=[.!?]["'”’)]*)\s+(?=["“(]?[A-Z])/);
      const sentence = sentences.find((s) => s.includes(match[0]))!;
      const list = found.get(rule) ?? [];
      list.push({
        rule,
        sentence: plainText(sentence.replace(TAG, '')).replace(/\s+([.,;:])/g, '$1'),
        section: block.section ?? { title: 'top', id: '' },
      });
      found.set(rule, list);
    }
  }
  const problems: string[] = [];
  for (const rule of found.keys())
    if (!rules.includes(rule))
      problems.push(
        rules.length === 0
          ? `<VoteThreshold rule="${rule}" /> names no rule; content/governance.yaml has none: add it there, or remove the component`
          : `<VoteThreshold rule="${rule}" /> names no rule; use one of ${rules.join(', ')}`,
      );
  for (const rule of rules) {
    const n = found.get(rule)?.length ?? 0;
    if (n > 1) problems.push(`<VoteThreshold rule="${rule}" /> appears ${n} times; keep it once, in the sentence that states the rule`);
  }
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  return Object.fromEntries([...found].map(([rule, list]) => [rule, list[0]!]));
}

/** The title of the charter heading whose id is `id`, or undefined when it has none. */
export function charterSectionTitle(mdx: string, id: string): string | undefined {
  return blocks(mdx).find((b) => b.section?.id === id)?.section?.title ?? headingTitles(mdx).find((h) => h.id === id)?.title;
}

/** Every heading of the charter, outside code. */
function headingTitles(mdx: string): CharterSection[] {
  const sections: CharterSection[] = [];
  let fenced = false;
  for (const line of mdx.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) sections.push({ title: plainText(heading[1]!), id: headingId(plainText(heading[1]!)) });
  }
  return sections;
}

/** The first list in the charter section `sectionId` (a rule's proposal.criteriaSection): what a nominee must demonstrate. */
export function nomineeCriteria(mdx: string, file: string, sectionId: string): Criterion[] {
  const list = blocks(mdx).find((b) => b.section?.id === sectionId && /^[-*+]\s/.test(b.lines[0]!));
  if (!list)
    throw new Error(
      `${file}: no list of criteria found under the heading with id "${sectionId}", which content/governance.yaml names as a proposal's criteriaSection; the proposal template is built from that list: add the list there, or correct criteriaSection`,
    );
  const criteria: Criterion[] = [];
  for (const line of list.lines) {
    const item = /^(\s*)[-*+]\s+(.*)$/.exec(line);
    if (!item) {
      // A wrapped line continues the item above it.
      const last = criteria.at(-1);
      if (last) {
        if (last.details.length > 0) last.details[last.details.length - 1] += ` ${line.trim()}`;
        else last.text += ` ${line.trim()}`;
      }
      continue;
    }
    // The charter's inline `code` notes ("this will need quantifying eventually") are remarks, not criteria.
    const text = plainText(item[2]!.replace(/`[^`]*`/g, '')).replace(/[:\s]+$/, '');
    if (item[1]!.length === 0 || criteria.length === 0) criteria.push({ text, details: [] });
    else criteria.at(-1)!.details.push(text);
  }
  return criteria;
}
