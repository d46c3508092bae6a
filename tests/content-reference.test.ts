import { parseDocument, DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../src/reference/content-files.ts';
import { overBudget, weigh } from '../src/tooling/page-weight.ts';
import { firstVisit } from '../test-support/first-visit.ts';
import { fixtureSite } from '../test-support/project.ts';

/** The content reference as the fixture site (tests/fixtures/site/content) publishes it: every field of every schema, said as its schema says it. */
describe('the content reference page', () => {
  const site = fixtureSite();
  const readBuilt = (route: string) => site.read(route);
  const route = 'content-reference/';

  it('shows every field of every content file with its description, type and example', () => {
    const page = parseDocument(readBuilt(route));
    const text = (id: string, tag: 'dt' | 'dd') => {
      const term = DomUtils.findOne((e) => e.name === 'dt' && e.attribs['id'] === id, page.children);
      const node = tag === 'dt' ? term : term && DomUtils.nextElementSibling(term);
      return node ? DomUtils.textContent(node).replace(/\s+/g, ' ').trim() : `(no <dt id="${id}">)`;
    };
    const missing = contentFiles().flatMap((file) =>
      file.fields.flatMap((field) => {
        const id = `${file.id}-${field.path}`;
        const term = text(id, 'dt');
        const definition = text(id, 'dd');
        return [
          ...(term.startsWith(`${field.path} ${field.required ? 'required' : 'optional'}`) && term.endsWith(field.type) ? [] : [`${id}: term "${term}"`]),
          ...(definition.startsWith(field.description!) ? [] : [`${id}: no description in "${definition}"`]),
          ...(field.example === undefined || definition.endsWith(`Example: ${field.path.replace(/^.*[.\]]/, '')}: ${field.example}`)
            ? []
            : [`${id}: no example in "${definition}"`]),
        ];
      }),
    );
    expect(missing).toEqual([]);
    for (const file of contentFiles())
      expect(
        DomUtils.findOne((e) => e.name === 'h2' && e.attribs['id'] === file.id, page.children),
        file.id,
      ).not.toBeNull();
  });

  it('is linked from the contributing guide, and stays within the page budget', () => {
    expect(readBuilt('contributing/')).toContain('<a href="/community/content-reference/">content reference</a>');
    expect(overBudget(weigh(firstVisit({ dist: site.dist, read: readBuilt }, route)))).toEqual([]);
  });
});
