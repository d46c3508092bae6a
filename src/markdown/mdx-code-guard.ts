import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import {
  elementProblems,
  esmNodeProblems,
  exportedComponents,
  expressionProblem,
  jsxAttribute,
  MDX_COMPONENTS_MODULE,
  type MdxSafetyOptions,
  parseExpression,
  type RawJsxAttribute,
} from './mdx-safety.ts';

type Positioned = { position?: { start: { line: number } } | undefined };

/**
 * Mdast plugin, the first of an MDX doc's compile: the content check's rules for MDX
 * (src/markdown/mdx-safety.ts) once more, on the compiler's own reading of the file, so a
 * doc that would run code stops the compile even where the content check did not run first
 * (astro dev, a build started some other way). It only reads the tree, before the module
 * that would run the code is ever written.
 */
export function mdxCodeGuard(root: string): MdastPluginEntry {
  let options: MdxSafetyOptions | undefined;
  const componentOptions = () =>
    (options ??= {
      componentsModule: MDX_COMPONENTS_MODULE,
      components: exportedComponents(readFileSync(join(root, MDX_COMPONENTS_MODULE), 'utf8')),
    });
  return ({ fileURL }) => {
    const file = fileURL ? relative(root, fileURLToPath(fileURL)).split(sep).join('/') : '(unknown file)';
    const problems: string[] = [];
    const at = (line: number, message: string) => problems.push(`${file}:${line}: ${message}`);
    const lineOf = (node: Positioned) => node.position?.start.line ?? 1;
    const element = (node: Positioned & { name?: string | null; attributes: RawJsxAttribute[] }) => {
      for (const message of elementProblems(node.name ?? '', node.attributes.map(jsxAttribute), componentOptions())) at(lineOf(node), message);
    };
    const expression = (node: Positioned & { value: string }) => {
      const problem = expressionProblem(parseExpression(node.value), node.value);
      if (problem) at(lineOf(node), problem);
    };
    return {
      name: 'mdx-code-guard',
      options: { position: true },
      mdxjsEsm(node) {
        for (const problem of esmNodeProblems(node.value, file, componentOptions())) at(lineOf(node) + problem.line - 1, problem.message);
      },
      mdxFlowExpression: expression,
      mdxTextExpression: expression,
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      after() {
        if (problems.length > 0) throw new Error(`MDX that would run code when the site is built, in ${file}:\n${problems.join('\n')}`);
      },
    };
  };
}
