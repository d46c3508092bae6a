import { describe, expect, it } from 'vitest';
import { clomonitorFinds, clomonitorNotices, type ContentHolds } from './clomonitor.ts';

describe("CLOMonitor's checks", () => {
  it('find a file at the root, in docs/ or in .github/, in any case, and nowhere else', () => {
    expect(clomonitorFinds('governance', ['GOVERNANCE.md'], undefined)).toBe(true);
    expect(clomonitorFinds('governance', ['content/docs/governance.mdx'], undefined)).toBe(false);
    expect(clomonitorFinds('code_of_conduct', ['CODE_OF_CONDUCT.md'], undefined)).toBe(true);
    expect(clomonitorFinds('code_of_conduct', ['.github/code-of-conduct.md'], undefined)).toBe(true);
    expect(clomonitorFinds('maintainers', ['.github/CODEOWNERS'], undefined)).toBe(true);
    expect(clomonitorFinds('security_policy', ['docs/SECURITY.md'], undefined)).toBe(true);
    expect(clomonitorFinds('security_policy', ['content/SECURITY.md'], undefined)).toBe(false);
    expect(clomonitorFinds('contributing', ['.github/CONTRIBUTING.md'], undefined)).toBe(true);
  });

  it('find the community meeting in a README heading or phrase', () => {
    expect(clomonitorFinds('community_meeting', [], '# X\n\n## Community meeting\n')).toBe(true);
    expect(clomonitorFinds('community_meeting', [], 'Join the biweekly meeting.')).toBe(true);
    expect(clomonitorFinds('community_meeting', [], '# X\n\nThe site of the project.')).toBe(false);
    expect(clomonitorFinds('community_meeting', [], undefined)).toBe(false);
  });

  it('name, once each, what content/ lacks, and a README that does not name the meeting content/ has', () => {
    const holds: ContentHolds = {
      governance: true,
      maintainers: true,
      contributing: true,
      code_of_conduct: true,
      security_policy: 'content/ has no security policy; name its doc in content/site.yaml (securityPolicy: SECURITY.md)',
      community_meeting: true,
    };
    const files = ['GOVERNANCE.md', 'MAINTAINERS.md', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md'];
    expect(clomonitorNotices(holds, files, '# Site\n')).toEqual([
      "CLOMonitor's security_policy check will not pass: content/ has no security policy; name its doc in content/site.yaml (securityPolicy: SECURITY.md)",
      'CLOMonitor\'s community_meeting check will not pass: README.md names no community meeting; add a heading such as "## Community meeting" that links the meetings page',
    ]);
    expect(clomonitorNotices(holds, [...files, 'SECURITY.md'], '## Community meeting\n')).toEqual([]);
  });
});
