import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../test-support/project.ts';

/**
 * Nothing under src/ knows one project's charter: its rules, headings, roles and words come
 * from content/. These are ModelSpec's, as its content states them (its charter's headings
 * and phrases, and every id and name of content/governance.yaml that is not a plain word);
 * no code that ships may spell one. Tests beside the code (*.test.ts) may: they pin behaviour
 * on content written for them.
 */
const CHARTER_WORDS = [
  'Maintainer Council',
  'New Maintainer Proposal',
  'Becoming a Maintainer',
  'Removing a Maintainer',
  'Modifying this Charter',
  'without prejudice to employer',
  'consulted on some project matters',
  'A 2/3 vote of existing Maintainers',
  'remaining maintainers',
];

interface GovernanceFile {
  roles: { id: string; bodyName?: string; section?: string }[];
  rules: { id: string; name: string; section?: string; proposal?: { title: string; criteriaSection?: string } }[];
}

/** Every id, section and name content/governance.yaml gives that is more than a plain word (maintainer, maintainers). */
function governanceWords(): string[] {
  const g = parse(readFileSync(join(projectRoot, 'content/governance.yaml'), 'utf8')) as GovernanceFile;
  const words = [
    ...g.roles.flatMap((r) => [r.bodyName, r.section === 'maintainers' ? undefined : r.section]),
    ...g.rules.flatMap((r) => [r.id, r.name, r.section, r.proposal?.title, r.proposal?.criteriaSection]),
  ];
  return [...new Set(words.filter((w): w is string => w !== undefined))];
}

function shippingFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return shippingFiles(path);
    return /\.(ts|astro|mjs|css)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe("no file of src/ names a governance concept of one project's content", () => {
  const words = [...CHARTER_WORDS, ...governanceWords()];

  it("takes ModelSpec's rule ids, sections and names from its content/governance.yaml", () => {
    expect(words).toEqual(
      expect.arrayContaining(['approve-new-maintainer', 'remove-maintainer', 'change-charter', 'becoming-a-maintainer', 'Maintainer Council']),
    );
  });

  it('finds none of them in the code that ships', () => {
    const found = shippingFiles(join(projectRoot, 'src')).flatMap((file) => {
      const text = readFileSync(file, 'utf8').toLowerCase();
      return words.filter((w) => text.includes(w.toLowerCase())).map((w) => `${relative(projectRoot, file)}: "${w}"`);
    });
    expect(found).toEqual([]);
  });
});
