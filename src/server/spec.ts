// The bundled OpenAPI document (generated/openapi.json), read once, and the view of it that
// express-openapi-validator checks management requests against: the /api paths, served at the origin.
import { readFileSync } from 'node:fs';

type Json = { [key: string]: unknown };

let cached: Json | undefined;

export function bundledSpec(): Json {
  if (!cached) {
    const url = new URL('../../generated/openapi.json', import.meta.url);
    let text: string;
    try {
      text = readFileSync(url, 'utf8');
    } catch {
      // dist/src/server/spec.js sits one level deeper than src/server/spec.ts.
      text = readFileSync(new URL('../../../generated/openapi.json', import.meta.url), 'utf8');
    }
    cached = JSON.parse(text) as Json;
  }
  return cached;
}

export function managementSpec(): Json {
  const spec = structuredClone(bundledSpec());
  const paths: Json = {};
  for (const [path, item] of Object.entries(spec.paths as Json)) {
    if (!path.startsWith('/api/')) continue;
    const { servers: _servers, ...operations } = item as Json;
    paths[path] = operations;
  }
  return { ...spec, servers: [{ url: '/' }], paths };
}
