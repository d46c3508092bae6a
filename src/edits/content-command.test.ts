import { describe, expect, it } from 'vitest';
import { UsageError } from './command-line.ts';
import { runContentCommand, type ContentCommand } from './content-command.ts';

/** A command that adds content/things/<name>.yaml, refusing the name "taken". */
function thingCommand(written: string[]): ContentCommand<{ name: string }, string> {
  return {
    parse: ([name]) => {
      if (!name) throw new UsageError('usage: thing <name>');
      return { name };
    },
    plan: (root, { name }) =>
      name === 'taken'
        ? { problems: [{ file: `content/things/${name}.yaml`, line: 1, message: 'already exists' }] }
        : { edit: `${root}/content/things/${name}.yaml`, problems: [] },
    write: (_root, file, { name }) => {
      written.push(file);
      return `Wrote ${file}.\nCommit it, with ${name}'s proposal.`;
    },
  };
}

async function run(argv: string[]) {
  const written: string[] = [];
  const log: string[] = [];
  const error: string[] = [];
  const status = await runContentCommand(thingCommand(written), argv, '/project', { log: (t) => log.push(t), error: (t) => error.push(t) });
  return { status, written, log, error };
}

describe('runContentCommand', () => {
  it('writes a planned edit and says what to do next: status 0', async () => {
    expect(await run(['lamp'])).toEqual({
      status: 0,
      written: ['/project/content/things/lamp.yaml'],
      log: ["Wrote /project/content/things/lamp.yaml.\nCommit it, with lamp's proposal."],
      error: [],
    });
  });

  it('writes nothing when the project refuses the edit, and prints each problem at its line: status 1', async () => {
    expect(await run(['taken'])).toEqual({ status: 1, written: [], log: [], error: ['content/things/taken.yaml:1: already exists', '\nNothing was written.'] });
  });

  it('prints the usage for a wrong command line, before planning anything: status 2', async () => {
    expect(await run([])).toEqual({ status: 2, written: [], log: [], error: ['usage: thing <name>'] });
  });

  it('lets any other error through, as a bug to see', async () => {
    const failing: ContentCommand<string, string> = {
      parse: () => 'x',
      plan: () => ({ edit: 'x', problems: [] }),
      write: () => Promise.reject(new Error('disk full')),
    };
    await expect(runContentCommand(failing, [], '/project', { log: () => undefined, error: () => undefined })).rejects.toThrow('disk full');
  });
});
