import { posix } from 'node:path';
import type { Node as EstreeNode, Program } from 'estree';
import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readFrontmatter } from '../content/frontmatter.ts';
import { refusedHtml } from './allowed-html.ts';

/**
 * MDX is JavaScript: an `import` or a `{…}` in a doc runs when the site is built, on
 * the machine that builds it (CI, for every pull request). A doc may import the site's
 * author components by name from their one module, use them and the HTML GitHub allows
 * with plain values, and write comments; nothing else. This reads each file with
 * micromark's MDX syntax, which parses the JavaScript (acorn) without running it, and
 * names the line of anything else before anything is evaluated.
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

/** The names src/mdx/index.ts exports (`export { default as MeetingWhen } from …`), read from its text. */
export function exportedComponents(moduleText: string): string[] {
  return [...moduleText.matchAll(/^export\s*\{\s*default\s+as\s+([A-Z]\w*)\s*\}\s*from/gm)].map((m) => m[1]!);
}

const parser = unified().use(remarkParse).use(remarkMdx);

type MdxNode = RootContent & {
  children?: MdxNode[];
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown; data?: { estree?: Program } }[];
  data?: { estree?: Program };
};

/** Every problem of the MDX file `file` (repository-relative) with text `text`, at its line in the file. */
export function mdxSafetyProblems(file: string, text: string, opts: MdxSafetyOptions): MdxProblem[] {
  const front = readFrontmatter(text);
  // The frontmatter's lines kept as blank lines, so every line number is the file's.
  const body = front ? '\n'.repeat(front.lines) + text.slice(front.block.length) : text;
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = e.reason ?? e.message ?? String(error);
    return [{ line: e.line ?? 1, ...(e.column ? { column: e.column } : {}), message: `MDX syntax error: ${reason}${mdxHint(reason)}` }];
  }
  const importPath = relativeImport(file, opts.componentsModule);
  const importLine = `import { ${opts.components.join(', ')} } from '${importPath}'`;
  const imported = new Set<string>();
  const problems: MdxProblem[] = [];
  const at = (node: { position?: { start: { line: number } } }, message: string) => problems.push({ line: node.position?.start.line ?? 1, message });

  const visit = (node: MdxNode) => {
    if (node.type === 'mdxjsEsm') {
      for (const statement of node.data?.estree?.body ?? []) {
        const line = (node.position?.start.line ?? 1) + (statement.loc ? statement.loc.start.line - (node.data!.estree!.loc?.start.line ?? 1) : 0);
        const where = { position: { start: { line } } };
        if (statement.type !== 'ImportDeclaration') {
          at(
            where,
            `${describeStatement(statement)} is code, which a doc may not contain; a doc may only import the site's components: ${importLine} (keep the ones it uses)`,
          );
          continue;
        }
        const source = String(statement.source.value);
        if (!source.startsWith('.') || posix.join(posix.dirname(file), source) !== opts.componentsModule || (statement.attributes?.length ?? 0) > 0) {
          at(where, `imports "${source}"; a doc may import only the site's components: ${importLine} (keep the ones it uses)`);
          continue;
        }
        for (const specifier of statement.specifiers) {
          if (specifier.type !== 'ImportSpecifier') {
            at(where, `import the components by name: ${importLine} (keep the ones it uses)`);
            continue;
          }
          const name = specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
          if (!opts.components.includes(name)) at(where, `"${name}" is not one of the site's components (${opts.components.join(', ')}); import only those`);
          else if (specifier.local.name !== name) at(where, `import ${name} under its own name, not as ${specifier.local.name}`);
          else imported.add(name);
        }
      }
      return;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!isStaticProgram(node.data?.estree)) {
        at(node, `{${snippet(node.value ?? '')}} is code, which a doc may not run; write the text itself (a comment is written {/* … */})`);
      }
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node);
    for (const child of node.children ?? []) visit(child);
  };

  const checkElement = (node: MdxNode) => {
    const name = node.name ?? '';
    const attributes = node.attributes ?? [];
    const plain: { name: string; value: string | null }[] = [];
    for (const attribute of attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        at(node, `{${snippet(String(attribute.value ?? ''))}} on <${name}> is code, which a doc may not run; write each attribute as name="value"`);
      } else if (attribute.value !== null && typeof attribute.value === 'object') {
        const expression = attribute.value as { value?: string; data?: { estree?: Program } };
        if (!isStaticProgram(expression.data?.estree, true)) {
          at(
            node,
            `${attribute.name}={${snippet(expression.value ?? '')}} on <${name}> is code, which a doc may not run; write a plain value, e.g. ${attribute.name}="…"`,
          );
        }
      } else {
        plain.push({ name: attribute.name ?? '', value: attribute.value === undefined || attribute.value === null ? null : String(attribute.value) });
      }
    }
    if (name === '') return; // a fragment, <>…</>: nothing of its own
    if (/^[a-z]/.test(name) && !name.includes('.') && !name.includes(':')) {
      const refused = refusedHtml(name, plain);
      if (refused && 'element' in refused) at(node, `<${name}> is HTML that GitHub does not show either, and a doc may not contain; write Markdown instead`);
      else if (refused) {
        const written = plain.filter((a) => refused.attributes.includes(a.name)).map((a) => (a.value === null ? a.name : `${a.name}="${snippet(a.value)}"`));
        at(
          node,
          `<${name} ${written.join(' ')}>: GitHub does not show ${written.length > 1 ? 'these attributes' : 'this attribute'} either, and a doc may not use ${written.length > 1 ? 'them' : 'it'}; remove ${written.length > 1 ? 'them' : 'it'}`,
        );
      }
      return;
    }
    if (!opts.components.includes(name)) {
      at(node, `<${name}> is not one of the site's components (${opts.components.join(', ')}); use one of those, or write Markdown`);
    } else if (!imported.has(name)) {
      at(node, `<${name}> is used but not imported; add ${name} to the import at the top: import { ${name} } from '${importPath}'`);
    }
  };

  // Imports first: a component may be used above its import.
  for (const child of tree.children as MdxNode[]) if (child.type === 'mdxjsEsm') visit(child);
  const esmProblems = problems.splice(0);
  for (const child of tree.children as MdxNode[]) if (child.type !== 'mdxjsEsm') visit(child);
  return [...esmProblems, ...problems].sort((a, b) => a.line - b.line);
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
