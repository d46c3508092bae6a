import jsYaml from 'js-yaml';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentCollections } from '../checks/collections.ts';
import { SITE_CONFIG_PATH } from '../site/config.ts';
import { SITE_ICON_PATH } from '../site/site-icon.ts';
import { contentFiles, textAndCode } from './content-files.ts';
import { undocumentedFields } from './fields.ts';

describe('the content reference', () => {
  const files = contentFiles();

  it('describes every field of every content schema, with an example of each field that holds a value', () => {
    expect(files.flatMap((file) => undocumentedFields(file.fields).map((problem) => `${file.path}: ${problem}`))).toEqual([]);
  });

  it('gives examples that each field accepts, read as Astro reads them (js-yaml) and as the check does (yaml)', () => {
    const refused = files.flatMap((file) =>
      file.fields
        .filter((field) => field.example !== undefined)
        .flatMap((field) => {
          const key = field.path.replace(/^.*[.\]]/, '');
          const line = `${key}: ${field.example}`;
          return [jsYaml.load(line), parseYaml(line)].flatMap((read) => {
            const result = z.safeParse(field.schema, (read as Record<string, unknown>)[key]);
            return result.success ? [] : [`${file.path}: ${line}: ${result.error.issues.map((i) => i.message).join('; ')}`];
          });
        }),
    );
    expect(refused).toEqual([]);
  });

  it('covers every content collection, the site file and the icon, each under its own heading', () => {
    const paths = files.map((file) => file.path);
    for (const collection of contentCollections)
      expect(
        paths.some((path) => path.startsWith(`${collection.dir}/`)),
        collection.name,
      ).toBe(true);
    expect(paths).toContain(SITE_CONFIG_PATH);
    expect(paths).toContain(SITE_ICON_PATH);
    expect(new Set(files.map((file) => file.id)).size).toBe(files.length);
  });
});

describe('textAndCode', () => {
  it('splits text at backticks into plain text and code', () => {
    expect(textAndCode('run `npm run generate` after `since`.')).toEqual([
      { text: 'run ', code: false },
      { text: 'npm run generate', code: true },
      { text: ' after ', code: false },
      { text: 'since', code: true },
      { text: '.', code: false },
    ]);
    expect(textAndCode('no code')).toEqual([{ text: 'no code', code: false }]);
  });
});
