// generated/types.ts: one TypeScript type per schema file, named after it, via json-schema-to-typescript.
// All files are compiled together as definitions of one synthetic root so each type is declared once.
import { compile } from 'json-schema-to-typescript';
import type { JsonSchema, SchemaFile } from './load.js';
import { SpecError } from './spec-error.js';

/** Rewrites `Name.json` references into `#/definitions/Name` and drops keys the tool does not need. */
function localise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(localise);
  if (node === null || typeof node !== 'object') return node;
  const ref = (node as JsonSchema).$ref;
  // A $ref with sibling keywords would become a fresh copy of the referenced type; keep the bare reference.
  if (typeof ref === 'string') return { $ref: `#/definitions/${ref.replace(/\.json$/, '')}` };
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$id' || key === 'examples') continue;
    out[key] = localise(value);
  }
  return out;
}

export async function emitTypes(schemas: SchemaFile[], banner: string): Promise<string> {
  const definitions: JsonSchema = {};
  for (const { name, schema } of schemas) definitions[name] = localise(schema);
  const root = {
    title: 'SwarmSpecTypes',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(schemas.map(({ name }) => [name, { $ref: `#/definitions/${name}` }])),
    definitions,
  };
  try {
    const ts = await compile(root as never, 'SwarmSpecTypes', {
      bannerComment: banner,
      additionalProperties: false,
      declareExternallyReferenced: true,
      unreachableDefinitions: true,
      strictIndexSignatures: true,
      format: false,
      enableConstEnums: false,
      // minItems/maxItems would become tuple types; arrays stay arrays, the validators enforce the bounds.
      ignoreMinAndMaxItems: true,
    });
    // The synthetic root only exists to anchor the definitions.
    return ts.replace(/export interface SwarmSpecTypes \{[^}]*\}\n/, '');
  } catch (error) {
    throw new SpecError('spec/schemas', '', `type generation failed: ${(error as Error).message}`);
  }
}
