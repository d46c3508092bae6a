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
    const workflow = parse(text) as { on: unknown; jobs: { import: { if: string; steps: { run?: string; env?: Record<string, string> }[] } } };
    const job = workflow.jobs.import;

    it('runs on a new comment, only when an app posts "## Vote closed"', () => {
      expect(workflow.on).toEqual({ issue_comment: { types: ['created'] } });
      expect(job.if).toBe("github.event.comment.user.type == 'Bot' && startsWith(github.event.comment.body, '## Vote closed')");
    });

    it('runs npm run decision:import and opens a pull request with the decision', () => {
      const script = job.steps.map((s) => s.run ?? '').join('\n');
      expect(script).toContain('npm run --silent decision:import -- "$RUNNER_TEMP/vote-closed.md" --rule "$RULE"');
      expect(script).toContain('git add content/decisions/');
      expect(script).toContain('gh pr create');
    });

    it('puts no expression into a script: what anyone can write reaches the shell as an environment variable', () => {
      for (const step of job.steps) expect(step.run ?? '').not.toContain('${{');
      expect(job.steps.flatMap((s) => Object.values(s.env ?? {}))).toEqual(
        expect.arrayContaining(['${{ github.event.comment.body }}', '${{ github.event.issue.title }}']),
      );
    });
  });
});
