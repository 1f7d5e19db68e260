import fc from 'fast-check';
import { z } from 'zod';

// Inputs for property tests made from a zod schema's JSON Schema: mostly well-formed values (so the handler's own
// checks run, not only the schema's), with hints for fields whose good values come from the data (ids, dates), and
// mutations that break one field at a time.

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  additionalProperties?: boolean | JsonSchema;
};

/** Good values for fields known by name (ids from the database, dates around the data's years). */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

export const calendarDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Fields whose strings are calendar dates (the schemas check them with a refinement JSON Schema cannot show). */
const DATE_LIKE = /(^date$|Date$|On$|Since$|^asOf$|^from$|^to$)/;

/** Values that break a field: wrong types, non-finite and extreme numbers, impossible dates, huge and odd strings. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0, -0, 1e308, -1e308, 2 ** 53 + 1, 0.5),
  fc.constantFrom('', ' ', '2026-02-30', '2026-13-01', '0000-00-00', '2026-11-27T25:61', '9999-12-31', '1e3', 'NaN', '１２３', '宗地', '\u0000', '../../etc/passwd', "'; DROP TABLE plots;--", '<script>alert(1)</script>', '__proto__'),
  fc.constantFrom('x'.repeat(1_000_000), '地'.repeat(300_000), '9'.repeat(400)),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);

function schemaOf(s: JsonSchema): JsonSchema[] {
  return s.anyOf ?? s.oneOf ?? [];
}

/** An arbitrary of values that satisfy (as far as JSON Schema can say) the schema, using hints by field name. */
export function arbitraryFor(s: JsonSchema, hints: Hints, name = ''): fc.Arbitrary<unknown> {
  const hint = hints[name];
  if (hint) return hint;
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = schemaOf(s);
  if (alternatives.length > 0) return fc.oneof(...alternatives.map((a) => arbitraryFor(a, hints, name)));
  if (s.allOf && s.allOf[0]) return arbitraryFor(s.allOf[0], hints, name);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      const required = new Set(s.required ?? []);
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, sub] of props) shape[key] = arbitraryFor(sub, hints, key);
      return fc.record(shape, { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) });
    }
    case 'array': {
      const item = s.items ? arbitraryFor(s.items, hints, name) : fc.jsonValue({ maxDepth: 1 });
      return fc.array(item, { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, 4) });
    }
    case 'string': {
      if (DATE_LIKE.test(name)) return calendarDate;
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? Infinity));
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 20, 20) }).filter((v) => v.trim().length >= (s.minLength ?? 0));
    }
    case 'integer':
      return fc.integer({ min: Math.ceil(s.minimum ?? s.exclusiveMinimum ?? -5), max: Math.floor(s.maximum ?? s.exclusiveMaximum ?? 2030) });
    case 'number':
      return fc.double({ min: s.minimum ?? s.exclusiveMinimum ?? -1e6, max: s.maximum ?? s.exclusiveMaximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

export interface Mutation {
  path: string[];
  kind: 'replace' | 'delete' | 'extra';
}

function leafPaths(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      leafPaths(v, [...prefix, k], out);
    }
  }
  return out;
}

/** A well-formed value with one field broken (replaced by junk, deleted, or an unknown key added beside it). */
export function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<{ value: unknown; mutation: Mutation }> {
  return base.chain((value): fc.Arbitrary<{ value: unknown; mutation: Mutation }> => {
    const paths = leafPaths(value);
    if (paths.length === 0) return junk.map((j) => ({ value: j, mutation: { path: [], kind: 'replace' } }));
    const kinds: Mutation['kind'][] = ['replace', 'delete', 'extra'];
    return fc.tuple(fc.constantFrom(...paths), fc.constantFrom(...kinds), junk).map(([path, kind, j]) => {
      const copy = structuredClone(value) as Record<string, unknown>;
      let parent: Record<string, unknown> = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
      const last = path[path.length - 1] ?? '';
      if (kind === 'replace') parent[last] = j;
      else if (kind === 'delete') delete parent[last];
      else parent[`${last}Extra`] = j;
      return { value: copy, mutation: { path, kind } };
    });
  });
}
