import { describe, expect, it } from 'vitest';
import { hasOwnTitle, tocEntries } from './toc.ts';

describe('tocEntries', () => {
  it('nests h3 under the h2 before it and drops other depths', () => {
    const toc = tocEntries([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'maintainers', text: 'Maintainers' },
      { depth: 3, slug: 'becoming-a-maintainer', text: 'Becoming a Maintainer' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'meetings', text: 'Meetings' },
      { depth: 2, slug: 'notes-on-c', text: 'Notes on C#' },
    ]);
    expect(toc).toEqual([
      { slug: 'maintainers', text: 'Maintainers', children: [{ slug: 'becoming-a-maintainer', text: 'Becoming a Maintainer', children: [] }] },
      { slug: 'meetings', text: 'Meetings', children: [] },
      { slug: 'notes-on-c', text: 'Notes on C#', children: [] },
    ]);
  });
});

describe('hasOwnTitle', () => {
  it('is true when the first heading is a level-one heading, which the layout then shows in place of its own', () => {
    expect(
      hasOwnTitle([
        { depth: 1, slug: 'charter', text: 'Charter' },
        { depth: 2, slug: 'scope', text: 'Scope' },
      ]),
    ).toBe(true);
    expect(
      hasOwnTitle([
        { depth: 2, slug: 'scope', text: 'Scope' },
        { depth: 1, slug: 'late', text: 'Late' },
      ]),
    ).toBe(false);
    expect(hasOwnTitle([])).toBe(false);
  });
});
