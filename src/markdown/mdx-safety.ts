import { posix } from 'node:path';
import { parse } from 'acorn';
import type { Node as EstreeNode, Program } from 'estree';
import { mdxToMdast } from 'satteri';
import { refusedHtml } from './allowed-html.ts';

/**
 * MDX is JavaScript: an `import` or a `{…}` in a doc runs when the site is built, on
 * the machine that builds it (CI, for every pull request). A doc may import the site's
 * author components by name from their one module, use them and the HTML GitHub allows
 * with plain values, and write comments; nothing else. This reads each file with the
 * compiler's own MDX parser (Sätteri's, in Rust), and the JavaScript in it with acorn,
 * which parses it without running it, and names the line of anything else before
 * anything is evaluated.
 */
export interface MdxSafetyOptions {
  /** Repository-relative path of the module authors import components from (src/mdx/index.ts). */
  componentsModule: string;
  /** The components that module exports. */
  components: readonly string[];
}

export interface MdxProblem {
  line: number;
  column?: number;
  message: string;
}

/** The module authors import components from (repository-relative). */
export const MDX_COMPONENTS_MODULE = 'src/mdx/index.ts';

/** The names src/mdx/index.ts exports (`export { default as MeetingWhen } from …`), read from its text. */
export function exportedComponents(moduleText: string): string[] {
  return [...moduleText.matchAll(/^export\s*\{\s*default\s+as\s+([A-Z]\w*)\s*\}\s*from/gm)].map((m) => m[1]!);
}

type Positioned = { position?: { start: { line: number } } | undefined };
/** An MDX attribute as the compiler's tree gives it. */
export type RawJsxAttribute = { type: string; name?: string; value?: unknown };
type MdxNode = Positioned & { type: string; children?: MdxNode[]; name?: string | null; value?: string; attributes?: RawJsxAttribute[] };

/** Every problem of the MDX file `file` (repository-relative) with text `text`, at its line in the file. */
export function mdxSafetyProblems(file: string, text: string, opts: MdxSafetyOptions): MdxProblem[] {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(text) as MdxNode;
  } catch (error) {
    return [mdxSyntaxProblem(error instanceof Error ? error.message : String(error))];
  }
  const importPath = relativeImport(file, opts.componentsModule);
  const imported = new Set<string>();
  const problems: MdxProblem[] = [];
  const at = (node: Positioned, message: string) => problems.push({ line: node.position?.start.line ?? 1, message });

  const visit = (node: MdxNode) => {
    if (node.type === 'mdxjsEsm') {
      for (const p of esmNodeProblems(node.value ?? '', file, opts, imported)) problems.push({ ...p, line: (node.position?.start.line ?? 1) + p.line - 1 });
      return;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const problem = expressionProblem(parseExpression(node.value ?? ''), node.value ?? '');
      if (problem) at(node, problem);
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      for (const message of elementProblems(name, (node.attributes ?? []).map(jsxAttribute), opts)) at(node, message);
      if (opts.components.includes(name) && !imported.has(name)) {
        at(node, `<${name}> is used but not imported; add ${name} to the import at the top: import { ${name} } from '${importPath}'`);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };

  // Imports first: a component may be used above its import.
  for (const child of tree.children ?? []) if (child.type === 'mdxjsEsm') visit(child);
  const importProblems = problems.splice(0);
  for (const child of tree.children ?? []) if (child.type !== 'mdxjsEsm') visit(child);
  return [...importProblems, ...problems].sort((a, b) => a.line - b.line);
}

/** An attribute of a JSX element: name="value" (null for a bare name), name={expression}, or {...spread}. */
export type JsxAttribute =
  { name: string; value: string | null } | { name: string; expression: { value: string; program: Program | undefined } } | { spread: string };

/** What is wrong with the ESM of a doc (its imports), each at its line in `program`; `imported` gets the components it imports. */
export function esmProblems(program: Program | undefined, file: string, opts: MdxSafetyOptions, imported = new Set<string>()): MdxProblem[] {
  const problems: MdxProblem[] = [];
  for (const statement of program?.body ?? []) {
    const at = (message: string) => problems.push({ line: statement.loc?.start.line ?? program?.loc?.start.line ?? 1, message });
    if (statement.type !== 'ImportDeclaration') {
      at(`${describeStatement(statement)} is code, which a doc may not contain; a doc may only import the site's components: ${importLine(file, opts)}`);
      continue;
    }
    const source = String(statement.source.value);
    if (!source.startsWith('.') || posix.join(posix.dirname(file), source) !== opts.componentsModule || (statement.attributes?.length ?? 0) > 0) {
      at(`imports "${source}"; a doc may import only the site's components: ${importLine(file, opts)}`);
      continue;
    }
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier') {
        at(`import the components by name: ${importLine(file, opts)}`);
        continue;
      }
      const name = specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
      if (!opts.components.includes(name)) at(`"${name}" is not one of the site's components (${opts.components.join(', ')}); import only those`);
      else if (specifier.local.name !== name) at(`import ${name} under its own name, not as ${specifier.local.name}`);
      else imported.add(name);
    }
  }
  return problems;
}

/** What is wrong with a {…} of a doc's text, if anything: `program` is its parse, undefined when it holds only a comment. */
export function expressionProblem(program: Program | undefined | null, value: string): string | undefined {
  const onlyComments = value.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').trim() === '';
  if (program ? isStaticProgram(program) : onlyComments) return undefined;
  return `{${snippet(value)}} is code, which a doc may not run; write the text itself (a comment is written {/* … */})`;
}

/** What is wrong with a JSX element of a doc (its name and attributes; not whether it is imported). */
export function elementProblems(name: string, attributes: readonly JsxAttribute[], opts: MdxSafetyOptions): string[] {
  const problems: string[] = [];
  const plain: { name: string; value: string | null }[] = [];
  for (const attribute of attributes) {
    if ('spread' in attribute) {
      problems.push(`{${snippet(attribute.spread)}} on <${name}> is code, which a doc may not run; write each attribute as name="value"`);
    } else if ('expression' in attribute) {
      if (!attribute.expression.program || !isStaticProgram(attribute.expression.program, true)) {
        problems.push(
          `${attribute.name}={${snippet(attribute.expression.value)}} on <${name}> is code, which a doc may not run; write a plain value, e.g. ${attribute.name}="…"`,
        );
      } else {
        // A value written out, {"…"}, is the HTML attribute it gives: held to the same list.
        plain.push({ name: attribute.name, value: staticText(attribute.expression.program) });
      }
    } else {
      plain.push(attribute);
    }
  }
  if (name === '') return problems; // a fragment, <>…</>: nothing of its own
  if (/^[a-z]/.test(name) && !name.includes('.') && !name.includes(':')) {
    const refused = refusedHtml(name, plain);
    if (refused && 'element' in refused) problems.push(`<${name}> is HTML that GitHub does not show either, and a doc may not contain; write Markdown instead`);
    else if (refused) {
      const written = plain.filter((a) => refused.attributes.includes(a.name)).map((a) => (a.value === null ? a.name : `${a.name}="${snippet(a.value)}"`));
      const many = written.length > 1;
      problems.push(
        `<${name} ${written.join(' ')}>: GitHub does not show ${many ? 'these attributes' : 'this attribute'} either, and a doc may not use ${many ? 'them' : 'it'}; remove ${many ? 'them' : 'it'}`,
      );
    }
  } else if (!opts.components.includes(name)) {
    problems.push(`<${name}> is not one of the site's components (${opts.components.join(', ')}); use one of those, or write Markdown`);
  }
  return problems;
}

/**
 * The problems of one ESM block of a doc (its `import` lines), each at its line within the
 * block (1 for the first); `imported` gets the components it imports.
 */
export function esmNodeProblems(value: string, file: string, opts: MdxSafetyOptions, imported = new Set<string>()): MdxProblem[] {
  let program: Program;
  try {
    program = parse(value, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as Program;
  } catch {
    return [{ line: 1, message: `this import could not be read; a doc may only import the site's components: ${importLine(file, opts)}` }];
  }
  return esmProblems(program, file, opts, imported);
}

/** A {…} of MDX read by acorn (without running it): undefined when it is not one expression (a comment, or code that does not parse). */
export function parseExpression(value: string): Program | undefined {
  if (value.trim() === '') return undefined;
  try {
    return parse(`(${value}\n)`, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Program;
  } catch {
    return undefined;
  }
}

/** The compiler's attribute as the rules take it; an {expression} value read by acorn. */
export function jsxAttribute(attribute: RawJsxAttribute): JsxAttribute {
  if (attribute.type === 'mdxJsxExpressionAttribute') return { spread: String(attribute.value ?? '') };
  const name = attribute.name ?? '';
  if (attribute.value !== null && typeof attribute.value === 'object') {
    const value = String((attribute.value as { value?: unknown }).value ?? '');
    return { name, expression: { value, program: parseExpression(value) } };
  }
  return { name, value: attribute.value === undefined || attribute.value === null ? null : String(attribute.value) };
}

/**
 * The compiler's syntax error as a problem: it repeats the position in its message and ends
 * it with a rule id (`9:15: Unexpected character after \`<\` … (mdx-jsx:unexpected-character)`);
 * the problem carries the position, and the rule id tells a writer nothing.
 */
export function mdxSyntaxProblem(raw: string): MdxProblem {
  const position = /^(\d+):(\d+)(?:-\d+:\d+)?: /.exec(raw);
  const message = raw.replace(/^\d+:\d+(?:-\d+:\d+)?: /, '').replace(/ \([a-z-]+:[a-z-]+\)$/, '');
  return {
    line: position ? Number(position[1]) : 1,
    ...(position ? { column: Number(position[2]) } : {}),
    message: `MDX syntax error: ${message}${mdxHint(message)}`,
  };
}

function importLine(file: string, opts: MdxSafetyOptions): string {
  return `import { ${opts.components.join(', ')} } from '${relativeImport(file, opts.componentsModule)}' (keep the ones it uses)`;
}

/** `../../src/mdx/index.ts`: the import path of `module` from `file` (both repository-relative). */
export function relativeImport(file: string, module: string): string {
  const path = posix.relative(posix.dirname(file), module);
  return path.startsWith('.') ? path : `./${path}`;
}

/** Whether a `{…}` holds only a comment, or a value written out: text, a number, true or false, a list or object of those. */
function isStaticProgram(program: Program | undefined, attribute = false): boolean {
  if (!program) return false;
  if (program.body.length === 0) return !attribute;
  const [statement] = program.body;
  return program.body.length === 1 && statement !== undefined && statement.type === 'ExpressionStatement' && isStaticValue(statement.expression);
}

/** The text a static {…} attribute value gives the HTML attribute (a string as written, anything else as JSON). */
export function staticText(program: Program): string {
  const [statement] = program.body;
  const node = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (node?.type === 'Literal') return String(node.value);
  if (node?.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('');
  return JSON.stringify(node ?? null);
}

function isStaticValue(node: EstreeNode): boolean {
  switch (node.type) {
    case 'Literal':
      return !('regex' in node) && !('bigint' in node);
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '+') && node.argument.type === 'Literal' && typeof node.argument.value === 'number';
    case 'ArrayExpression':
      return node.elements.every((e) => e !== null && e.type !== 'SpreadElement' && isStaticValue(e));
    case 'ObjectExpression':
      return node.properties.every(
        (p) =>
          p.type === 'Property' &&
          p.kind === 'init' &&
          !p.computed &&
          !p.method &&
          !p.shorthand &&
          (p.key.type === 'Identifier' || p.key.type === 'Literal') &&
          isStaticValue(p.value),
      );
    default:
      return false;
  }
}

function describeStatement(statement: EstreeNode): string {
  if (statement.type.startsWith('Export')) return '"export"';
  return 'a statement';
}

/** The code as written, shortened for a message. */
function snippet(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
}

/** What to do about an MDX syntax error, in words (the content check's parser and the build's say the same things). */
export function mdxHint(message: string): string {
  return /Unexpected character|Unexpected end of file|Could not parse expression|Expected a closing tag|Unexpected closing tag/.test(message)
    ? '. In MDX, "<" starts a component and "{" an expression: write \\< or \\{ for the character itself, and close every tag you open'
    : '';
}
