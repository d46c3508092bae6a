import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readFrontmatter } from './frontmatter.ts';
import { quickParse } from './quick-yaml.ts';

/** Every YAML text of the project: its content, the test fixtures and the bad-input corpus (frontmatter of Markdown included). */
function yamlTexts(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) found.push({ file: path, text: readFileSync(path, 'utf8') });
      else if (/\.mdx?$/.test(name)) {
        const front = readFrontmatter(readFileSync(path, 'utf8'));
        if (front) found.push({ file: path, text: front.yaml });
      }
    }
  };
  walk('content');
  walk('tests/fixtures');
  return found;
}

describe('the quick YAML parse', () => {
  const texts = yamlTexts();

  it('reads every YAML text of the project as the yaml package does, or leaves it to the yaml package', () => {
    expect(texts.length).toBeGreaterThan(50);
    let quick = 0;
    for (const { file, text } of texts) {
      const doc = parseDocument(text, { uniqueKeys: true });
      const fast = quickParse(text);
      // What the yaml package refuses, js-yaml refuses too: its message is the one the maintainer sees.
      if (doc.errors.length > 0) expect(fast, file).toBeUndefined();
      else if (fast !== undefined) {
        quick++;
        expect(fast.value ?? null, file).toEqual(doc.toJS() ?? null);
      }
    }
    // Most files take the quick path; the broken ones and those with an anchor do not.
    expect(quick).toBeGreaterThan(texts.length / 2);
  });

  it('keeps dates, yes/no and numbers as YAML 1.2 reads them', () => {
    expect(quickParse('joined: 2026-03-01\nactive: yes\non: true\norder: 010\nzone: +01:00\n')).toEqual({
      value: { joined: '2026-03-01', active: 'yes', on: true, order: 10, zone: '+01:00' },
    });
  });

  it('leaves a key given twice, a syntax error and an alias to the yaml package', () => {
    expect(quickParse('a: 1\na: 2\n')).toBeUndefined();
    expect(quickParse('votes: {alice: for, alice: against}\n')).toBeUndefined();
    expect(quickParse('title: "unclosed\n')).toBeUndefined();
    expect(quickParse('handle: @name\n')).toBeUndefined();
    expect(quickParse('a: &x [1]\nb: *x\n')).toBeUndefined();
  });
});
