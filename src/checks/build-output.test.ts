import { describe, expect, it } from 'vitest';
import { problemsFromBuildOutput } from './build-output.ts';

// Excerpts of real scripts/build.ts logs (timestamps and warnings kept where they might confuse a reader).
const linkCheckLog = `13:03:00 [build] ✓ Completed in 1.13s.
   ╭─[ content/docs/governance.mdx?astroPropagatedAssets:2:6 ]
13:03:00 [ERROR] [governance-site:link-check] An unhandled error occurred while running the "astro:build:done" hook

Build failed; nothing was written.

Broken internal link (1):
content/docs/code-of-conduct.mdx:24: link "/community/governance/#code-of-conduckt" on page /community/code-of-conduct/ leads to /community/governance/, which has no heading or element with id "code-of-conduckt"
`;

// A real Sätteri build log (Astro 7's markdown processor): a broken repository link and an MDX syntax error at once.
const satteriLog = `13:54:33 [ERROR] [vite] ✗ Build failed in 341ms

Build failed; nothing was written.

Build failed with 2 errors:

[plugin @mdx-js/rolldown] /tmp/bo/content/docs/governance.mdx:undefined:undefined
MDXError: Broken links in content/docs/governance.mdx:
content/docs/governance.mdx:41: link "./MAINTAINERS.md" cannot be turned into a site link: "content/docs/MAINTAINERS.md" does not exist
content/docs/governance.mdx:70: link "./code-of-condukt.mdx" cannot be turned into a site link: "content/docs/code-of-condukt.mdx" does not exist
    at TransformPluginContextImpl.handler (file:///x/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)
    at async plugin (file:///x/node_modules/rolldown/dist/shared/bindingify-input-options-BjFSnI07.mjs:1758:16)
[plugin @mdx-js/rolldown] /tmp/bo/content/docs/code-of-conduct.mdx:9:15
MDXError: 9:15: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`) (mdx-jsx:unexpected-character)
    at TransformPluginContextImpl.handler (file:///x/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)
content/docs/governance.mdx:41: link "./MAINTAINERS.md" cannot be turned into a site link: "content/docs/MAINTAINERS.md" does not exist
`;

const unclosedTagLog = `[plugin @mdx-js/rolldown] /tmp/bo/content/docs/governance.mdx:3:1
MDXError: 3:1: Unexpected closing tag \`</span>\`, expected corresponding closing tag for \`<div>\` (1:1) (mdx-jsx:unexpected-character)
`;

// The link check naming a content problem that a page template's link shows: the doc, with no line.
const templateLinkLog = `Broken links (1):
content/docs/governance.mdx: has no heading with the id "removing-a-maintainer", which the page /community/maintainers/ (src/pages/maintainers/index.astro) links to (the nearest ids there: maintainers)
`;

describe('problemsFromBuildOutput', () => {
  it('reads a problem of a content file as a whole, with no line', () => {
    expect(problemsFromBuildOutput(templateLinkLog, '/tmp/bo')).toEqual([
      {
        file: 'content/docs/governance.mdx',
        message:
          'has no heading with the id "removing-a-maintainer", which the page /community/maintainers/ (src/pages/maintainers/index.astro) links to (the nearest ids there: maintainers)',
      },
    ]);
  });

  it('reads the link check and leaves timestamps and warning frames alone', () => {
    expect(problemsFromBuildOutput(linkCheckLog, '/tmp/bo')).toEqual([
      {
        file: 'content/docs/code-of-conduct.mdx',
        line: 24,
        message:
          'link "/community/governance/#code-of-conduckt" on page /community/code-of-conduct/ leads to /community/governance/, which has no heading or element with id "code-of-conduckt"',
      },
    ]);
  });

  it('reads each broken repository link once, even when the log repeats it', () => {
    expect(problemsFromBuildOutput(satteriLog, '/tmp/bo').map((p) => `${p.file}:${p.line}`)).toEqual([
      'content/docs/governance.mdx:41',
      'content/docs/governance.mdx:70',
      'content/docs/code-of-conduct.mdx:9',
    ]);
  });

  it('reads an MDX syntax error with its line and column, relative to the project, without the repeated position and rule id, and says how to fix it', () => {
    const p = problemsFromBuildOutput(satteriLog, '/tmp/bo').find((x) => x.file === 'content/docs/code-of-conduct.mdx');
    expect(p).toMatchObject({ line: 9, column: 15 });
    expect(p!.message).toMatch(
      /^MDX syntax error: Unexpected character after `<`, expected a valid JSX tag \(note: to create a link in MDX, use `\[text\]\(url\)`\)\. In MDX, "<" starts a component and "\{" an expression: write \\< or \\\{/,
    );
    const [unclosed] = problemsFromBuildOutput(unclosedTagLog, '/tmp/bo');
    expect(unclosed).toMatchObject({ file: 'content/docs/governance.mdx', line: 3, column: 1 });
    expect(unclosed!.message).toBe(
      'MDX syntax error: Unexpected closing tag `</span>`, expected corresponding closing tag for `<div>` (1:1). In MDX, "<" starts a component and "{" an expression: write \\< or \\{ for the character itself, and close every tag you open',
    );
  });

  it('hands over an error without a location as it is, without the stack trace', () => {
    const [p] = problemsFromBuildOutput('13:00 [build] ok\n13:01 [ERROR] Something odd\nTypeError: x is not a function\n    at foo (bar.js:1:1)\n', '/tmp/bo');
    expect(p).toEqual({ file: '', message: 'the build failed: 13:01 [ERROR] Something odd\nTypeError: x is not a function' });
  });
});
