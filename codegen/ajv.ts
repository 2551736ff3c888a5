// One ajv configuration, shared by codegen (standalone validators) and the spec tests, so that what the
// tests check is exactly what ships.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { SchemaFile } from './load.js';
import { SpecError } from './spec-error.js';

/** Vendor annotations used by spec/ (the error catalog, whom a requirement binds); data, not validation. */
export const ANNOTATION_KEYWORDS = ['x-http-status', 'x-exit-code', 'x-scope', 'x-party'] as const;

export function createAjv(options: { standalone?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    // One error is enough to name the failing pointer, and stops early on hostile input.
    allErrors: false,
    code: options.standalone ? { source: true, esm: true } : undefined,
  });
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
  return ajv;
}

/** Adds every schema, reporting a schema that breaks the 2020-12 meta-schema by file and pointer. */
export function addSchemas(ajv: Ajv2020, schemas: SchemaFile[]): void {
  for (const { file, schema } of schemas) {
    if (!ajv.validateSchema(schema)) {
      const first = ajv.errors?.[0];
      throw new SpecError(file, first?.instancePath ?? '', `invalid schema: ${first?.message ?? 'unknown error'}`);
    }
    ajv.addSchema(schema);
  }
  for (const { file, schema } of schemas) {
    try {
      ajv.getSchema(schema.$id as string);
    } catch (error) {
      throw new SpecError(file, '', `does not compile: ${(error as Error).message}`);
    }
  }
}
