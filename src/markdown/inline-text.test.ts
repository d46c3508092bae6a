import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownText, markdownUrl } from './inline-text.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Every node of the Markdown as GitHub's flavour parses it, and the text a reader sees. */
function read(markdown: string): { types: string[]; html: string[]; text: string; links: string[] } {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  const found = { types: [] as string[], html: [] as string[], text: '', links: [] as string[] };
  const walk = (node: Nodes) => {
    found.types.push(node.type);
    if (node.type === 'text') found.text += node.value;
    if (node.type === 'html') found.html.push(node.value);
    if (node.type === 'link' || node.type === 'image') found.links.push(node.url);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

const hostile = [
  'Ada Lovelace',
  '[Security contact](https://evil.example/)',
  '![tracker](https://evil.example/pixel.png)',
  'https://evil.example/login',
  'see www.evil.example',
  'mail security@evil.example',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  '&#91;entity link&#93;(https://evil.example/)',
  '**bold** _em_ ~~struck~~ `code` | table |',
  '# not a heading',
  '\\[escaped\\](https://evil.example/)',
  '[ref]: https://evil.example/',
  'Ada\n\n## Security contact\n\nhttps://evil.example/',
];

describe('text from content, as Markdown inline text', () => {
  it.each(hostile)('%j reads as itself, with no link, image, heading or HTML of its own', (text) => {
    const found = read(`- [@ada](https://github.com/ada) — ${markdownText(text)}`);
    expect(found.links).toEqual(['https://github.com/ada']);
    expect(found.types.filter((t) => !['root', 'list', 'listItem', 'paragraph', 'link', 'text', 'html'].includes(t))).toEqual([]);
    // The only HTML is the empty comment that breaks up a bare link, which GitHub shows as nothing.
    expect(found.html.every((h) => h === '<!-- -->')).toBe(true);
    expect(found.text).toBe(`@ada — ${text.replace(/\n+/g, ' ')}`);
  });

  it('leaves ordinary names and dates as they are', () => {
    expect(markdownText('Görkem Ercan, Red Hat (since 2025-06-01; areas: specification)')).toBe(
      'Görkem Ercan, Red Hat (since 2025-06-01; areas: specification)',
    );
  });
});

describe('a URL as the destination of a Markdown link', () => {
  it('keeps a link that closes itself and opens another one link, to the whole address', () => {
    const url = 'https://zoom.us/j/1)[Backup%20link](https://evil.example/)(';
    const found = read(`[Zoom](${markdownUrl(url)})`);
    expect(found.links).toEqual(['https://zoom.us/j/1%29[Backup%20link]%28https://evil.example/%29%28']);
    expect(new URL(found.links[0]!).pathname).toBe(new URL(url).pathname.replace(/\(/g, '%28').replace(/\)/g, '%29'));
    expect(found.text).toBe('Zoom');
  });

  it('encodes angle brackets, spaces, backslashes and control characters, and nothing else', () => {
    expect(markdownUrl('https://e.example/a b<c>\\d\te')).toBe('https://e.example/a%20b%3Cc%3E%5Cd%09e');
    const ordinary = 'https://us06web.zoom.us/j/89085916734?pwd=dBaeMvmg9SyWvWj5Caf2i1bNaCf2oJ.1';
    expect(markdownUrl(ordinary)).toBe(ordinary);
  });
});
