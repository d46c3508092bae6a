import { describe, expect, it } from 'vitest';
import { imagePathProblem, imageReferences } from './image-paths.ts';

describe('imageReferences', () => {
  it('finds Markdown images and the images of raw HTML at their lines, and none in code or in links', () => {
    const text = [
      '---',
      'title: "![not](an/image.png)"',
      '---',
      '',
      '![one](a.png) and [a link](b.png)',
      '',
      '<p>',
      '<img alt="two" src="c.png">',
      '<picture><source srcset="d.png 1x, e.png 2x"></picture>',
      '</p>',
      '',
      '```md',
      '![in code](f.png)',
      '```',
      '',
      '`![inline code](g.png)`',
    ].join('\n');
    expect(imageReferences(text, false)).toEqual([
      { line: 5, src: 'a.png' },
      { line: 8, src: 'c.png' },
      { line: 9, src: 'd.png' },
      { line: 9, src: 'e.png' },
    ]);
  });

  it('finds the images of an MDX file, in Markdown and in JSX, with a value written as {"…"}', () => {
    const text = '---\ntitle: T\n---\n\n![one](a.png)\n\n<img src="b.png" alt="" />\n\nText <img src={"c.png"} alt="" /> and <img src={`d.png`} />.\n';
    expect(imageReferences(text, true)).toEqual([
      { line: 5, src: 'a.png' },
      { line: 7, src: 'b.png' },
      { line: 9, src: 'c.png' },
      { line: 9, src: 'd.png' },
    ]);
  });

  it('finds nothing in a file that does not parse (its own check names the error)', () => {
    expect(imageReferences('<img src="a.png"\n\n{', true)).toEqual([]);
  });
});

describe('imagePathProblem', () => {
  const from = 'content/docs/page.md';
  const repository: Record<string, 'tracked' | 'symbolic link' | 'untracked'> = {
    'content/docs/diagram.png': 'tracked',
    'images/logo.png': 'tracked',
    'images/linked.png': 'symbolic link',
    'images/new.png': 'untracked',
  };
  const fileAt = (path: string) => repository[path] ?? 'missing';

  it('lets through an image the repository tracks, wherever in it, and what is not a path of the repository', () => {
    for (const src of [
      'diagram.png',
      './diagram.png',
      '../../images/logo.png',
      '../../images/logo.png?v=2',
      'https://example.org/x.png',
      '//example.org/x.png',
      '#x',
      '',
    ]) {
      expect(imagePathProblem(src, from, fileAt), src).toBeUndefined();
    }
  });

  it('refuses a path out of the repository, written plainly or encoded, and an absolute path', () => {
    expect(imagePathProblem('../../../etc/x.png', from, fileAt)).toMatch(/^image "\.\.\/\.\.\/\.\.\/etc\/x\.png" points outside the repository; /);
    expect(imagePathProblem('%2e%2e/%2E%2E/%2e%2e/x.png', from, fileAt)).toMatch(/points outside the repository/);
    expect(imagePathProblem('../../..', from, fileAt)).toMatch(/points outside the repository/);
    expect(imagePathProblem('/etc/x.png', from, fileAt)).toMatch(/is an absolute path, which names a file of the machine that builds the site/);
    expect(imagePathProblem('%E0%A4%A.png', from, fileAt)).toMatch(/is not a path that can be read/);
  });

  it('refuses an image reached through a symbolic link, one git does not track, and one that does not exist', () => {
    expect(imagePathProblem('../../images/linked.png', from, fileAt)).toMatch(/leads through a symbolic link \(images\/linked\.png\)/);
    expect(imagePathProblem('../../images/new.png', from, fileAt)).toMatch(/names images\/new\.png, which git does not track/);
    expect(imagePathProblem('gone.png', from, fileAt)).toMatch(/^image "gone\.png": content\/docs\/gone\.png does not exist; /);
  });
});
