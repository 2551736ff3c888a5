// The change report `npm run codegen` ends with: every difference between the spec as generated/ was last written
// (generated/openapi.json and generated/spec-snapshot.json) and the spec now, classed by whom it breaks.
//
// The comparison is our own, over the parsed documents, rather than a diffing package: the packages on npm either
// stop at OpenAPI 3.0 / JSON Schema draft-07 (openapi-diff, json-schema-diff, which ignores enum, const and
// pattern), or, tried on this spec (api-smart-diff 1.0.6), class `string` → `string|null` as breaking and a new
// `additionalProperties: false` as compatible, treat the 2020-12 keywords as annotations, and report an edit to a
// shared schema once per use. None knows the error catalog's statuses. See schema-diff.ts for the rules.
import { type Change, ChangeList, type Impact, show } from './change.js';
import { textHash } from './ledger.js';
import { diffOpenApi } from './openapi-diff.js';
import { diffSchema } from './schema-diff.js';
import type { SpecSnapshot, SpecState } from './snapshot.js';

const LEVEL_RANK: Record<string, number> = { MAY: 0, SHOULD: 1, MUST: 2 };

export function compareStates(before: SpecState, after: SpecState): Change[] {
  const out = new ChangeList();
  compareSchemas(before.snapshot.schemas, after.snapshot.schemas, out);
  diffOpenApi(before.openapi, after.openapi, out);
  compareRequirements(before.snapshot.requirements, after.snapshot.requirements, out);
  return out.changes;
}

export function protocolVersion(state: SpecState): string {
  return String((state.openapi.info as { version?: unknown } | undefined)?.version ?? '');
}

function compareSchemas(a: SpecSnapshot['schemas'], b: SpecSnapshot['schemas'], out: ChangeList): void {
  for (const [name, schema] of Object.entries(a)) {
    const next = b[name];
    if (next === undefined) {
      out.add(name, 'schema-removed', 'callers', `the type ${name} and validate${name} are no longer exported`);
    } else if (name === 'ErrorCode') {
      compareCatalog(schema, next, out);
      const { oneOf: _a, ...restA } = schema;
      const { oneOf: _b, ...restB } = next;
      diffSchema(restA, restB, name, out);
    } else diffSchema(schema, next, name, out);
  }
  for (const name of Object.keys(b)) if (!(name in a)) out.add(name, 'schema-added', 'compatible', 'new schema');
}

interface CatalogEntry {
  const: string;
  'x-http-status'?: number | null;
  'x-exit-code'?: number;
  'x-scope'?: string;
}

/** The error catalog (ErrorCode.json): codes and, per code, its HTTP status, CLI exit code and scope. */
function compareCatalog(a: Record<string, unknown>, b: Record<string, unknown>, out: ChangeList): void {
  const entries = (schema: Record<string, unknown>) =>
    new Map(((schema.oneOf ?? []) as CatalogEntry[]).map((entry) => [entry.const, entry]));
  const ea = entries(a);
  const eb = entries(b);
  for (const [code, entry] of ea) {
    const where = `error-code ${code}`;
    const next = eb.get(code);
    if (next === undefined) {
      out.add(where, 'removed', 'peers', 'peers that handle it by code no longer meet it; servers may not answer it');
      continue;
    }
    const status = [entry['x-http-status'], next['x-http-status']];
    if (status[0] !== status[1])
      out.add(where, 'status-changed', 'peers', `HTTP ${show(status[0])} → ${show(status[1])}`);
    if (entry['x-scope'] !== next['x-scope']) {
      out.add(where, 'scope-changed', 'peers', `${show(entry['x-scope'])} → ${show(next['x-scope'])}`);
    }
    if (entry['x-exit-code'] !== next['x-exit-code']) {
      out.add(
        where,
        'exit-code-changed',
        'callers',
        `swarm exits ${show(entry['x-exit-code'])} → ${show(next['x-exit-code'])}`,
      );
    }
  }
  for (const [code, entry] of eb) {
    if (!ea.has(code))
      out.add(`error-code ${code}`, 'added', 'compatible', `new code (HTTP ${show(entry['x-http-status'])})`);
  }
}

function compareRequirements(a: SpecSnapshot['requirements'], b: SpecSnapshot['requirements'], out: ChangeList): void {
  for (const [id, was] of Object.entries(a)) {
    const now = b[id];
    const where = `[${id}]`;
    if (now === undefined) {
      out.add(
        where,
        'removed',
        'compatible',
        'retired: its identifier is never used again (spec/requirements-ledger.json)',
      );
      continue;
    }
    if (was.text !== now.text) {
      out.add(where, `reworded ${textHash(now.text).slice(0, 8)}`, 'compatible', `now: "${now.text}"`);
    }
    const rank = [LEVEL_RANK[was.level] ?? 0, LEVEL_RANK[now.level] ?? 0];
    if (rank[1]! > rank[0]!) out.add(where, 'level-raised', 'peers', `${was.level} → ${now.level}`);
    if (rank[1]! < rank[0]!) out.add(where, 'level-lowered', 'compatible', `${was.level} → ${now.level}`);
    if (was.party !== now.party)
      out.add(where, 'party-changed', 'peers', `binds the ${now.party}, was the ${was.party}`);
  }
  for (const [id, now] of Object.entries(b)) {
    if (!(id in a)) out.add(`[${id}]`, 'added', 'compatible', `${now.level}, binds the ${now.party} (${now.source})`);
  }
}

const HEADINGS: Record<Impact, string> = {
  peers: 'breaking for peers',
  callers: 'breaking for library callers',
  compatible: 'compatible',
};

/**
 * The report as printed: one line per change, `<key>  <note>`, grouped by impact. `acknowledged` maps a key to
 * the reason recorded in spec/changes.yaml, printed beside it.
 */
export function formatReport(
  changes: Change[],
  versions: { before: string; after: string },
  acknowledged: ReadonlyMap<string, string> = new Map(),
): string {
  const version =
    versions.before === versions.after
      ? `protocol ${versions.after}`
      : `protocol ${versions.before} → ${versions.after}`;
  if (changes.length === 0) return `codegen: no protocol change since generated/ was written (${version})`;
  const lines = [`codegen: changes since generated/ was written (${version}):`];
  const width = Math.min(64, Math.max(...changes.map((c) => c.key.length)));
  for (const impact of ['peers', 'callers', 'compatible'] as const) {
    const group = changes.filter((c) => c.impact === impact);
    if (group.length === 0) continue;
    lines.push(`  ${HEADINGS[impact]} (${group.length}):`);
    for (const change of group) {
      const reason = acknowledged.get(change.key);
      lines.push(
        `    ${change.key.padEnd(width)}  ${change.note}${reason === undefined ? '' : ` [acknowledged: ${reason}]`}`,
      );
    }
  }
  return lines.join('\n');
}
