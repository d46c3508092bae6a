/**
 * What CNCF's CLOMonitor looks for in a repository (cncf/clomonitor, clomonitor-core/src/linter/checks):
 * a file whose name starts with the check's word at the root, in docs/ or in .github/ (case ignored), or,
 * for the community meeting, a README that names it. For each, the file this site writes from content/,
 * and what content/ lacks, said once as a notice.
 */

export type ClomonitorCheck = 'governance' | 'maintainers' | 'contributing' | 'code_of_conduct' | 'security_policy' | 'community_meeting';

/** The file name patterns of each check that looks for a file, as CLOMonitor globs them (case ignored). */
const FILE_PATTERNS: Record<Exclude<ClomonitorCheck, 'community_meeting'>, readonly string[]> = {
  governance: ['governance*', 'docs/governance*'],
  maintainers: ['maintainers*', 'docs/maintainers*', 'owners*', 'docs/owners*', 'codeowners*', '.github/codeowners*', 'docs/codeowners*'],
  contributing: ['contributing*', '.github/contributing*', 'docs/contributing*'],
  code_of_conduct: ['code*of*conduct*', '.github/code*of*conduct*', 'docs/code*of*conduct*'],
  security_policy: ['security*', '.github/security*', 'docs/security*'],
};

/** A README line that names the community meeting, as CLOMonitor's community_meeting check reads it. */
const MEETING_IN_README = [
  /^#+.*meeting.*$/im,
  /(community|developer|development|working group) \[?(call|event|meeting|session)/i,
  /(weekly|biweekly|monthly) \[?meeting/i,
  /meeting minutes/i,
];

const globToRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`, 'i');

/** Whether CLOMonitor's check finds it among `files` (repository paths) or in the README's text. */
export function clomonitorFinds(check: ClomonitorCheck, files: readonly string[], readme: string | undefined): boolean {
  if (check === 'community_meeting') return readme !== undefined && MEETING_IN_README.some((re) => re.test(readme));
  const patterns = FILE_PATTERNS[check].map(globToRegExp);
  return files.some((f) => patterns.some((re) => re.test(f)));
}

export const CLOMONITOR_CHECKS: readonly ClomonitorCheck[] = [
  'governance',
  'maintainers',
  'contributing',
  'code_of_conduct',
  'security_policy',
  'community_meeting',
];

/** What content/ holds of each: true when it has it, or the way to add it. */
export type ContentHolds = Record<ClomonitorCheck, true | string>;

/**
 * One notice per check that CLOMonitor will not pass: what content/ lacks and how to add it, or, for a
 * README that names no meeting although content/ has one, the line to add (the README is kept by hand).
 */
export function clomonitorNotices(holds: ContentHolds, files: readonly string[], readme: string | undefined): string[] {
  const notices: string[] = [];
  for (const check of CLOMONITOR_CHECKS) {
    if (clomonitorFinds(check, files, readme)) continue;
    const held = holds[check];
    if (held !== true) notices.push(`CLOMonitor's ${check} check will not pass: ${held}`);
    else if (check === 'community_meeting')
      notices.push(
        `CLOMonitor's ${check} check will not pass: README.md names no community meeting; add a heading such as "## Community meeting" that links the meetings page`,
      );
  }
  return notices;
}
