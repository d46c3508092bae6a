import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import type { Program } from 'estree';
import type { MdastPluginEntry } from 'satteri';
import {
  elementProblems,
  esmProblems,
  exportedComponents,
  expressionProblem,
  type JsxAttribute,
  MDX_COMPONENTS_MODULE,
  type MdxSafetyOptions,
} from './mdx-safety.ts';

type Positioned = { position?: { start: { line: number } } | undefined };
type RawAttribute = { type: string; name?: string; value?: unknown };

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
    const at = (node: Positioned, message: string) => problems.push(`${file}:${node.position?.start.line ?? 1}: ${message}`);
    const element = (node: Positioned & { name?: string | null; attributes: RawAttribute[] }) => {
      for (const message of elementProblems(node.name ?? '', node.attributes.map(jsxAttribute), componentOptions())) at(node, message);
    };
    const expression = (node: Positioned & { value: string }) => {
      const problem = expressionProblem(parseExpression(node.value), node.value);
      if (problem) at(node, problem);
    };
    return {
      name: 'mdx-code-guard',
      options: { position: true },
      mdxjsEsm(node) {
        let program: Program | undefined;
        try {
          program = parse(node.value, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Program;
        } catch {
          at(node, "this import could not be read; a doc may only import the site's components");
        }
        for (const problem of esmProblems(program, file, componentOptions())) at(node, problem.message);
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

/** The compiler's attribute as the rules take it; an {expression} value parsed by acorn, which reads it without running it. */
function jsxAttribute(attribute: RawAttribute): JsxAttribute {
  if (attribute.type === 'mdxJsxExpressionAttribute') return { spread: String(attribute.value ?? '') };
  const name = attribute.name ?? '';
  if (attribute.value !== null && typeof attribute.value === 'object') {
    const value = String((attribute.value as { value?: unknown }).value ?? '');
    return { name, expression: { value, program: parseExpression(value) ?? undefined } };
  }
  return { name, value: attribute.value === undefined || attribute.value === null ? null : String(attribute.value) };
}

/** A {…} of MDX read by acorn (without running it): undefined when it is not one expression (a comment, or code that does not parse). */
function parseExpression(value: string): Program | undefined {
  if (value.trim() === '') return undefined;
  try {
    return parse(`(${value}\n)`, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Program;
  } catch {
    return undefined;
  }
}
