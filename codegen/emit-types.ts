// generated/types.ts: one TypeScript type per schema file, named after it, via json-schema-to-typescript.
// All files are compiled together as definitions of one synthetic root so each type is declared once.
import { compile } from 'json-schema-to-typescript';
import { braces } from './js-scan.js';
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
    const body = ts
      .slice(ts.indexOf(banner) + banner.length)
      .replace(/export interface SwarmSpecTypes \{[^}]*\}\n/, '');
    return `${banner}\n${inFileOrder(
      body,
      schemas.map(({ name }) => name),
    )}`;
  } catch (error) {
    throw new SpecError('spec/schemas', '', `type generation failed: ${(error as Error).message}`);
  }
}

/**
 * The tool declares each type where it first meets it, so a new reference would move a declaration across the
 * file; ordering the top-level declarations (each with its doc comment) by schema file keeps every one in place.
 */
function inFileOrder(ts: string, names: string[]): string {
  const events: [number, number][] = [];
  braces(ts, (index, depth) => events.push([index, depth]));
  const starts: number[] = [];
  let depth = 0;
  let next = 0;
  let previous = '';
  for (let lineStart = 0; lineStart < ts.length; ) {
    while (next < events.length && (events[next] as [number, number])[0] < lineStart) depth = events[next++]![1];
    const end = ts.indexOf('\n', lineStart) < 0 ? ts.length : ts.indexOf('\n', lineStart);
    const line = ts.slice(lineStart, end);
    const opens = line.startsWith('/**') || (line.startsWith('export ') && previous !== ' */');
    if (opens && depth === 0) starts.push(lineStart);
    previous = line;
    lineStart = end + 1;
  }
  const rank = (block: string) => {
    const index = names.indexOf(/^export (?:type|interface|enum|const) (\w+)/m.exec(block)?.[1] ?? '');
    return index < 0 ? names.length : index;
  };
  const blocks = starts
    .map((start, k) => ts.slice(start, starts[k + 1] ?? ts.length).replace(/\n*$/, '\n'))
    .map((block, k) => ({ block, k, rank: rank(block) }))
    .sort((a, b) => a.rank - b.rank || a.k - b.k);
  return `${ts.slice(0, starts[0] ?? ts.length).trim()}${blocks.map((b) => b.block).join('')}`;
}
