// The tools' JSON Schemas as an MCP host receives them: the spec/schemas file itself, made self-contained. spec/
// keeps one type per file and refers across files (`"$ref": "Uuid.json"`), which a host cannot fetch, so each
// schema a tool's schema reaches is copied under `$defs` and the reference rewritten to `#/$defs/<Name>`. Nothing
// else changes: a tool's schema is the spec's, key for key. Read and built once, when the server starts.
import { readFileSync } from 'node:fs';

export type JsonSchema = { [key: string]: unknown };

/** src/mcp and the bundle in dist/cli sit two levels below the package root, dist/src/mcp three. */
const SPEC_DIRS = ['../../spec/schemas/', '../../../spec/schemas/'];

/** A schema file of spec/schemas by type name; a missing one stops start-up naming it. */
export function readSpecSchema(name: string): JsonSchema {
  for (const dir of SPEC_DIRS) {
    let text: string;
    try {
      text = readFileSync(new URL(`${dir}${name}.json`, import.meta.url), 'utf8');
    } catch {
      continue;
    }
    return JSON.parse(text) as JsonSchema;
  }
  throw new Error(`spec/schemas/${name}.json not found next to the swarm package`);
}

/**
 * `name`'s schema with every schema it refers to, transitively, under `$defs`. The dialect and `$id` keys go:
 * the result is one document with no base URI to resolve against, in MCP's default dialect (2020-12).
 */
export function selfContainedSchema(name: string, read: (name: string) => JsonSchema = readSpecSchema): JsonSchema {
  const pending: string[] = [];
  const seen = new Set<string>([name]);
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.endsWith('.json')) {
        const target = value.slice(0, -'.json'.length);
        if (!seen.has(target)) {
          seen.add(target);
          pending.push(target);
        }
        out[key] = target === name ? '#' : `#/$defs/${target}`;
      } else {
        out[key] = rewrite(value);
      }
    }
    return out;
  };
  const root = rewrite(withoutFileKeys(read(name))) as JsonSchema;
  const defs: Record<string, unknown> = {};
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    defs[next] = rewrite(withoutFileKeys(read(next)));
  }
  if (Object.keys(defs).length === 0) return root;
  return { ...root, $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))) };
}

/** The keys that belong to the file rather than the type: dialect, id, and our x- annotations. */
function withoutFileKeys(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(
    Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id' && !key.startsWith('x-')),
  );
}
