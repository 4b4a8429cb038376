import fc from 'fast-check';

/**
 * Inputs for a procedure, drawn from its own JSON Schema (made from its zod input), and the same
 * inputs spoiled: one value swapped for the wrong type, a huge string, odd Unicode, deep nesting
 * or a prototype-polluting key.
 */
type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
};

/** Strings that have broken real systems: NUL, lone surrogates, bidi overrides, formulas. */
export const oddStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil.csv',
  'Zoë\u0301 Ńowak',
  '李小龍',
  '👩‍👩‍👧‍👦',
  '=HYPERLINK("http://x")',
  "'; drop table learners; --",
  '<script>alert(1)</script>',
  '%00%ff',
  '\r\n\r\n',
  '9'.repeat(400),
];

const huge = (n: number) => 'x'.repeat(n);

function leaf(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1)
    return fc.oneof(...types.map((type) => fromSchema({ ...schema, type }, ids, 1)));
  switch (types[0]) {
    case 'string': {
      if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
      if (schema.format === 'date' || schema.format === 'date-time')
        return fc
          .date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
          .map((d) => (schema.format === 'date' ? d.toISOString().slice(0, 10) : d.toISOString()));
      const min = schema.minLength ?? 0;
      const max = Math.min(schema.maxLength ?? 40, min + 40);
      return fc.oneof(
        fc.string({ minLength: min, maxLength: max }),
        fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
        fc.constantFrom(...oddStrings),
        fc.constantFrom('2026-09-01', '2008-02-29', '1234567890', 'gcse', 'a_level'),
      );
    }
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1_000, -1_000_000),
        max: Math.min(schema.maximum ?? 10_000, 1_000_000),
      });
    case 'number':
      return fc.double({
        min: Math.max(schema.minimum ?? schema.exclusiveMinimum ?? -1_000, -1e6),
        max: Math.min(schema.maximum ?? 10_000, 1e6),
        noNaN: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

export function fromSchema(
  schema: JsonSchema,
  ids: readonly string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((s) => fromSchema(s, ids, depth + 1)));
  if (schema.allOf?.length === 1) return fromSchema(schema.allOf[0]!, ids, depth);
  if (schema.type === 'object' || schema.properties) {
    const entries = Object.entries(schema.properties ?? {});
    const shape = Object.fromEntries(entries.map(([k, s]) => [k, fromSchema(s, ids, depth + 1)]));
    return fc.record(shape, { requiredKeys: schema.required ?? [] });
  }
  if (schema.type === 'array') {
    const item = schema.items ? fromSchema(schema.items, ids, depth + 1) : fc.jsonValue();
    const minLength = schema.minItems ?? 0;
    return fc.array(item, { minLength, maxLength: Math.min(schema.maxItems ?? 4, minLength + 4) });
  }
  return leaf(schema, ids);
}

const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    0,
    -1,
    1e308,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    [],
    {},
    '',
    huge(1_000_000),
    huge(70_000),
    new Date(Number.NaN),
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
  ),
  fc.constantFrom(...oddStrings),
  fc.integer({ min: 1, max: 2_000 }).map((depth) => {
    let value: unknown = 'deep';
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  }),
);

/** Replaces one value somewhere in `input` (or the whole input) with something hostile. */
export function spoil(input: unknown, path: number[], replacement: unknown): unknown {
  if (input === null || typeof input !== 'object' || path.length === 0) return replacement;
  const keys = Object.keys(input);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(input)
    ? ([...input] as unknown as Record<string, unknown>)
    : { ...(input as Record<string, unknown>) };
  copy[key] = spoil(copy[key], path.slice(1), replacement);
  return copy;
}

/** Well-formed inputs half the time, spoiled ones the other half. */
export function hostileInputs(schema: JsonSchema, ids: readonly string[]) {
  const valid = fromSchema(schema, ids);
  return fc.oneof(
    valid,
    fc
      .tuple(valid, fc.array(fc.nat(), { minLength: 0, maxLength: 4 }), nasty)
      .map(([input, path, bad]) => spoil(input, path, bad)),
  );
}
