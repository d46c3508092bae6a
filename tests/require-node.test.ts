import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeVersionProblem, requiredNode } from '../scripts/require-node.mjs';
import { projectRoot } from '../test-support/project.ts';

const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
const GUARD = 'scripts/require-node.mjs';

/** A Node older than the site needs, as a fresh machine has it before `npm install` (Node 20 here and in CI). */
function oldNode(): { path: string; version: string } | undefined {
  const dirs = (process.env['PATH'] ?? '').split(delimiter).filter((dir) => dir && !dir.includes('node_modules'));
  for (const path of [...dirs.map((dir) => join(dir, 'node')), '/usr/local/bin/node', '/usr/bin/node']) {
    if (!existsSync(path)) continue;
    const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.trim().replace(/^v/, '');
    if (version && nodeVersionProblem(version, path)) return { path, version };
  }
  return undefined;
}

const old = oldNode();

describe('the Node guard of the npm scripts', () => {
  it('needs the Node that package.json\'s "engines" states', () => {
    expect(packageJson.engines.node).toBe(`>=${requiredNode().join('.')}`);
    expect(requiredNode()).toEqual([22, 12, 0]);
  });

  it('accepts 22.12 and later, refuses what is older', () => {
    for (const version of ['22.12.0', '22.13.1', '23.0.0', '24.21.0', 'v26.1.0']) expect(nodeVersionProblem(version, '/x/node'), version).toBeUndefined();
    for (const version of ['22.11.0', '22.0.0', '20.20.2', 'v18.19.1', '21.99.99']) expect(nodeVersionProblem(version, '/x/node'), version).toBeDefined();
  });

  it('says in one line which Node it found, the one needed and the fix', () => {
    expect(nodeVersionProblem('20.20.2', '/usr/bin/node')).toBe(
      'This is Node 20.20.2 (/usr/bin/node); the site needs Node >= 22.12.0. Run `npm rebuild node` to put the pinned Node back into node_modules/.bin ' +
        '(an `npm install --ignore-scripts` leaves it out), or `nvm use` to switch to the Node of .nvmrc, then run the command again.',
    );
  });

  it('stays silent on the pinned Node', () => {
    const run = spawnSync(process.execPath, [GUARD], { cwd: projectRoot, encoding: 'utf8' });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('runs first in every npm script', () => {
    const unguarded = Object.entries(packageJson.scripts).filter(
      ([, command]) => !command.startsWith(`node --import ./${GUARD} `) && !command.startsWith(`node ${GUARD} && `),
    );
    expect(unguarded).toEqual([]);
  });

  describe.skipIf(!old)(`on ${old ? `Node ${old.version} (${old.path})` : 'an old Node (none found on this machine)'}`, () => {
    // npm puts node_modules/.bin first on PATH; here the old Node comes before it, as
    // when the pinned Node is missing from node_modules/.bin.
    const bin = mkdtempSync(join(tmpdir(), 'old-node-'));
    if (old) symlinkSync(old.path, join(bin, 'node'));
    afterAll(() => rmSync(bin, { recursive: true, force: true }));

    it('the guard exits 1 with its one line', () => {
      const run = spawnSync(join(bin, 'node'), [GUARD], { cwd: projectRoot, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`${nodeVersionProblem(old!.version, realpathSync(old!.path))}\n`);
    });

    it.each(Object.keys(packageJson.scripts))('npm run %s stops with that line, not ERR_UNKNOWN_FILE_EXTENSION', (script) => {
      const run = spawnSync('sh', ['-c', packageJson.scripts[script]!], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, PATH: [bin, join(projectRoot, 'node_modules', '.bin'), process.env['PATH']].join(delimiter) },
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([nodeVersionProblem(old!.version, realpathSync(old!.path))]);
    });
  });
});
