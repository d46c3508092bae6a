import { describe, expect, it } from 'vitest';
import { externalImageProblem, hostAllowed, imagePathProblem, imageReferences, imageTarget, servedImageRoute } from './image-paths.ts';

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

describe('reference-style images', () => {
  it('finds the image a definition names for ![alt][ref], at the definition, once, and not a definition only links use', () => {
    const text =
      '[![Build][badge]][ci] ![Badge][BADGE]\n\n![Logo][]\n\n[badge]: https://img.shields.io/x.svg\n[ci]: https://ci.example.org\n[logo]: img/logo.png\n';
    expect(imageReferences(text, false)).toEqual([
      { line: 5, src: 'https://img.shields.io/x.svg' },
      { line: 7, src: 'img/logo.png' },
    ]);
  });
});

describe('images of the repository, as the site serves them', () => {
  it('gives the repository path of a relative image, and none for an address, a fragment, an absolute path or one outside', () => {
    expect(imageTarget('img/a.png?v=2', 'content/docs/wg/page.md')).toBe('content/docs/wg/img/a.png');
    expect(imageTarget('../../../assets/a%20b.png', 'content/docs/wg/page.md')).toBe('assets/a b.png');
    for (const src of ['https://x.org/a.png', '//x.org/a.png', '#a', '/a.png', '../../../../a.png', ''])
      expect(imageTarget(src, 'content/docs/wg/page.md'), src).toBeUndefined();
  });

  it('serves each at its repository path under _repository/, each segment encoded', () => {
    expect(servedImageRoute('assets/a b#1.png')).toBe('/_repository/assets/a%20b%231.png');
  });

  it('refuses a file that is no image, which the site would serve as a page or a script', () => {
    expect(imagePathProblem('../../scripts/x.html', 'content/docs/page.md', () => 'tracked')).toMatch(
      /names scripts\/x\.html, which is not an image the site serves/,
    );
    expect(imagePathProblem('Logo.SVG', 'content/docs/page.md', () => 'tracked')).toBeUndefined();
  });
});

describe('images by their address', () => {
  it('allows a host listed, and the subdomains of *.host, but not the host itself nor a look-alike', () => {
    expect(hostAllowed('img.shields.io', ['img.shields.io'])).toBe(true);
    expect(hostAllowed('user-images.githubusercontent.com', ['*.githubusercontent.com'])).toBe(true);
    expect(hostAllowed('githubusercontent.com', ['*.githubusercontent.com'])).toBe(false);
    expect(hostAllowed('evilgithubusercontent.com', ['*.githubusercontent.com'])).toBe(false);
    expect(hostAllowed('img.shields.io.evil.net', ['img.shields.io'])).toBe(false);
  });

  it('names both fixes for a host not listed, and refuses http:// and data:', () => {
    expect(externalImageProblem('https://IMG.shields.io/x.svg', ['img.shields.io'])).toBeUndefined();
    expect(externalImageProblem('https://img.shields.io/x.svg', [])).toBe(
      'image "https://img.shields.io/x.svg" is served by img.shields.io, which the site\'s Content-Security-Policy does not allow, so browsers would not show it; add img.shields.io to imageHosts in content/site.yaml, or put the image in the repository and write its path relative to this file',
    );
    expect(externalImageProblem('http://img.shields.io/x.svg', ['img.shields.io'])).toMatch(/served over plain http:\/\//);
    expect(externalImageProblem('data:image/png;base64,AAAA', [])).toMatch(/is not an https:\/\/ address/);
    expect(externalImageProblem('img/a.png', [])).toBeUndefined();
  });
});
