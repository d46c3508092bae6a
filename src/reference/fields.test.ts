import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaFields, undocumentedFields, type FieldReference } from './fields.ts';

/** The fields without their schemas, as the page shows them. */
const shown = (fields: FieldReference[]) => fields.map(({ schema: _schema, ...rest }) => rest);

const when = z.string().meta({ title: 'date, YYYY-MM-DD' });

describe('the fields of a schema', () => {
  it('lists each field with its type, whether it is required, its description and its example; a group or list of groups is followed by its own fields', () => {
    const schema = z.strictObject({
      name: z.string().min(1).meta({ description: 'Who.', example: 'Ada' }),
      homepage: z
        .url({ protocol: /^https$/ })
        .optional()
        .meta({ description: 'Where.', example: 'https://example.org' }),
      status: z.enum(['active', 'emeritus']).meta({ description: 'How.', example: 'active' }),
      rule: z
        .strictObject({
          every: z.number().int().min(1).meta({ description: 'Weeks.', example: '2' }),
          ratio: z.number().meta({ description: 'Share.', example: '0.5' }),
        })
        .meta({ description: 'When.' }),
      skipped: z
        .array(z.strictObject({ date: when.meta({ description: 'The day.', example: '2025-12-25' }) }))
        .default([])
        .meta({ description: 'Days off.' }),
      platform: z.string().default('Zoom').meta({ description: 'On what.', example: 'Zoom' }),
      votes: z
        .record(z.string(), z.enum(['for', 'against']))
        .default({})
        .meta({ description: 'Ballots.', example: '{ ada: for }' }),
      tags: z.array(z.string()).optional().meta({ description: 'Topics.', example: '[a, b]' }),
    });
    expect(shown(schemaFields(schema))).toEqual([
      { path: 'name', type: 'text', required: true, description: 'Who.', example: 'Ada', hasSubfields: false },
      { path: 'homepage', type: 'https:// address', required: false, description: 'Where.', example: 'https://example.org', hasSubfields: false },
      { path: 'status', type: 'one of active, emeritus', required: true, description: 'How.', example: 'active', hasSubfields: false },
      { path: 'rule', type: 'group of the fields below', required: true, description: 'When.', example: undefined, hasSubfields: true },
      { path: 'rule.every', type: 'whole number', required: true, description: 'Weeks.', example: '2', hasSubfields: false },
      { path: 'rule.ratio', type: 'number', required: true, description: 'Share.', example: '0.5', hasSubfields: false },
      {
        path: 'skipped',
        type: 'list of entries with the fields below',
        required: false,
        whenAbsent: 'none',
        description: 'Days off.',
        example: undefined,
        hasSubfields: true,
      },
      { path: 'skipped[].date', type: 'date, YYYY-MM-DD', required: true, description: 'The day.', example: '2025-12-25', hasSubfields: false },
      { path: 'platform', type: 'text', required: false, whenAbsent: 'Zoom', description: 'On what.', example: 'Zoom', hasSubfields: false },
      {
        path: 'votes',
        type: 'lines of "key: value", each value one of for, against',
        required: false,
        whenAbsent: 'none',
        description: 'Ballots.',
        example: '{ ada: for }',
        hasSubfields: false,
      },
      { path: 'tags', type: 'list of text values', required: false, description: 'Topics.', example: '[a, b]', hasSubfields: false },
    ]);
  });

  it('takes the type of a preprocessed or transformed field from what it checks, or from its title', () => {
    const schema = z.object({
      day: z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(['monday', 'tuesday'])).meta({ description: 'Day.', example: 'monday' }),
      opened: when
        .transform((s) => s.trim())
        .optional()
        .meta({ description: 'Opened.', example: '2025-07-01' }),
    });
    expect(schemaFields(schema).map((f) => [f.path, f.type, f.required])).toEqual([
      ['day', 'one of monday, tuesday', true],
      ['opened', 'date, YYYY-MM-DD', false],
    ]);
  });

  it('shows a field the schema requires but the reader fills in when left out as optional, saying what stands for it', () => {
    const schema = z.strictObject({ title: z.string().meta({ description: 'The title.', example: 'Charter', whenAbsent: 'the first heading' }) });
    expect(shown(schemaFields(schema))).toEqual([
      { path: 'title', type: 'text', required: false, whenAbsent: 'the first heading', description: 'The title.', example: 'Charter', hasSubfields: false },
    ]);
  });

  it('names the fields that have no description, and those with a value of their own but no example', () => {
    const schema = z.object({
      plain: z.string(),
      described: z.string().meta({ description: 'Said.' }),
      group: z.object({ inner: z.string().meta({ description: 'Inner.', example: 'x' }) }).meta({ description: 'Group.' }),
    });
    expect(undocumentedFields(schemaFields(schema))).toEqual(['plain: no description', 'plain: no example', 'described: no example']);
  });

  it('asks for a title on a field whose type it cannot name', () => {
    expect(() => schemaFields(z.object({ odd: z.custom<string>(() => true) }))).toThrow(
      'no name for a field of zod type "custom": give it a title with .meta({ title: … })',
    );
  });
});
