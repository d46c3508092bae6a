import { stringify } from 'yaml';

/**
 * The CNCF `.project` files (cncf/automation, utilities/dot-project, its SCHEMA.md 1.0.0), which the
 * foundation's tools read for a project's roster and governance documents: `maintainers.yaml` (the
 * active maintainers as the managed team, the other roles and the emeritus members as unmanaged teams,
 * which the foundation lists but gives no access) and `project.yaml` (the project, its maturity log and
 * its governance documents, each at its page on this site).
 */

export const DOT_PROJECT_DIR = '.project';
export const DOT_PROJECT_FILES = { project: `${DOT_PROJECT_DIR}/project.yaml`, maintainers: `${DOT_PROJECT_DIR}/maintainers.yaml` } as const;

/** The managed team SCHEMA.md requires of every maintainers entry. */
export const MANAGED_TEAM = 'project-maintainers';

export interface DotProjectTeam {
  name: string;
  members: readonly string[];
}

export interface MaturityEntry {
  phase: 'sandbox' | 'incubating' | 'graduated' | 'archived';
  /** YYYY-MM-DD */
  date: string;
  issue: string;
}

export interface DotProjectInput {
  slug: string;
  name: string;
  description: string;
  website: string;
  repositories: readonly string[];
  maturityLog: readonly MaturityEntry[];
  /** The GitHub organisation of the project's repository. */
  org?: string;
  maintainers: readonly string[];
  /** Teams listed but not provisioned: other roles, and the emeritus members. */
  unmanagedTeams: readonly DotProjectTeam[];
  /** Each document's address: this site's page, or a file on GitHub. */
  governance: {
    charter: string;
    contributing?: string;
    codeOfConduct?: string;
    communityCalendar?: string;
    gitvoteConfig?: string;
    codeowners?: string;
  };
  generateCommand: string;
}

const header = (input: DotProjectInput, what: string) =>
  `# ${what} of ${input.name}, for the CNCF's .project tools (cncf/automation, utilities/dot-project).\n# Generated from content/ by \`${input.generateCommand}\`: edit content/, not this file.\n`;

const pathRef = (path: string | undefined) => (path === undefined ? undefined : { path });

export function dotProjectMaintainersText(input: DotProjectInput): string {
  if (input.maintainers.length === 0) throw new Error(`the ${MANAGED_TEAM} team needs at least one active maintainer`);
  const entry: Record<string, unknown> = { project_id: input.slug };
  if (input.org) entry.org = input.org;
  entry.teams = [
    { name: MANAGED_TEAM, members: [...input.maintainers] },
    ...input.unmanagedTeams.map((t) => ({ name: t.name, managed: false, members: [...t.members] })),
  ];
  return header(input, 'The maintainers') + stringify({ maintainers: [entry] }, { lineWidth: 0 });
}

export function dotProjectProjectText(input: DotProjectInput): string {
  if (input.maturityLog.length === 0) throw new Error('maturity_log needs at least one entry: the phase, its date and the TOC issue');
  const g = input.governance;
  const governance = Object.fromEntries(
    Object.entries({
      governance_doc: pathRef(g.charter),
      contributing: pathRef(g.contributing),
      code_of_conduct: pathRef(g.codeOfConduct),
      community_calendar: pathRef(g.communityCalendar),
      gitvote_config: pathRef(g.gitvoteConfig),
      codeowners: pathRef(g.codeowners),
    }).filter(([, v]) => v !== undefined),
  );
  const project = {
    schema_version: '1.0.0',
    slug: input.slug,
    name: input.name,
    // One line, as the schema describes it.
    description: input.description.replace(/\s+/g, ' ').trim(),
    maturity_log: input.maturityLog.map((m) => ({ phase: m.phase, date: `${m.date}T00:00:00Z`, issue: m.issue })),
    repositories: [...input.repositories],
    website: input.website,
    governance,
  };
  return header(input, 'The project') + stringify(project, { lineWidth: 0 });
}
