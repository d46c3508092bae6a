import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, List, Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectCopy } from './helpers/project.ts';

/**
 * The recipes of the contributing guide (content/docs/contributing.mdx), each
 * applied to a copy of the project the way a maintainer would follow it, then
 * checked with `npm run check` (content, build, links, generated files, time lint).
 * Every recipe in the guide must have an entry here, and none may take more than five steps.
 */
interface Recipe {
  /** Does to the copy what the recipe's steps say. */
  apply: (copy: ProjectCopy) => void;
  /** What the built site shows afterwards. */
  verify: (copy: ProjectCopy) => void;
}

const recipes: Record<string, Recipe> = {
  'Change the charter': {
    apply: (copy) => {
      // Steps 1-2: edit the wording of content/docs/governance.mdx.
      copy.edit('content/docs/governance.mdx', 'Maintainers may resign at any time', 'Maintainers may step down at any time');
    },
    verify: (copy) => {
      expect(copy.read('dist/governance/index.html')).toContain('Maintainers may step down at any time');
    },
  },
  'Add a page': {
    apply: (copy) => {
      // Steps 1-3: a new file in content/docs/, its frontmatter copied from the guide's and changed, a link by file.
      const guide = copy.read('content/docs/contributing.mdx');
      const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(guide)![0]
        .replace(/^title: .*$/m, 'title: Release process')
        .replace(/^description: .*$/m, 'description: How a release of the specification is cut.')
        .replace(/^order: .*$/m, 'order: 60')
        .replace(/^navLabel: .*\n/m, '');
      copy.write('content/docs/release-process.mdx', `${frontmatter}\nA release is proposed by a maintainer; see [the charter](./governance.mdx#maintainers).\n`);
    },
    verify: (copy) => {
      const page = copy.read('dist/release-process/index.html');
      expect(page).toContain('<title>Release process');
      expect(page).toContain('href="/community/governance/#maintainers"');
      expect(copy.read('dist/index.html')).toContain('href="/community/release-process/"');
    },
  },
};

const guideTree = unified().use(remarkParse).use(remarkMdx).parse(readFileSync(join(process.cwd(), 'content/docs/contributing.mdx'), 'utf8')) as Root;

/** The words of a heading. */
function textOf(node: Nodes): string {
  return 'value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

/** The recipes in the guide: each h3 under "## Recipes", with the number of steps of its numbered list. */
function recipesInGuide(): { name: string; steps: number }[] {
  const found: { name: string; steps: number }[] = [];
  let inRecipes = false;
  for (const node of guideTree.children) {
    if (node.type === 'heading' && (node as Heading).depth === 2) inRecipes = textOf(node) === 'Recipes';
    else if (inRecipes && node.type === 'heading' && (node as Heading).depth === 3) found.push({ name: textOf(node), steps: 0 });
    else if (inRecipes && node.type === 'list' && (node as List).ordered && found.length > 0) found.at(-1)!.steps += (node as List).children.length;
  }
  return found;
}

describe('the recipes of the contributing guide', () => {
  it('each has a test here and five steps or fewer', () => {
    const inGuide = recipesInGuide();
    expect(inGuide.map((r) => r.name).sort()).toEqual(Object.keys(recipes).sort());
    for (const recipe of inGuide) {
      expect(recipe.steps, recipe.name).toBeGreaterThan(0);
      expect(recipe.steps, recipe.name).toBeLessThanOrEqual(5);
    }
  });

  describe('followed on a copy of the project, all together', () => {
    let copy: ProjectCopy;
    let result: { status: number; output: string };
    beforeAll(() => {
      copy = new ProjectCopy();
      for (const recipe of Object.values(recipes)) recipe.apply(copy);
      result = copy.run('scripts/check.ts', [], { GITHUB_ACTIONS: '' });
    });
    afterAll(() => copy.dispose());

    it('pass npm run check', () => {
      expect(result.output).toContain('All checks passed.');
      expect(result.status).toBe(0);
    });

    it.each(Object.keys(recipes))('%s: shows on the built site', (name) => {
      recipes[name]!.verify(copy);
    });
  });
});
