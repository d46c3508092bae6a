/** The enlarged copies: 1,000 docs, extra entries of any one-file-per-entry collection, and the bare Astro baseline. */
import { readdirSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { formatProblem } from '../../src/validation/validate.ts';
import { validateAllContent } from '../../src/checks/content.ts';
import type { ProjectCopy } from '../../test-support/project.ts';

/** 1,000 copies of the charter, each with its own title and place in the navigation. */
export function addDocs(copy: ProjectCopy, n: number): string {
  const charter = copy.read('content/docs/governance.mdx');
  for (let i = 1; i <= n; i++) {
    const id = String(i).padStart(4, '0');
    const text = charter
      .replace(/^title: .*$/m, `title: Project Governance, copy ${id}`)
      .replace(/^order: .*$/m, `order: ${1000 + i}`)
      .replace(/^navLabel: .*$/m, `navLabel: Charter ${id}`);
    copy.write(`content/docs/charter-copy-${id}.mdx`, text);
  }
  return `${n} copies of content/docs/governance.mdx (unique title, order and nav label)`;
}

/**
 * The baseline: the same docs built by bare Astro + MDX (no layout, no markdown
 * plugins, no link check, no search), measured in the same session as ours.
 */
export function makeBare(copy: ProjectCopy): void {
  copy.remove('src/pages');
  copy.write(
    'src/pages/[doc].astro',
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('docs')).map((doc) => ({ params: { doc: doc.id }, props: { doc } }));
}
const { doc } = Astro.props;
const { Content } = await render(doc);
---
<html lang="en"><head><meta charset="utf-8" /><title>{doc.data.title}</title></head><body><Content /></body></html>
`,
  );
  copy.write(
    'astro.config.mjs',
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
}

/**
 * `n` extra entries of a one-file-per-entry collection, copied from its first
 * entry with the entry's name (its file name, and that name wherever it appears
 * in the file, e.g. a handle) made unique. Whatever the collection's schema, the
 * copies then go through the project's own content validation: if they fail it,
 * they are removed and the report says why.
 */
export function addEntries(copy: ProjectCopy, folder: string, n: number): { generated: number; note: string } {
  const dir = `content/${folder}`;
  if (!copy.exists(dir)) return { generated: 0, note: `not generated: ${dir}/ does not exist on this branch` };
  const files = readdirSync(copy.path(dir))
    .filter((f) => /\.(ya?ml|json|mdx?)$/.test(f))
    .sort();
  const template = files[0];
  if (!template) return { generated: 0, note: `not generated: ${dir}/ has no entry to copy` };
  const ext = extname(template);
  const name = basename(template, ext);
  const pattern = new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
  const text = copy.read(`${dir}/${template}`);
  const written: string[] = [];
  for (let i = 1; i <= n; i++) {
    const unique = `${name}-bench-${String(i).padStart(4, '0')}`;
    copy.write(`${dir}/${unique}${ext}`, text.replace(pattern, unique));
    written.push(`${dir}/${unique}${ext}`);
  }
  const problems = validateAllContent(copy.dir).filter((p) => p.file.startsWith(`${dir}/`));
  if (problems.length > 0) {
    for (const file of written) copy.remove(file);
    return { generated: 0, note: `not generated: copies of ${template} fail validation (${formatProblem(problems[0]!)})` };
  }
  return { generated: n, note: `${n} copies of ${dir}/${template}, "${name}" made unique in each` };
}
