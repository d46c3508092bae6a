import { describe, expect, it } from 'vitest';
import { codeownersText } from './codeowners.ts';

/**
 * GitHub's CODEOWNERS syntax, as its documentation states it ("About code owners"): each line that is not
 * blank or a "#" comment is a gitignore-style pattern and one or more owners, separated by blank space; an
 * owner is @user, @org/team or an email address; "!" negation and "[ ]" ranges are not supported, and a
 * space in a path is escaped with a backslash. Every problem of `text`, one per line.
 */
function codeownersSyntaxProblems(text: string): string[] {
  const problems: string[] = [];
  const user = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
  const team = /^@[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
  const email = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
  if (Buffer.byteLength(text) > 3 * 1024 * 1024) problems.push('over 3 MB: GitHub ignores the file');
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    // Split on blank space not escaped by a backslash.
    const fields = line.match(/(?:\\.|\S)+/g) ?? [];
    const [pattern, ...owners] = fields;
    if (!pattern || owners.length === 0) problems.push(`line ${i + 1}: a pattern and at least one owner`);
    if (pattern?.startsWith('!')) problems.push(`line ${i + 1}: "!" negation is not supported`);
    if (pattern && /(?<!\\)[[\]]/.test(pattern)) problems.push(`line ${i + 1}: "[ ]" ranges are not supported`);
    for (const owner of owners) {
      if (owner.startsWith('#')) break; // a comment after the owners
      if (!user.test(owner) && !team.test(owner) && !email.test(owner)) problems.push(`line ${i + 1}: ${owner} is no @user, @org/team or email`);
    }
  });
  return problems;
}

describe('CODEOWNERS', () => {
  const input = {
    ruleName: 'Change the charter',
    owners: ['ana', 'Ben-2'],
    paths: ['content/', 'MAINTAINERS.md', 'GOVERNANCE.md', '.github/CODEOWNERS', 'docs/a file#1.md'],
    generateCommand: 'npm run generate',
  };

  it('gives the governance content and each generated file to the owners, in valid CODEOWNERS syntax', () => {
    const text = codeownersText(input);
    expect(codeownersSyntaxProblems(text)).toEqual([]);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '/content/           @ana @Ben-2',
      '/MAINTAINERS.md     @ana @Ben-2',
      '/GOVERNANCE.md      @ana @Ben-2',
      '/.github/CODEOWNERS @ana @Ben-2',
      '/docs/a\\ file\\#1.md @ana @Ben-2',
    ]);
  });

  it('the syntax check finds what GitHub would not read', () => {
    expect(codeownersSyntaxProblems('!/content/ @a\n/x[ab] @b\n/y not-an-owner\n/z\n')).toEqual([
      'line 1: "!" negation is not supported',
      'line 2: "[ ]" ranges are not supported',
      'line 3: not-an-owner is no @user, @org/team or email',
      'line 4: a pattern and at least one owner',
    ]);
  });

  it('refuses a body with no member, and a path it cannot write exactly', () => {
    expect(() => codeownersText({ ...input, owners: [] })).toThrow('the body of "Change the charter" has no active member today');
    expect(() => codeownersText({ ...input, paths: ['content/*.md'] })).toThrow('content/*.md: a path with * ? [ ] ! or \\ cannot be written exactly');
  });
});
