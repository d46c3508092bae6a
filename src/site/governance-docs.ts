import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfigSchema, type SiteConfig } from '../schemas/site.ts';
import { type ContentProblem, formatProblem, parseContentFile } from '../validation/validate.ts';
import { SITE_CONFIG_PATH } from './config.ts';
import { docId, docRoute, listDocFiles } from './repo-links.ts';

/**
 * The docs content/site.yaml names for a role (the charter, the contributing guide, the
 * code of conduct): each keeps the name it has on GitHub (GOVERNANCE.md, TSC-Charter.md,
 * CODE_OF_CONDUCT.md), so no code knows a project's file names.
 */
export interface NamedDoc {
  /** Repository-relative path, e.g. content/docs/GOVERNANCE.md. */
  file: string;
  /** The doc's id (its route without slashes): `governance`, `code_of_conduct`. */
  id: string;
  /** The doc's page on the site. */
  route: string;
}

/** The code of conduct: a doc of this site, or the address of the one the project follows. */
export type CodeOfConduct = ({ kind: 'doc' } & NamedDoc) | { kind: 'external'; url: string };

export interface GovernanceDocs {
  charter: NamedDoc;
  contributing?: NamedDoc;
  codeOfConduct?: CodeOfConduct;
  securityPolicy?: NamedDoc;
}

type DocRoles = Pick<SiteConfig, 'charter' | 'contributing' | 'codeOfConduct' | 'securityPolicy'>;

const isExternal = (value: string) => /^https:\/\//.test(value);

function namedDoc(docsDir: string, pathInDocs: string): NamedDoc {
  const id = docId(pathInDocs);
  return { file: `${docsDir.replace(/\/$/, '')}/${pathInDocs}`, id, route: docRoute(id) };
}

/** The docs `site` names for each role, in `docsDir` (content/docs). */
export function governanceDocs(site: DocRoles, docsDir: string): GovernanceDocs {
  const docs: GovernanceDocs = { charter: namedDoc(docsDir, site.charter) };
  if (site.contributing !== undefined) docs.contributing = namedDoc(docsDir, site.contributing);
  if (site.codeOfConduct !== undefined) {
    docs.codeOfConduct = isExternal(site.codeOfConduct)
      ? { kind: 'external', url: site.codeOfConduct }
      : { kind: 'doc', ...namedDoc(docsDir, site.codeOfConduct) };
  }
  if (site.securityPolicy !== undefined) docs.securityPolicy = namedDoc(docsDir, site.securityPolicy);
  return docs;
}

/**
 * One problem per role whose doc is not a file of `docsDir`, at the field's line of
 * `configFile`, naming the docs there are (a name differs in case from GitHub's, or the
 * file was never copied in).
 */
export function missingNamedDocs(
  root: string,
  site: DocRoles,
  docsDir: string,
  configFile: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): ContentProblem[] {
  const dir = docsDir.replace(/\/$/, '');
  const existing = listDocFiles(root, dir).map((f) => f.slice(dir.length + 1));
  const roles: [keyof DocRoles, string | undefined][] = [
    ['charter', site.charter],
    ['contributing', site.contributing],
    ['codeOfConduct', site.codeOfConduct],
    ['securityPolicy', site.securityPolicy],
  ];
  const problems: ContentProblem[] = [];
  for (const [field, value] of roles) {
    if (value === undefined || isExternal(value) || existing.includes(value)) continue;
    const sameButCase = existing.find((f) => f.toLowerCase() === value.toLowerCase());
    const instead = sameButCase
      ? `write ${field}: ${sameButCase}, as the file is named`
      : existing.length > 0
        ? `name one of the docs there (${existing.join(', ')}), or add the file`
        : 'add the file (the folder has no .md or .mdx file)';
    const line = lineOf([field]);
    problems.push({ file: configFile, ...(line === undefined ? {} : { line }), message: `${field}: ${dir}/${value} does not exist; ${instead}` });
  }
  return problems;
}

/** content/site.yaml's named docs that do not exist under `root` (none while the file itself has problems: they are reported where it is loaded). */
export function siteNamedDocProblems(root: string, docsDir: string): ContentProblem[] {
  const { entry } = parseContentFile(SITE_CONFIG_PATH, readFileSync(join(root, SITE_CONFIG_PATH), 'utf8'), { format: 'yaml', schema: siteConfigSchema });
  return entry ? missingNamedDocs(root, entry.data, docsDir, SITE_CONFIG_PATH, entry.lineOf) : [];
}

/** The docs content/site.yaml names, each checked to exist; throws every problem with its line. */
export function loadGovernanceDocs(root: string, docsDir: string): GovernanceDocs {
  const { entry, problems } = parseContentFile(SITE_CONFIG_PATH, readFileSync(join(root, SITE_CONFIG_PATH), 'utf8'), {
    format: 'yaml',
    schema: siteConfigSchema,
  });
  if (!entry) throw new Error(problems.map(formatProblem).join('\n'));
  const missing = missingNamedDocs(root, entry.data, docsDir, SITE_CONFIG_PATH, entry.lineOf);
  if (missing.length > 0) throw new Error(missing.map(formatProblem).join('\n'));
  return governanceDocs(entry.data, docsDir);
}
