import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFilesUnder, htmlProblems } from '../test-support/html-validation.ts';
import { fixtureSite } from '../test-support/project.ts';

const page = (body: string, after = '') =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main>${body}</main></body></html>${after}\n`;

describe('the HTML validator', () => {
  it('accepts a valid page and names the file, line and rule of each error', async () => {
    expect(await htmlProblems(page('<p>Fine.</p>'), 'ok.html')).toEqual([]);
    expect(await htmlProblems(page('<ul><div>x</div></ul>'), 'bad.html')).toEqual([
      'bad.html:2:85: <div> element is not permitted as content under <ul> (element-permitted-content)',
    ]);
  });

  it('reports a script written after </html>, as the W3C checker does', async () => {
    expect(await htmlProblems(page('', '<script type="module" src="/a.js"></script>'), 'search/index.html')).toEqual([
      "search/index.html:2:102: <script> after </html>: move it inside <body> (in an Astro page, inside the layout's element) (site/nothing-after-html)",
    ]);
  });

  it('reports a page without doctype and a label for a control that does not exist', async () => {
    const problems = await htmlProblems('<html lang="en"><head><title>t</title></head><body><label for="q">Find</label></body></html>', 'x.html');
    expect(problems.map((p) => /\((\S+)\)$/.exec(p)![1])).toEqual(['missing-doctype', 'no-missing-references']);
  });
});

// The real content's pages: tests/real-content.test.ts.
describe('every page of the fixture site', () => {
  it('is valid HTML', async () => {
    const dist = fixtureSite().dist;
    const files = htmlFilesUnder(dist);
    expect(files).toEqual(expect.arrayContaining(['404.html', 'index.html', 'search/index.html', 'meetings/index.html']));
    const problems = (await Promise.all(files.map((f) => htmlProblems(readFileSync(join(dist, f), 'utf8'), f)))).flat();
    expect(problems).toEqual([]);
  });
});
