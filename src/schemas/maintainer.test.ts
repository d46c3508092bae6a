import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, validateCollection } from '../validation/validate.ts';
import { maintainersCollection } from '../collections/registry.ts';

/** Maintainer files as a maintainer would write them, validated the way `npm run build` does first. */
let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function validate(files: Record<string, string>): string[] {
  root = mkdtempSync(join(tmpdir(), 'maintainers-'));
  mkdirSync(join(root, maintainersCollection.dir), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, maintainersCollection.dir, name), text);
  return validateCollection(root, maintainersCollection).problems.map(formatProblem);
}

describe('a maintainer file', () => {
  it('may hold only a handle and a status, or every field', () => {
    expect(validate({ 'gorkem.yaml': 'handle: gorkem\nstatus: active\n' })).toEqual([]);
    expect(
      validate({
        'Ada-L.yml':
          'handle: Ada-L\nname: Ada Lovelace\naffiliation: Analytical Engines\nstatus: emeritus\nsince: 2024-02-29\nemeritusSince: "2025-06-01"\nareas:\n  - specification\n  - tooling\n',
      }),
    ).toEqual([]);
  });

  it('comes out with dates as YYYY-MM-DD text, whether or not they were quoted', () => {
    validate({ 'ada.yaml': 'handle: ada\nstatus: emeritus\nsince: 2024-02-29\nemeritusSince: "2025-06-01"\n' });
    const { entries } = validateCollection(root!, maintainersCollection);
    expect(entries[0]!.data).toEqual({ handle: 'ada', status: 'emeritus', since: '2024-02-29', emeritusSince: '2025-06-01' });
  });

  it('rejects a handle that is the same GitHub account as another, in another case, naming both files', () => {
    expect(validate({ 'gorkem.yaml': 'handle: gorkem\nstatus: active\n', 'Gorkem.yaml': 'status: active\nhandle: Gorkem\n' })).toEqual([
      'content/maintainers/gorkem.yaml:1: handle: "gorkem" is the same GitHub account as "Gorkem" in content/maintainers/Gorkem.yaml (handles ignore case); keep one file per maintainer and delete the other',
    ]);
  });

  it('rejects a character GitHub forbids in a handle, and says what a handle may hold', () => {
    expect(validate({ 'gor_kem.yaml': 'status: active\nhandle: gor_kem\n' })).toEqual([
      'content/maintainers/gor_kem.yaml:2: handle: "gor_kem" contains "_", which GitHub does not allow; a GitHub handle has 1 to 39 letters, digits and single hyphens, with no hyphen at the start or end (e.g. gorkem, if that is the account)',
    ]);
  });

  it('rejects the other handles GitHub refuses: too long, hyphen at an end, double hyphen, digits unquoted', () => {
    const long = 'a'.repeat(40);
    expect(validate({ [`${long}.yaml`]: `handle: ${long}\nstatus: active\n` })).toEqual([
      `content/maintainers/${long}.yaml:1: handle: "${long}" has 40 characters; a GitHub handle has 1 to 39 letters, digits and single hyphens, with no hyphen at the start or end`,
    ]);
    expect(validate({ 'gorkem-.yaml': 'handle: gorkem-\nstatus: active\n' })[0]).toContain(
      'handle: "gorkem-" starts or ends with a hyphen, which GitHub does not allow',
    );
    expect(validate({ 'gor--kem.yaml': 'handle: gor--kem\nstatus: active\n' })[0]).toContain('handle: "gor--kem" has two hyphens in a row');
    expect(validate({ '12345.yaml': 'handle: 12345\nstatus: active\n' })).toEqual([
      'content/maintainers/12345.yaml:1: handle: write the GitHub handle as text, e.g. handle: gorkem (put a handle of digits only in quotes: handle: "12345")',
    ]);
    expect(validate({ '12345.yaml': 'handle: "12345"\nstatus: active\n' })).toEqual([]);
  });

  it('rejects a file whose name differs from its handle, and says which name to use', () => {
    expect(validate({ 'gorkem.yaml': 'handle: gorkem\nstatus: active\n', 'bergwolf.yaml': 'status: active\nhandle: bergwolff\n' })).toEqual([
      'content/maintainers/bergwolf.yaml:2: handle: "bergwolff" differs from the file name "bergwolf"; name the file after the handle (content/maintainers/bergwolff.yaml), or write handle: bergwolf if that is the account',
    ]);
  });

  it('accepts emeritus without emeritusSince: real emeritus lists carry no dates ("date not recorded")', () => {
    expect(validate({ 'ada.yaml': 'handle: ada\nstatus: emeritus\n' })).toEqual([]);
  });

  it('holds roles, each with its own dates, or the shorthand of the default role, never both', () => {
    expect(validate({ 'ada.yaml': 'handle: ada\nroles:\n  - role: committer\n    since: 2024-01-01\n  - role: reviewer\n    status: emeritus\n' })).toEqual([]);
    expect(validate({ 'ada.yaml': 'handle: ada\nstatus: active\nroles:\n  - role: committer\n' })).toEqual([
      'content/maintainers/ada.yaml:2: status: this file lists roles, so write status under the role it belongs to (roles: - role: …, status: …), or remove roles and keep the shorthand for the default role',
    ]);
    expect(validate({ 'ada.yaml': 'handle: ada\nroles:\n  - role: committer\n    status: active\n    emeritusSince: 2025-01-01\n' })).toEqual([
      'content/maintainers/ada.yaml:5: roles.0.emeritusSince: only an emeritus member has this date; remove emeritusSince, or write status: emeritus',
    ]);
    expect(validate({ 'ada.yaml': 'handle: ada\nroles: []\n' })).toEqual([
      'content/maintainers/ada.yaml:2: roles: list at least one role, e.g. roles: [{ role: committer }], or remove roles and write status:',
    ]);
  });

  it('rejects emeritusSince on an active maintainer', () => {
    expect(validate({ 'ada.yaml': 'handle: ada\nstatus: active\nemeritusSince: 2025-06-01\n' })).toEqual([
      'content/maintainers/ada.yaml:3: emeritusSince: only an emeritus member has this date; remove emeritusSince, or write status: emeritus',
    ]);
  });

  it('rejects emeritusSince before since', () => {
    expect(validate({ 'ada.yaml': 'handle: ada\nstatus: emeritus\nsince: 2024-06-01\nemeritusSince: 2024-01-15\n' })).toEqual([
      'content/maintainers/ada.yaml:4: emeritusSince: 2024-01-15 is before since (2024-06-01); write a day on or after 2024-06-01, or correct since',
    ]);
  });

  it('rejects a date that does not exist, saying how many days the month has', () => {
    expect(validate({ 'ada.yaml': 'handle: ada\nstatus: active\nsince: 2025-02-30\n' })).toEqual([
      'content/maintainers/ada.yaml:3: since: 2025-02-30 is not a date: February 2025 has 28 days; write YYYY-MM-DD',
    ]);
    expect(validate({ 'ada.yaml': 'handle: ada\nstatus: active\nsince: "2024-04-31"\n' })).toEqual([
      'content/maintainers/ada.yaml:3: since: 2024-04-31 is not a date: April 2024 has 30 days; write YYYY-MM-DD',
    ]);
    expect(validate({ 'ada.yaml': 'handle: ada\nstatus: active\nsince: 2025-13-01\n' })).toEqual([
      'content/maintainers/ada.yaml:3: since: 2025-13-01 is not a date: there is no month 13; write YYYY-MM-DD with a month from 01 to 12',
    ]);
    expect(validate({ 'ada.yaml': 'handle: ada\nstatus: active\nsince: 2025-2-3\n' })).toEqual([
      'content/maintainers/ada.yaml:3: since: "2025-2-3" is not a date in the form YYYY-MM-DD; write e.g. 2025-02-03',
    ]);
  });

  it('rejects an unknown key and names the field that was meant', () => {
    expect(validate({ 'ada.yaml': 'handle: ada\nstatus: active\naffilation: Example Corp\n' })).toEqual([
      'content/maintainers/ada.yaml:3: unknown field "affilation"; did you mean affiliation? (allowed fields: handle, name, affiliation, status, since, emeritusSince, roles, areas)',
    ]);
  });

  it('says what to write for a missing or unknown status', () => {
    expect(validate({ 'ada.yaml': 'handle: ada\n' })).toEqual([
      'content/maintainers/ada.yaml:1: status: missing; write status: active or status: emeritus (or list the roles under roles:)',
    ]);
    expect(validate({ 'ada.yaml': 'handle: ada\nstatus: retired\n' })).toEqual([
      'content/maintainers/ada.yaml:2: status: write status: active or status: emeritus',
    ]);
  });
});
