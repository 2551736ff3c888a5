// One ajv configuration, shared by codegen (standalone validators) and the spec tests, so that what the
// tests check is exactly what ships.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { JsonSchema, SchemaFile } from './load.js';
import { SpecError } from './spec-error.js';

/** Vendor annotations used by spec/ (the error catalog, whom a requirement binds); data, not validation. */
export const ANNOTATION_KEYWORDS = ['x-http-status', 'x-exit-code', 'x-scope', 'x-party'] as const;

export function createAjv(options: { standalone?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    // One error is enough to name the failing pointer, and stops early on hostile input.
    allErrors: false,
    // Each referenced schema stays its own function instead of being pasted into every caller, so a generated
    // validator changes only where the schema it validates changes (and the checks are the same either way).
    inlineRefs: false,
    code: options.standalone ? { source: true, esm: true } : undefined,
  });
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
  return ajv;
}

/**
 * Adds every schema, reporting a schema that breaks the 2020-12 meta-schema by file and pointer. `prepare`
 * rewrites a schema after it has been checked and before ajv compiles it.
 */
export function addSchemas(
  ajv: Ajv2020,
  schemas: SchemaFile[],
  prepare: (schema: JsonSchema) => JsonSchema = (schema) => schema,
): void {
  for (const { file, schema } of schemas) {
    if (!ajv.validateSchema(schema)) {
      const first = ajv.errors?.[0];
      throw new SpecError(file, first?.instancePath ?? '', `invalid schema: ${first?.message ?? 'unknown error'}`);
    }
    ajv.addSchema(prepare(schema), undefined, undefined, false);
  }
  for (const { file, schema } of schemas) {
    try {
      ajv.getSchema(schema.$id as string);
    } catch (error) {
      throw new SpecError(file, '', `does not compile: ${(error as Error).message}`);
    }
  }
}

/** Keywords whose value is a schema, a list of schemas or a map of them; every other value is data. */
const SUBSCHEMA = new Set(['not', 'if', 'then', 'else', 'contains', 'items', 'additionalProperties']);
for (const k of ['unevaluatedProperties', 'unevaluatedItems', 'propertyNames', 'contentSchema']) SUBSCHEMA.add(k);
const SUBSCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords that only describe: prose, examples and the vendor annotations. */
const DESCRIPTIVE = new Set<string>(['title', 'description', 'examples', '$comment', ...ANNOTATION_KEYWORDS]);

/**
 * The schema without its descriptive keywords: what validation depends on. Standalone code embeds the schema
 * it was compiled from, so without this a reworded description would rewrite every validator that reaches it.
 * A `oneOf` of distinct constants (the error catalog) becomes the `enum` it means: ajv nests one block per
 * branch of a `oneOf`, which for a catalog of fifty codes is fifty levels deep and tries every branch.
 */
export function validationOnly(schema: JsonSchema): JsonSchema {
  const constants = constantsOnly(schema.oneOf);
  if (constants && !('enum' in schema)) {
    const { oneOf: _, ...rest } = schema;
    return validationOnly({ ...rest, enum: constants });
  }
  // Boolean schemas (`additionalProperties: false`) have nothing to strip.
  const sub = (value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? validationOnly(value as JsonSchema) : value;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DESCRIPTIVE.has(key)) continue;
    if (SUBSCHEMA.has(key)) out[key] = sub(value);
    else if (SUBSCHEMA_LIST.has(key) && Array.isArray(value)) out[key] = value.map(sub);
    else if (SUBSCHEMA_MAP.has(key) && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, sub(s)]));
    } else out[key] = value;
  }
  return out;
}

/** The values of a list of `{ const }` schemas (annotations aside) when all differ, else undefined. */
function constantsOnly(list: unknown): unknown[] | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const values: unknown[] = [];
  for (const item of list) {
    if (item === null || typeof item !== 'object' || !('const' in item)) return undefined;
    if (Object.keys(item).some((key) => key !== 'const' && !DESCRIPTIVE.has(key))) return undefined;
    const value = (item as JsonSchema).const;
    if (typeof value === 'object' && value !== null) return undefined;
    if (values.includes(value)) return undefined;
    values.push(value);
  }
  return values;
}
