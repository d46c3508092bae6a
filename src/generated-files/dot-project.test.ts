import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dotProjectMaintainersText, dotProjectProjectText, type DotProjectInput } from './dot-project.ts';

const input: DotProjectInput = {
  slug: 'example-project',
  name: 'Example Project',
  description: 'An example.\nOn two lines.',
  website: 'https://example.org/governance/',
  repositories: ['https://github.com/example/community', 'https://github.com/example/spec'],
  maturityLog: [{ phase: 'sandbox', date: '2025-01-15', issue: 'https://github.com/cncf/toc/issues/1' }],
  org: 'example',
  maintainers: ['ana', 'ben'],
  unmanagedTeams: [{ name: 'emeritus', members: ['old-timer'] }],
  governance: {
    charter: 'https://example.org/governance/governance/',
    contributing: 'https://example.org/governance/contributing/',
    codeOfConduct: 'https://github.com/cncf/foundation/blob/main/code-of-conduct.md',
    communityCalendar: 'https://example.org/governance/meetings/',
    gitvoteConfig: 'https://github.com/example/community/blob/main/.gitvote.yml',
  },
  generateCommand: 'npm run generate',
};

/** SCHEMA.md's rules for the fields written here: required fields, the slug's form, https addresses, one managed team with members. */
function schemaProblems(
  project: Record<string, unknown>,
  maintainers: { maintainers: { project_id: string; teams: { name: string; managed?: boolean; members: string[] }[] }[] },
) {
  const problems: string[] = [];
  for (const field of ['schema_version', 'slug', 'name', 'description', 'maturity_log', 'repositories'])
    if (!(field in project)) problems.push(`${field} missing`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(String(project.slug))) problems.push('slug');
  if (String(project.description).includes('\n')) problems.push('description on one line');
  for (const [key, ref] of Object.entries(project.governance as Record<string, { path: string }>))
    if (!/^https:\/\//.test(ref.path)) problems.push(`governance.${key}`);
  for (const entry of maintainers.maintainers) {
    if (entry.project_id !== project.slug) problems.push('project_id');
    if (!entry.teams.some((t) => t.name === 'project-maintainers' && t.managed !== false && t.members.length > 0)) problems.push('project-maintainers team');
  }
  return problems;
}

describe('.project files', () => {
  it('list the active maintainers as the managed team and the emeritus members unmanaged, and point governance at the pages', () => {
    const project = parse(dotProjectProjectText(input));
    const maintainers = parse(dotProjectMaintainersText(input));
    expect(schemaProblems(project, maintainers)).toEqual([]);
    expect(maintainers.maintainers[0].teams).toEqual([
      { name: 'project-maintainers', members: ['ana', 'ben'] },
      { name: 'emeritus', managed: false, members: ['old-timer'] },
    ]);
    expect(project.governance).toEqual({
      governance_doc: { path: 'https://example.org/governance/governance/' },
      contributing: { path: 'https://example.org/governance/contributing/' },
      code_of_conduct: { path: 'https://github.com/cncf/foundation/blob/main/code-of-conduct.md' },
      community_calendar: { path: 'https://example.org/governance/meetings/' },
      gitvote_config: { path: 'https://github.com/example/community/blob/main/.gitvote.yml' },
    });
    expect(project.maturity_log).toEqual([{ phase: 'sandbox', date: '2025-01-15T00:00:00Z', issue: 'https://github.com/cncf/toc/issues/1' }]);
    expect(project.description).toBe('An example. On two lines.');
  });

  it('refuses a roster without an active maintainer and a project without a maturity log', () => {
    expect(() => dotProjectMaintainersText({ ...input, maintainers: [] })).toThrow('needs at least one active maintainer');
    expect(() => dotProjectProjectText({ ...input, maturityLog: [] })).toThrow('maturity_log needs at least one entry');
  });
});
