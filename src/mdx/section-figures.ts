import { docsCollection, maintainersCollection } from '../collections/registry.ts';
import type { SectionNote } from '../markdown/section-notes.ts';
import { thresholdInWords, thresholdRoute, thresholdToday } from '../roster/roster.ts';
import { basePath, loadSiteConfig, withBase } from '../site/config.ts';
import { loadGovernanceDocs } from '../site/governance-docs.ts';
import { loadGovernance } from '../site/governance-file.ts';
import { formatProblem, validateCollection } from '../validation/validate.ts';

/**
 * The figures of each vote rule beside the section of the charter that states it, for a
 * charter kept as plain Markdown (a GOVERNANCE.md edited by hand, with no components): the
 * same words <VoteThreshold /> shows in an MDX charter, by the heading id the rule's `section`
 * names, each linking to the rule's numbers on the roster page. An MDX charter gets none: it
 * shows its figures where its author put the component.
 */
export function charterSectionNotes(root: string): (file: string) => ReadonlyMap<string, readonly SectionNote[]> | undefined {
  return (file) => {
    const charter = loadGovernanceDocs(root, docsCollection.dir).charter;
    if (file !== charter.file || !file.toLowerCase().endsWith('.md')) return undefined;
    const governance = loadGovernance(root);
    const { entries, problems } = validateCollection(root, maintainersCollection);
    if (problems.length > 0) throw new Error(problems.map(formatProblem).join('; '));
    const roster = entries.map((e) => e.data);
    const base = basePath(loadSiteConfig(root));
    const notes = new Map<string, SectionNote[]>();
    for (const rule of governance.rules) {
      if (!rule.section) continue;
      const words = thresholdInWords(thresholdToday(rule, roster, governance), governance);
      const list = notes.get(rule.section) ?? [];
      list.push({ text: `${rule.name}: ${words}`, href: withBase(base, thresholdRoute(rule.id)) });
      notes.set(rule.section, list);
    }
    return notes;
  };
}
