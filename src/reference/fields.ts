import { z } from 'zod';

/**
 * The fields of a content schema as the content reference shows them, read from the zod
 * schema itself: the description and example of a field are its `.meta()` in src/schemas/,
 * so the reference cannot say anything the schema does not.
 */
export interface FieldReference {
  /** Where the field is written: `handle`, `rule.start`, `moved[].to` (a field of each entry of a list). */
  path: string;
  /** What may be written: "text", "one of active, emeritus", "date, YYYY-MM-DD" … */
  type: string;
  required: boolean;
  /** What a missing optional field stands for, when it stands for something. */
  whenAbsent?: string;
  /** The field's `description` meta, undefined when the schema gives none. */
  description: string | undefined;
  /** The field's `example` meta: a value as written after `key: ` in the file. */
  example: string | undefined;
  /** Whether the field holds fields of its own (a group, or a list of groups), listed after it. */
  hasSubfields: boolean;
  /** The field's schema, which its example must pass. */
  schema: AnySchema;
}

type AnySchema = z.core.$ZodType;

interface Unwrapped {
  base: AnySchema;
  required: boolean;
  defaultValue?: unknown;
  description?: string;
  example?: string;
  title?: string;
  /** What stands for the field when it is left out, though the schema requires it: it is filled in before the schema reads it. */
  whenAbsent?: string;
}

/** The fields of an object schema, each followed by its own fields (a group's, or each list entry's), depth first. */
export function schemaFields(schema: AnySchema, prefix = ''): FieldReference[] {
  const shape = objectShape(unwrap(schema).base);
  if (!shape) throw new Error(`${prefix || 'the schema'} is not an object of fields`);
  return Object.entries(shape).flatMap(([key, field]) => {
    const path = `${prefix}${key}`;
    const u = unwrap(field);
    const element = u.base._zod.def.type === 'array' ? unwrap((u.base as z.core.$ZodArray)._zod.def.element).base : undefined;
    const subfields = objectShape(u.base) ? schemaFields(u.base, `${path}.`) : element && objectShape(element) ? schemaFields(element, `${path}[].`) : [];
    const absent = u.whenAbsent ?? (u.required ? undefined : absentText(u.defaultValue));
    const entry: FieldReference = {
      path,
      type: u.title ?? typeName(u.base),
      required: u.required && u.whenAbsent === undefined,
      description: u.description,
      example: u.example,
      hasSubfields: subfields.length > 0,
      schema: field,
      ...(absent === undefined ? {} : { whenAbsent: absent }),
    };
    return [entry, ...subfields];
  });
}

/** The paths of fields without a description, and of fields with a value of their own but no example. */
export function undocumentedFields(fields: readonly FieldReference[]): string[] {
  return fields.flatMap((f) => [...(f.description ? [] : [`${f.path}: no description`]), ...(f.example || f.hasSubfields ? [] : [`${f.path}: no example`])]);
}

/** Peels optional, default and pipes off a field, collecting the meta of every layer (the outermost wins). */
function unwrap(schema: AnySchema): Unwrapped {
  const found: Unwrapped = { base: schema, required: true };
  let current: AnySchema | undefined = schema;
  while (current) {
    const meta = z.globalRegistry.get(current);
    found.description ??= stringOf(meta?.description);
    found.example ??= stringOf(meta?.['example']);
    found.title ??= stringOf(meta?.title);
    found.whenAbsent ??= stringOf(meta?.['whenAbsent']);
    found.base = current;
    const def = current._zod.def as z.core.$ZodTypeDef & { innerType?: AnySchema; defaultValue?: unknown; in?: AnySchema; out?: AnySchema };
    if (def.type === 'optional') found.required = false;
    if (def.type === 'default') {
      found.required = false;
      found.defaultValue = def.defaultValue;
    }
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType;
    // A preprocess is a transform piped into the schema that checks; any other pipe is judged by what it reads.
    else if (def.type === 'pipe') current = def.in?._zod.def.type === 'transform' ? def.out : def.in;
    else current = undefined;
  }
  return found;
}

function objectShape(schema: AnySchema): Record<string, AnySchema> | undefined {
  return schema._zod.def.type === 'object' ? (schema as z.core.$ZodObject)._zod.def.shape : undefined;
}

function typeName(schema: AnySchema): string {
  const u = unwrap(schema);
  if (u.title) return u.title;
  const def = u.base._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  switch (def.type) {
    case 'string':
      if (def['format'] === 'url') return String(def['protocol']) === String(/^https$/) ? 'https:// address' : 'http:// or https:// address';
      return 'text';
    case 'number':
      return (u.base as z.ZodNumber).format === 'safeint' ? 'whole number' : 'number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${Object.values(def['entries'] as Record<string, string>).join(', ')}`;
    case 'array': {
      const element = def['element'] as AnySchema;
      return objectShape(unwrap(element).base) ? 'list of entries with the fields below' : `list of ${typeName(element)} values`;
    }
    case 'record':
      return `lines of "key: value", each value ${typeName(def['valueType'] as AnySchema)}`;
    case 'object':
      return 'group of the fields below';
    case 'union':
      return (def['options'] as AnySchema[]).map(typeName).join(' or ');
    default:
      throw new Error(`no name for a field of zod type "${def.type}": give it a title with .meta({ title: … }) in its schema`);
  }
}

function absentText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.length === 0) return 'none';
  if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) return 'none';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
