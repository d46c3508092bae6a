import { afterAll, describe, expect, it } from 'vitest';
import { ProjectCopy } from '../test-support/project.ts';

/**
 * A foundation's governance Markdown copied into content/docs/ as it stands on GitHub, its
 * links in every form GitHub reads, builds with no edit; and a build of broken links names
 * every one of them at once, each at the content file to fix.
 */
const copy = new ProjectCopy().withFixtureContent();
afterAll(() => copy.dispose());

const STEERING = `# Steering

The steering committee and what it may do.

## Responsibilities and privileges

- [Roles](./ROLES.md#Reviewer), [the same on GitHub](https://github.com/example-org/community/blob/main/content/docs/ROLES.md#reviewer)
- [The first proposal](/proposals/001-onboarding.md) and [all proposals](/proposals/)
- [License](/LICENSE), [people](../../people.yml) and [the proposal template](/.github/ISSUE_TEMPLATE/proposal.md)
- [Back to the top of this section](#Responsibilities-and-privileges)
`;

describe('governance Markdown copied as it stands on GitHub', () => {
  it('builds with no edit, each link leading to the page, or to the file on GitHub', () => {
    copy
      .write('LICENSE', 'Apache License 2.0\n')
      .write('people.yml', '- name: A. Maintainer\n')
      .write('.github/ISSUE_TEMPLATE/proposal.md', '---\nname: Proposal\nabout: Propose a change\n---\n')
      .write('content/docs/STEERING.md', STEERING)
      .write('content/docs/ROLES.md', '# Roles\n\nWho does what.\n\n## Reviewer\n\nReviews pull requests.\n')
      .write('content/docs/proposals/001-onboarding.md', '# Onboarding\n\nHow a newcomer starts.\n');
    const r = copy.build();
    expect(r.status, r.output.slice(-3000)).toBe(0);
    const html = copy.read('dist/steering/index.html');
    const section = html.slice(
      html.indexOf('<h2 id="responsibilities-and-privileges"'),
      html.indexOf('</ul>', html.indexOf('<h2 id="responsibilities-and-privileges"')),
    );
    const hrefs = [...section.matchAll(/<li>.*?<\/li>/gs)].flatMap((li) => [...li[0].matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]));
    const blob = 'https://github.com/example-org/community/blob/main';
    expect(hrefs).toEqual([
      '/community/roles/#reviewer',
      '/community/roles/#reviewer',
      '/community/proposals/001-onboarding/',
      '/community/proposals/',
      `${blob}/LICENSE`,
      `${blob}/people.yml`,
      `${blob}/.github/ISSUE_TEMPLATE/proposal.md`,
      '#responsibilities-and-privileges',
    ]);
  });

  it('names every broken link of every file in one run of npm run check, none at a line of src/', () => {
    copy
      .edit('content/docs/STEERING.md', '(./ROLES.md#Reviewer)', '(./ROLE.md#Reviewer)')
      .edit('content/docs/STEERING.md', '(/proposals/001-onboarding.md)', '(/proposals/001-onbording.md)')
      .write('content/docs/ROLES.md', '# Roles\n\nWho does what.\n\n## Reviewer\n\nReviews pull requests; [see below](#approver).\n')
      .edit('content/docs/governance.mdx', '### Removing a Maintainer', '### Stepping down');
    const r = copy.run('scripts/check.ts');
    expect(r.status).toBe(1);
    const problems = r.output.split('\n').filter((l) => /^(content|src)\//.test(l));
    expect(problems).toEqual([
      'content/docs/STEERING.md:7: link "./ROLE.md#Reviewer" leads to "content/docs/ROLE.md", which is not a file of the repository; the nearest file is "content/docs/ROLES.md": write "./ROLES.md"',
      'content/docs/STEERING.md:8: link "/proposals/001-onbording.md" leads to "proposals/001-onbording.md", which is not a file of the repository; the nearest file is "content/docs/proposals/001-onboarding.md": write "/content/docs/proposals/001-onboarding.md"',
      expect.stringMatching(
        /^content\/docs\/governance\.mdx: has no heading with the id "removing-a-maintainer", which the page \/community\/maintainers\/ \(src\/pages\/maintainers\/index\.astro\) links to \(the nearest ids there: /,
      ),
      expect.stringMatching(
        /^content\/docs\/ROLES\.md:7: link "#approver" on page \/community\/roles\/ leads to \/community\/roles\/, which has no heading or element with id "approver" \(the nearest ids there: /,
      ),
    ]);
  });
});
