import { describe, expect, it } from 'vitest';
import { unplacedLines } from './links-integration.ts';

describe('the links the Markdown plugin could not place', () => {
  it('are named once each, by file and line, however often a doc was compiled', () => {
    // containerd's README.md, compiled twice in one build: its ./MAINTAINERS link was logged by each compilation.
    const maintainers = {
      file: 'content/docs/README.md',
      line: 32,
      href: './MAINTAINERS',
      message: 'link "./MAINTAINERS" leads to "content/docs/MAINTAINERS", which is not a file of the repository',
    };
    const nope = { file: 'content/docs/SIG-NODE.md', line: 148, href: './NOPE.md', message: 'link "./NOPE.md" leads nowhere' };
    const earlier = { ...maintainers, line: 7, href: './x.md', message: 'link "./x.md" leads nowhere' };
    expect(unplacedLines([nope, maintainers, maintainers, earlier, nope])).toEqual([
      'content/docs/README.md:7: link "./x.md" leads nowhere',
      'content/docs/README.md:32: link "./MAINTAINERS" leads to "content/docs/MAINTAINERS", which is not a file of the repository',
      'content/docs/SIG-NODE.md:148: link "./NOPE.md" leads nowhere',
    ]);
  });

  it('keeps two different links of one line apart', () => {
    const a = { file: 'content/docs/a.md', line: 3, href: './b.md', message: 'link "./b.md" leads nowhere' };
    const c = { ...a, href: './c.md', message: 'link "./c.md" leads nowhere' };
    expect(unplacedLines([a, c, a])).toHaveLength(2);
  });
});
