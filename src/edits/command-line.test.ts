import { describe, expect, it } from 'vitest';
import { readCommandLine, UsageError } from './command-line.ts';
import { parseEmeritusArgs, parseNewMaintainerArgs } from './roster-edits.ts';

describe('readCommandLine', () => {
  it('reads positionals and the options it is told of', () => {
    expect(readCommandLine(['ada', '--since', '2025-07-01'], ['since'], 'usage: x')).toEqual({ positionals: ['ada'], values: { since: '2025-07-01' } });
  });

  it('refuses an unknown option with a UsageError that ends with the usage', () => {
    expect(() => readCommandLine(['ada', '--date', '2025-07-01'], ['since'], 'usage: x')).toThrow(UsageError);
    expect(() => readCommandLine(['ada', '--date', '2025-07-01'], ['since'], 'usage: x')).toThrow(/^Unknown option '--date'[\s\S]*\nusage: x$/);
  });
});

describe('the roster commands read their arguments the same way', () => {
  it('new:maintainer: a handle and its options', () => {
    expect(parseNewMaintainerArgs(['ada-lovelace', '--name', 'Ada Lovelace', '--since', '2025-07-01'])).toEqual({
      handle: 'ada-lovelace',
      name: 'Ada Lovelace',
      since: '2025-07-01',
    });
    expect(parseNewMaintainerArgs(['ada', '--role', 'committer'])).toEqual({ handle: 'ada', role: 'committer' });
    expect(() => parseNewMaintainerArgs([])).toThrow(/^the GitHub handle is missing\nusage: npm run new:maintainer -- <handle> \[--role <role id>\]/);
  });

  it('maintainer:emeritus: one handle, an optional role and day', () => {
    expect(parseEmeritusArgs(['gorkem'])).toEqual({ handle: 'gorkem', since: undefined });
    expect(parseEmeritusArgs(['gorkem', '--role', 'committer', '--since', '2026-03-09'])).toEqual({ handle: 'gorkem', role: 'committer', since: '2026-03-09' });
    expect(() => parseEmeritusArgs(['a', 'b'])).toThrow(/^one handle at a time \(got a, b\)\nusage: npm run maintainer:emeritus/);
  });
});
