// generated/openapi.json (the bundled document) and generated/openapi.ts (path and component types,
// via openapi-typescript). The OpenAPI document is linted first; its problems name file and pointer.
import { bundle, createConfig, lint } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { SpecError } from './spec-error.js';

type Json = { [key: string]: unknown };

/** Bundled schemas keep `$id`/`$schema`; tools downstream resolve better without them. */
function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$id' || key === '$schema') continue;
    out[key] = strip(value);
  }
  return out;
}

export async function bundleOpenApi(file: string, relativeFile: string): Promise<Json> {
  const config = await createConfig({ extends: ['minimal'] });
  const problems = (await lint({ ref: file, config })).filter((p) => p.severity === 'error');
  const first = problems[0];
  if (first) {
    const location = first.location[0];
    throw new SpecError(
      location?.source.absoluteRef.replace(/^.*\/spec\//, 'spec/') ?? relativeFile,
      location?.pointer?.replace(/^#/, '') ?? '',
      first.message,
    );
  }
  const result = await bundle({ ref: file, config, dereference: false });
  const error = result.problems.find((p) => p.severity === 'error');
  if (error) throw new SpecError(relativeFile, error.location[0]?.pointer ?? '', error.message);
  const bundled = strip(result.bundle.parsed) as Json;
  // The bundler lists schemas in the order it meets them, so a new reference would move one; by name they stay.
  const components = bundled.components as { schemas?: Json } | undefined;
  if (components?.schemas) {
    components.schemas = Object.fromEntries(Object.entries(components.schemas).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return bundled;
}

export async function emitOpenApiTypes(bundled: Json, banner: string): Promise<string> {
  const ast = await openapiTS(bundled as never, { alphabetize: false, exportType: false });
  return `${banner}\n${astToString(ast)}`;
}
