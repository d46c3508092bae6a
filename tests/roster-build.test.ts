import { afterEach, describe, expect, it } from 'vitest';
import { ProjectCopy } from './helpers/project.ts';

/** A bad maintainer file stops the real build, naming file, line, field and the fix: every problem at once. */
let copy: ProjectCopy | undefined;
afterEach(() => {
  copy?.dispose();
  copy = undefined;
});

describe('a build with bad maintainer files', () => {
  it('stops on a duplicate handle in another case, a misspelt field and a date that does not exist', () => {
    copy = new ProjectCopy();
    copy.write('content/maintainers/Gorkem.yaml', 'handle: Gorkem\nstatus: active\n');
    copy.write('content/maintainers/new-person.yaml', 'handle: new-person\nstatus: active\naffilation: Example Corp\n');
    copy.edit('content/maintainers/chlins.yaml', 'status: active\n', 'status: active\nsince: 2025-02-30\n');
    const r = copy.build();
    expect(r.status).toBe(1);
    expect(r.output).toContain('Content has 3 problems; nothing was built');
    expect(r.output).toContain('content/maintainers/chlins.yaml:3: since: 2025-02-30 is not a date: February 2025 has 28 days; write YYYY-MM-DD');
    expect(r.output).toContain(
      'content/maintainers/new-person.yaml:3: unknown field "affilation"; did you mean affiliation? (allowed fields: handle, name, affiliation, status, since, emeritusSince, areas)',
    );
    expect(r.output).toContain(
      'content/maintainers/gorkem.yaml:1: handle: "gorkem" is the same GitHub account as "Gorkem" in content/maintainers/Gorkem.yaml (handles ignore case); keep one file per maintainer and delete the other',
    );
    expect(copy.exists('dist')).toBe(false);
  });
});
