import { describe, expect, it } from 'vitest';
import { readFrontmatter } from './frontmatter.ts';

describe('readFrontmatter', () => {
  it('finds the block, its YAML and the lines it takes', () => {
    expect(readFrontmatter('---\ntitle: A\norder: 1\n---\n\nBody.\n')).toEqual({
      block: '---\ntitle: A\norder: 1\n---\n',
      yaml: 'title: A\norder: 1',
      lines: 4,
    });
  });

  it('reads Windows line ends, an empty block and a file that is only frontmatter', () => {
    expect(readFrontmatter('---\r\ntitle: A\r\n---\r\nBody')?.yaml).toBe('title: A');
    expect(readFrontmatter('---\n---\nBody')).toEqual({ block: '---\n---\n', yaml: '', lines: 2 });
    expect(readFrontmatter('---\ntitle: A\n---')).toEqual({ block: '---\ntitle: A\n---', yaml: 'title: A', lines: 3 });
  });

  it('finds none when the file does not start with it, or it is not closed', () => {
    expect(readFrontmatter('Body\n---\ntitle: A\n---\n')).toBeUndefined();
    expect(readFrontmatter('---\ntitle: A\nBody\n')).toBeUndefined();
    expect(readFrontmatter('---\ntitle: A\n----\n')).toBeUndefined();
  });
});
