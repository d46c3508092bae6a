import { describe, expect, it } from 'vitest';
import { problemsFromBuildOutput } from './build-output.ts';

// Excerpts of real scripts/build.ts logs (timestamps and warnings kept where they might confuse a reader).
const linkCheckLog = `13:03:00 [build] ✓ Completed in 1.13s.
   ╭─[ content/docs/governance.mdx?astroPropagatedAssets:2:6 ]
13:03:00 [ERROR] [modelspec:link-check] An unhandled error occurred while running the "astro:build:done" hook

Build failed; nothing was written.

Broken internal link (1):
content/docs/code-of-conduct.mdx:24: link "/community/governance/#code-of-conduckt" on page /community/code-of-conduct/ leads to /community/governance/, which has no heading or element with id "code-of-conduckt"
`;

const remarkLog = `13:03:09 [ERROR] [vite] ✗ Build failed in 567ms

Build failed with 1 error:

[plugin @mdx-js/rolldown] /tmp/bo/content/docs/governance.mdx:undefined:undefined
MDXError: Broken links in content/docs/governance.mdx:
content/docs/governance.mdx:37: link "./MAINTAINERS.md" cannot be turned into a site link: "content/docs/MAINTAINERS.md" does not exist
content/docs/governance.mdx:66: link "./code-of-condukt.mdx" cannot be turned into a site link: "content/docs/code-of-condukt.mdx" does not exist
    at TransformPluginContextImpl.handler (file:///x/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)
content/docs/governance.mdx:37: link "./MAINTAINERS.md" cannot be turned into a site link: "content/docs/MAINTAINERS.md" does not exist
`;

const mdxSyntaxLog = `13:03:18 [ERROR] [vite] ✗ Build failed in 551ms

Build failed with 1 error:

[plugin @mdx-js/rolldown] /tmp/bo/content/docs/code-of-conduct.mdx:27:23
MDXError: Unexpected character \`.\` (U+002E) in attribute name, expected an attribute name character
    at TransformPluginContextImpl.handler (file:///x/node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js:64:17)
`;

describe('problemsFromBuildOutput', () => {
  it('reads the link check and leaves timestamps and warning frames alone', () => {
    expect(problemsFromBuildOutput(linkCheckLog, '/tmp/bo')).toEqual([
      {
        file: 'content/docs/code-of-conduct.mdx',
        line: 24,
        message: 'link "/community/governance/#code-of-conduckt" on page /community/code-of-conduct/ leads to /community/governance/, which has no heading or element with id "code-of-conduckt"',
      },
    ]);
  });

  it('reads each broken repository link once, even when the log repeats it', () => {
    expect(problemsFromBuildOutput(remarkLog, '/tmp/bo').map((p) => `${p.file}:${p.line}`)).toEqual(['content/docs/governance.mdx:37', 'content/docs/governance.mdx:66']);
  });

  it('reads an MDX syntax error with its line and column, relative to the project, and says how to fix it', () => {
    const [p, ...rest] = problemsFromBuildOutput(mdxSyntaxLog, '/tmp/bo');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'content/docs/code-of-conduct.mdx', line: 27, column: 23 });
    expect(p!.message).toMatch(/^MDX syntax error: Unexpected character `\.` .*In MDX, "<" starts a component and "\{" an expression: write \\< or \\\{/);
  });

  it('hands over an error without a location as it is, without the stack trace', () => {
    const [p] = problemsFromBuildOutput('13:00 [build] ok\n13:01 [ERROR] Something odd\nTypeError: x is not a function\n    at foo (bar.js:1:1)\n', '/tmp/bo');
    expect(p).toEqual({ file: '', message: 'the build failed: 13:01 [ERROR] Something odd\nTypeError: x is not a function' });
  });
});
