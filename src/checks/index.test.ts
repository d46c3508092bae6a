import { describe, expect, it } from 'vitest';
import { runChecks } from './index.ts';
import type { ProjectCheck } from './project-check.ts';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runChecks', () => {
  it('runs an alongside check beside the checks after it, and lists every result in the given order', async () => {
    const log: string[] = [];
    const seen: Record<string, string[]> = {};
    const check = (name: string, ms: number, alongside = false): ProjectCheck => ({
      name,
      alongside,
      run: async (_root, earlier) => {
        seen[name] = earlier.map((e) => e.name);
        log.push(`start ${name}`);
        await later(ms);
        log.push(`end ${name}`);
        return { problems: [{ file: `${name}.yaml`, message: name }] };
      },
    });
    const results = await runChecks('/nowhere', [check('content', 1), check('build', 60, true), check('generated', 5), check('lint', 5)]);
    expect(results.map((r) => r.name)).toEqual(['content', 'build', 'generated', 'lint']);
    expect(results.map((r) => r.problems[0]!.message)).toEqual(['content', 'build', 'generated', 'lint']);
    // The build started after content, the others ran while it did and never saw its result.
    expect(log.slice(0, 4)).toEqual(['start content', 'end content', 'start build', 'start generated']);
    expect(log.at(-1)).toBe('end build');
    expect(seen).toEqual({ content: [], build: ['content'], generated: ['content'], lint: ['content', 'generated'] });
  });

  it('rejects with an alongside check that throws, once the others are done', async () => {
    const ran: string[] = [];
    const failing: ProjectCheck = { name: 'build', alongside: true, run: async () => Promise.reject(new Error('spawn failed')) };
    const after: ProjectCheck = { name: 'lint', run: async () => (await later(10), ran.push('lint'), { problems: [] }) };
    await expect(runChecks('/nowhere', [failing, after])).rejects.toThrow('spawn failed');
    expect(ran).toEqual(['lint']);
  });
});
