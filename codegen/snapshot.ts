// generated/spec-snapshot.json: the spec as of the last regeneration, for the change report. The bundled
// generated/openapi.json already holds the endpoints, but only the schemas the API references; the snapshot adds
// every schema file and every requirement definition, so that the next `npm run codegen` can say what changed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleOpenApi } from './emit-openapi.js';
import { collectRequirements, type RequirementDefinition } from './emit-requirements.js';
import { type JsonSchema, loadSpec, type Spec } from './load.js';

export const SNAPSHOT_FILE = 'spec-snapshot.json';

export interface SpecSnapshot {
  schemas: Record<string, JsonSchema>;
  requirements: Record<string, Pick<RequirementDefinition, 'text' | 'level' | 'party' | 'source'>>;
}

/** What the change report compares: the bundled OpenAPI document and the snapshot. */
export interface SpecState {
  openapi: JsonSchema;
  snapshot: SpecSnapshot;
}

export function emitSnapshot(spec: Spec, requirements: Map<string, RequirementDefinition>): string {
  const schemas: SpecSnapshot['schemas'] = {};
  for (const { name, schema } of spec.schemas) {
    const { $schema: _dialect, $id: _id, ...rest } = schema;
    schemas[name] = rest;
  }
  const snapshot: SpecSnapshot = { schemas, requirements: {} };
  for (const [id, { text, level, party, source }] of [...requirements].sort(([a], [b]) => a.localeCompare(b))) {
    snapshot.requirements[id] = { text, level, party, source };
  }
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** The state a set of generated files describes (name → content, as `generate` returns them). */
export function stateFromFiles(files: ReadonlyMap<string, string>): SpecState {
  const openapi = files.get('openapi.json');
  const snapshot = files.get(SNAPSHOT_FILE);
  if (openapi === undefined || snapshot === undefined) throw new Error(`codegen emitted no openapi.json or snapshot`);
  return { openapi: JSON.parse(openapi), snapshot: JSON.parse(snapshot) };
}

/** The state a generated/ folder was written from; undefined when it predates the snapshot (or is missing). */
export function readState(generatedDir: string): SpecState | undefined {
  const openapi = join(generatedDir, 'openapi.json');
  const snapshot = join(generatedDir, SNAPSHOT_FILE);
  if (!existsSync(openapi) || !existsSync(snapshot)) return undefined;
  try {
    return { openapi: JSON.parse(readFileSync(openapi, 'utf8')), snapshot: JSON.parse(readFileSync(snapshot, 'utf8')) };
  } catch {
    // A hand-broken generated/ is drift: the check names it; the report just has nothing to compare against.
    return undefined;
  }
}

/** The state spec/ describes now, read without generating any code (what `generate` would snapshot). */
export async function readSpecState(root: string): Promise<SpecState> {
  const spec = loadSpec(root);
  const openapi = await bundleOpenApi(spec.openapiFile, 'spec/openapi.yaml');
  return { openapi, snapshot: JSON.parse(emitSnapshot(spec, collectRequirements(spec))) };
}
