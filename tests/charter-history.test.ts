import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../src/site/config.ts';
import { GitFixture } from '../test-support/git-fixture.ts';
import { htmlFilesUnder, htmlProblems } from '../test-support/html-validation.ts';
import { buildEnv, FIXTURE_CONTENT, ProjectCopy, projectRoot } from '../test-support/project.ts';

/**
 * The charter's history pages, pinned on a copy of the project that is a git repository of its
 * own, made here: the project as first committed, an amendment named by its squash subject, a
 * change of a component only (derived facts: not an amendment), and an amendment brought in by
 * a merge commit that names its pull request. Then a shallow clone of that repository builds,
 * and says the history is not part of its build.
 */
const CHARTER = 'content/docs/governance.mdx';
const repository = loadSiteConfig(join(projectRoot, FIXTURE_CONTENT, '..')).repository;
const hashes: Record<string, string> = {};
const DECISION = '2026-03-01-minutes-of-closed-meetings';
let copy: ProjectCopy;
let shallow: string;

const page = (dir: string, route: string) => readFileSync(join(dir, 'dist', route, 'index.html'), 'utf8');
/** A page's main text, tags removed and whitespace collapsed, as a reader reads it. */
const text = (html: string) =>
  html
    .slice(html.indexOf('<main'), html.indexOf('</main>'))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

function build(dir: string): void {
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env: buildEnv(), timeout: 170_000 });
  if (r.status !== 0) throw new Error(`the build failed:\n${r.stdout}\n${r.stderr}`);
}

beforeAll(() => {
  // The fixture content (tests/fixtures/site/content) with the roster of tests/fixtures/roster/ and no decision yet.
  copy = new ProjectCopy().withFixtureContent().replaceFolder('content/maintainers', 'tests/fixtures/roster').remove('content/decisions');
  const repo = new GitFixture(copy.dir).init();
  writeFileSync(copy.path('.git/info/exclude'), 'node_modules\n');
  hashes.first = repo.commit('The governance site', '2026-01-10T09:00:00+00:00');
  copy.edit(CHARTER, 'Maintainers may resign at any time if', 'Maintainers may resign at any time, by opening an issue, if');
  hashes.amend1 = repo.commit('Resignation by issue (#7)', '2026-02-01T10:00:00+00:00');
  copy.edit(CHARTER, '<MeetingWhen id="office-hours" alsoIn="America/New_York" />', '<MeetingWhen id="office-hours" />');
  hashes.derived = repo.commit('Meeting time in UTC only', '2026-02-15T10:00:00+00:00');
  repo.git(['checkout', '-q', '-b', 'closed-meetings']);
  copy.edit(
    CHARTER,
    'except for any Maintainer who is accused of a CoC violation.',
    'except for any Maintainer who is accused of a CoC violation. Minutes are kept.',
  );
  hashes.amend2 = repo.commit('Minutes of closed meetings', '2026-03-01T11:00:00+00:00');
  repo.git(['checkout', '-q', 'main']);
  hashes.merge = repo.merge('closed-meetings', 'Merge pull request #9 from someone/closed-meetings', '2026-03-02T08:00:00+00:00');
  // The vote on pull request #9, recorded: eight of the fixture roster's eleven maintainers (none has a known joining day) for.
  const voters = ['aftersnow', 'bergwolf', 'bmicklea', 'caozhuozi', 'chlins', 'gaius-qi', 'gorkem', 'raravena80'];
  copy.write(
    `content/decisions/${DECISION}.md`,
    `---\nrule: change-charter\nsubject: Minutes of closed meetings\nopened: 2026-02-20\nclosed: 2026-03-01\nheldAt: ${repository}/pull/9\nvotes:\n${voters.map((h) => `  ${h}: for\n`).join('')}outcome: approved\n---\n\nKeep minutes of closed meetings.\n`,
  );
  build(copy.dir);

  shallow = mkdtempSync(join(tmpdir(), 'governance-site-shallow-'));
  rmSync(shallow, { recursive: true });
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${copy.dir}`, shallow], { stdio: 'ignore' });
  symlinkSync(join(projectRoot, 'node_modules'), join(shallow, 'node_modules'), 'dir');
  build(shallow);
});

afterAll(() => {
  copy?.dispose();
  if (shallow) rmSync(shallow, { recursive: true, force: true });
});

const short = (name: string) => hashes[name]!.slice(0, 7);

describe('the charter history of a build with the whole history', () => {
  it('lists the two amendments newest first, with date, summary, commit, pull request, and the decision that approved one', () => {
    const html = page(copy.dir, 'governance/history/');
    const body = text(html);
    expect(body).toContain('2026-03-01 : Minutes of closed meetings');
    expect(body).toContain('2026-02-01 : Resignation by issue (#7)');
    expect(body.indexOf('Minutes of closed meetings')).toBeLessThan(body.indexOf('Resignation by issue'));
    const amendments = body.slice(body.indexOf('Amendments'), body.indexOf('First version'));
    expect(amendments.match(/\d{4}-\d{2}-\d{2} :/g)).toHaveLength(2);
    expect(amendments.match(/No recorded decision/g)).toHaveLength(1);
    expect(amendments.slice(amendments.indexOf('Minutes of closed meetings'), amendments.indexOf('Resignation by issue'))).not.toContain(
      'No recorded decision',
    );
    expect(html).toContain(`href="/community/decisions/${DECISION}/"`);
    expect(html).toContain(`href="${repository}/commit/${hashes.amend2}"`);
    expect(html).toContain(`href="${repository}/pull/9"`);
    expect(html).toContain(`href="${repository}/pull/7"`);
    expect(html).toContain(`href="/community/governance/history/${short('amend2')}/"`);
  });

  it('lists the component change apart, as not an amendment, and the first version', () => {
    const body = text(page(copy.dir, 'governance/history/'));
    const apart = body.slice(body.indexOf('Not amendments'));
    expect(apart).toContain('2026-02-15 : Meeting time in UTC only');
    expect(body.slice(0, body.indexOf('Not amendments'))).not.toContain('Meeting time in UTC only');
    expect(body).toContain(`First committed on 2026-01-10 as ${CHARTER} ( commit ${short('first')} )`);
  });

  it('shows each amendment as a word diff', () => {
    const html = page(copy.dir, `governance/history/${short('amend1')}`);
    expect(html).toContain('at any time<ins>, by opening an issue,</ins> if');
    expect(text(html)).toContain('0 deleted, 6 inserted.');
    expect(html).not.toContain('<del>');
    expect(text(html)).toContain('Resignation by issue (#7)');
    const second = page(copy.dir, `governance/history/${short('amend2')}`);
    expect(second).toContain('CoC violation. <ins>Minutes are kept.</ins>');
    expect(text(second)).toContain('Pull request #9');
  });

  it('keeps every version readable in full at its own address', () => {
    const first = text(page(copy.dir, `governance/versions/${short('first')}`));
    expect(first).toContain('Maintainers may resign at any time if they can no longer');
    const latest = text(page(copy.dir, `governance/versions/${short('amend2')}`));
    expect(latest).toContain('Maintainers may resign at any time, by opening an issue, if');
    expect(latest).toContain('Minutes are kept.');
    expect(latest).toContain('<VoteThreshold rule="change-charter" />');
  });

  it('gives valid HTML on every page of the history', async () => {
    const files = htmlFilesUnder(join(copy.dir, 'dist')).filter((f) => f.startsWith('governance/'));
    expect(files.length).toBe(1 + 1 + 2 + 3);
    const problems = (await Promise.all(files.map((f) => htmlProblems(readFileSync(join(copy.dir, 'dist', f), 'utf8'), f)))).flat();
    expect(problems).toEqual([]);
  });

  it('keeps diffs and past versions out of site search, the history page in it', () => {
    expect(page(copy.dir, `governance/history/${short('amend1')}`)).not.toContain('data-pagefind-body');
    expect(page(copy.dir, `governance/versions/${short('first')}`)).not.toContain('data-pagefind-body');
    expect(page(copy.dir, 'governance/history/')).toContain('data-pagefind-body');
  });

  it('says on the charter how often it was amended, linking its history', () => {
    expect(page(copy.dir, 'governance/')).toMatch(
      /Amended twice; last on 2026-03-01\. <a href="\/community\/governance\/history\/">History of the charter<\/a>/,
    );
  });
});

describe('the governance feed of that build', () => {
  it('has the two amendments and the decision, each dated when it happened and linked to its page', () => {
    const feed = readFileSync(join(copy.dir, 'dist/governance.xml'), 'utf8');
    expect(feed).toContain(`<guid isPermaLink="false">decision:${DECISION}</guid>`);
    expect(feed).toContain(`https://governance.example.org/community/decisions/${DECISION}/`);
    for (const name of ['amend1', 'amend2']) {
      expect(feed).toContain(`<guid isPermaLink="false">charter-amendment:${hashes[name]}</guid>`);
      expect(feed).toContain(`https://governance.example.org/community/governance/history/${short(name)}/`);
    }
    expect(feed).toContain('Sun, 01 Mar 2026');
  });
});

describe('the deploy workflow', () => {
  it('checks out the whole history, which the charter history needs', () => {
    const workflow = readFileSync(join(projectRoot, '.github/workflows/deploy.yml'), 'utf8');
    expect(workflow).toMatch(/actions\/checkout@[^\n]+\n\s+with:\n\s+fetch-depth: 0\b/);
  });
});

describe('the charter history of a shallow clone', () => {
  it('builds, and says the history is not part of this build, listing nothing', () => {
    const body = text(page(shallow, 'governance/history/'));
    expect(body).toContain("The charter's history is not part of this build: this build was made from a shallow clone");
    expect(body).not.toContain('Amendments');
    expect(text(page(shallow, 'governance/'))).toContain('Its history of amendments is not part of this build.');
  });
});
