import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../test-support/project.ts';

/**
 * The GitHub workflows, held to GitHub's workflow schema by action-validator (SchemaStore's schema, and
 * the globs of paths filters), and the GitVote import's own promises: it runs only on a closing comment
 * by an app, and lets the comment's and the issue's text reach the shell through the environment only.
 */
const WORKFLOWS = join(projectRoot, '.github/workflows');
const workflowFiles = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const read = (name: string) => readFileSync(join(WORKFLOWS, name), 'utf8');

describe('GitHub workflows', () => {
  it.each(workflowFiles)('%s is a valid workflow', (name) => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });

  it('the validator finds a workflow GitHub would refuse', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });

  describe('the GitVote import', () => {
    const text = read('gitvote-import.yml');
    type Job = { if?: string; needs?: string; steps: { run?: string; env?: Record<string, string> }[] };
    const workflow = parse(text) as { on: unknown; jobs: { import: Job; propose: Job } };
    const job = workflow.jobs.import;
    const steps = [...workflow.jobs.import.steps, ...workflow.jobs.propose.steps];

    it('runs on a new comment, only when an app posts "## Vote closed"', () => {
      expect(workflow.on).toEqual({ issue_comment: { types: ['created'] } });
      expect(job.if).toBe("github.event.comment.user.type == 'Bot' && startsWith(github.event.comment.body, '## Vote closed')");
    });

    it('runs npm run decision:import, then, in a job that runs no npm, opens a pull request with the decision', () => {
      const script = (j: Job) => j.steps.map((s) => s.run ?? '').join('\n');
      expect(script(workflow.jobs.import)).toContain('npm run --silent decision:import -- "$RUNNER_TEMP/vote-closed.md" --rule "$RULE"');
      expect(workflow.jobs.propose.needs).toBe('import');
      expect(script(workflow.jobs.propose)).toContain('git add content/decisions/');
      expect(script(workflow.jobs.propose)).toContain('gh pr create');
      expect(script(workflow.jobs.propose)).not.toMatch(/\bnpm\b/);
    });

    // The jq programs of the step that reads the vote, run on an issue's comments as the step saves them (one JSON object a line).
    const hasJq = spawnSync('jq', ['--version']).status === 0;
    it.skipIf(!hasJq)('finds the opening day in GitVote\'s last "Vote created" comment and the rule in the last /vote-<profile> command', () => {
      const script = job.steps.map((s) => s.run ?? '').join('\n');
      const programs = [...script.matchAll(/jq -r -s '([^']+)'/g)].map((m) => m[1]!);
      expect(programs).toHaveLength(2);
      const comments = [
        { body: '/vote-approve-new-maintainer', created_at: '2026-02-27T08:00:00Z', type: 'User' },
        { body: '## Vote created\n\n**@ana-fixture** has called for a vote', created_at: '2026-02-27T08:00:05Z', type: 'Bot' },
        { body: 'Sorry, wrong profile.\n/vote-change-charter is what we need', created_at: '2026-03-01T10:00:00Z', type: 'User' },
        { body: '/vote-change-charter', created_at: '2026-03-02T08:00:00Z', type: 'User' },
        { body: '## Vote created\n\n**@ana-fixture** has called for a vote', created_at: '2026-03-02T08:00:04Z', type: 'Bot' },
        { body: '## Vote created (a copy typed by a person)', created_at: '2026-03-03T08:00:00Z', type: 'User' },
      ];
      const input = comments.map((c) => JSON.stringify(c)).join('\n');
      const run = (program: string) => spawnSync('jq', ['-r', '-s', program], { input, encoding: 'utf8' }).stdout.trim();
      expect(programs.map(run)).toEqual(['2026-03-02', 'change-charter']);
    });

    it('puts no expression into a script: what anyone can write reaches the shell as an environment variable', () => {
      for (const step of steps) expect(step.run ?? '').not.toContain('${{');
      expect(steps.flatMap((s) => Object.values(s.env ?? {}))).toEqual(
        expect.arrayContaining(['${{ github.event.comment.body }}', '${{ github.event.issue.title }}']),
      );
    });
  });
});
