// Reads spec/: every JSON Schema file and the OpenAPI document, checking that each file parses, declares
// the 2020-12 dialect, is named after its title, and that every $ref resolves.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { escapePointer, SpecError } from './spec-error.js';

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const SCHEMA_BASE = 'https://agent-swarm-protocol.dev/spec/schemas/';

export type JsonSchema = { [key: string]: unknown };

export interface SchemaFile {
  /** Type name: the file name without `.json`, equal to the schema's title. */
  name: string;
  /** Path relative to the project root, for messages. */
  file: string;
  schema: JsonSchema;
}

export interface Spec {
  root: string;
  schemas: SchemaFile[];
  openapiFile: string;
}

export function loadSpec(root: string): Spec {
  const dir = join(root, 'spec', 'schemas');
  const schemas: SchemaFile[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith('.json')) continue;
    const file = relative(root, join(dir, entry));
    const name = entry.slice(0, -'.json'.length);
    let schema: JsonSchema;
    try {
      schema = JSON.parse(readFileSync(join(dir, entry), 'utf8')) as JsonSchema;
    } catch (error) {
      throw new SpecError(file, '', `not valid JSON (${(error as Error).message})`);
    }
    if (schema.$schema !== SCHEMA_DIALECT) throw new SpecError(file, '/$schema', `must be ${SCHEMA_DIALECT}`);
    if (schema.$id !== `${SCHEMA_BASE}${entry}`) throw new SpecError(file, '/$id', `must be ${SCHEMA_BASE}${entry}`);
    if (schema.title !== name) throw new SpecError(file, '/title', `must equal the file name "${name}"`);
    schemas.push({ name, file, schema });
  }
  const names = new Set(schemas.map((s) => s.name));
  for (const s of schemas) checkRefs(s.schema, s.file, '', names);
  return { root, schemas, openapiFile: join(root, 'spec', 'openapi.yaml') };
}

/** Every $ref must name another schema file (`Name.json`) or a local pointer. */
function checkRefs(node: unknown, file: string, pointer: string, names: Set<string>): void {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) checkRefs(item, file, `${pointer}/${index}`, names);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    const here = `${pointer}/${escapePointer(key)}`;
    if (key === '$ref') {
      if (typeof value !== 'string') throw new SpecError(file, here, '$ref must be a string');
      const target = value.split('#')[0] ?? '';
      if (target !== '' && !names.has(target.replace(/\.json$/, ''))) {
        throw new SpecError(file, here, `$ref "${value}" does not resolve to a file in spec/schemas/`);
      }
      if (target !== '' && value.includes('#')) {
        throw new SpecError(file, here, `$ref "${value}" must name a whole schema file (one type per file)`);
      }
    } else {
      checkRefs(value, file, here, names);
    }
  }
}
