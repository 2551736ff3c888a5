import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { generate } from '../../codegen/main.js';
import { SNAPSHOT_FILE } from '../../codegen/snapshot.js';

const root = join(import.meta.dirname, '..', '..');

type Json = { [key: string]: any };

interface Edit {
  name: string;
  /** The schema file the edit touches, or null for an edit of spec/openapi.yaml alone. */
  schema: string | null;
  apply: (dir: string) => void;
  /** Most changed lines (added plus removed) allowed in any one generated file. */
  maxLines: number;
}

function editSchema(dir: string, name: string, change: (schema: Json) => void): void {
  const file = join(dir, 'spec', 'schemas', `${name}.json`);
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  change(schema);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
}

const edits: Edit[] = [
  {
    name: 'an optional property',
    schema: 'AgentInfo',
    apply: (dir) =>
      editSchema(dir, 'AgentInfo', (s) => {
        s.properties.region = { type: 'string', maxLength: 64 };
      }),
    maxLines: 40,
  },
  {
    name: 'a required property',
    schema: 'AgentInfo',
    apply: (dir) =>
      editSchema(dir, 'AgentInfo', (s) => {
        s.properties.started_at = { $ref: 'Timestamp.json' };
        s.required.push('started_at');
      }),
    maxLines: 40,
  },
  {
    name: 'an enum value',
    schema: 'Priority',
    apply: (dir) =>
      editSchema(dir, 'Priority', (s) => {
        s.enum.push('urgent');
      }),
    maxLines: 20,
  },
  {
    name: 'a new error code',
    schema: 'ErrorCode',
    apply: (dir) =>
      editSchema(dir, 'ErrorCode', (s) => {
        s.oneOf.push({
          const: 'QUOTA_EXCEEDED',
          description: 'The sender has used up its daily quota.',
          'x-http-status': 429,
          'x-exit-code': 4,
          'x-scope': 'wire',
        });
      }),
    maxLines: 40,
  },
  {
    name: 'a new endpoint',
    schema: null,
    apply: (dir) => {
      const file = join(dir, 'spec', 'openapi.yaml');
      const endpoint = [
        '  /api/version:',
        '    get:',
        '      operationId: getVersion',
        '      tags: [management]',
        '      summary: The protocol version the agent speaks',
        '      responses:',
        "        '200':",
        '          description: The version.',
        '          content:',
        '            application/json:',
        "              schema: { $ref: './schemas/Health.json' }",
        '',
      ].join('\n');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^components:$/m, `${endpoint}components:`));
    },
    maxLines: 60,
  },
];

/** Schema name → names of the schema files it references directly. */
function refGraph(dir: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const schemas = join(dir, 'spec', 'schemas');
  for (const entry of readdirSync(schemas).filter((f) => f.endsWith('.json'))) {
    const text = readFileSync(join(schemas, entry), 'utf8');
    const refs = [...text.matchAll(/"\$ref":\s*"([\w-]+)\.json"/g)].map((m) => m[1] as string);
    graph.set(entry.slice(0, -'.json'.length), new Set(refs));
  }
  return graph;
}

/** Every schema reachable from `from` by $ref, `from` included. */
function closure(graph: Map<string, Set<string>>, from: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(graph.get(name) ?? []));
  }
  return seen;
}

const reaches = (graph: Map<string, Set<string>>, from: Iterable<string>, target: string) =>
  closure(graph, from).has(target);

/** The generated files an edit of `schema` may change: those whose source reaches it by $ref. */
function expectedChanges(dir: string, schema: string | null): string[] {
  const graph = refGraph(dir);
  const openapiRefs = [
    ...readFileSync(join(dir, 'spec', 'openapi.yaml'), 'utf8').matchAll(/\.\/schemas\/(\w+)\.json/g),
  ];
  const fromOpenapi = openapiRefs.map((m) => m[1] as string);
  // The snapshot the change report compares with holds every schema file (the endpoints are in openapi.json).
  if (schema === null) return ['openapi.json', 'openapi.ts'];
  const files = ['types.ts', SNAPSHOT_FILE];
  for (const name of graph.keys()) if (reaches(graph, [name], schema)) files.push(`validators/${name}.ts`);
  if (reaches(graph, fromOpenapi, schema)) files.push('openapi.json', 'openapi.ts');
  if (schema === 'ErrorCode') files.push('errors.ts');
  return files.sort();
}

/** Lines added plus lines removed between two texts (longest common subsequence of lines). */
function changedLines(before: string, after: string): number {
  let a = before.split('\n');
  let b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  a = a.slice(head, a.length - tail);
  b = b.slice(head, b.length - tail);
  let row = new Array<number>(b.length + 1).fill(0);
  for (const line of a) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      next[j] = line === b[j - 1] ? (row[j - 1] as number) + 1 : Math.max(row[j] as number, next[j - 1] as number);
    }
    row = next;
  }
  return a.length + b.length - 2 * (row[b.length] as number);
}

describe('codegen: a typical spec edit changes only the files that depend on it, by a few lines', function () {
  this.timeout(120_000);
  // A private copy of spec/ taken once, so the baseline and every edit start from the same text.
  const pristine = mkdtempSync(join(tmpdir(), 'swarm-codegen-spec-'));
  const dir = mkdtempSync(join(tmpdir(), 'swarm-codegen-edits-'));
  let baseline: Map<string, string>;

  before(async () => {
    cpSync(join(root, 'spec'), join(pristine, 'spec'), { recursive: true });
    baseline = await generate(pristine);
  });
  after(() => {
    rmSync(pristine, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    rmSync(join(dir, 'spec'), { recursive: true, force: true });
    cpSync(join(pristine, 'spec'), join(dir, 'spec'), { recursive: true });
  });

  it('no generated validator keeps a name ajv numbered across the whole set', () => {
    for (const [name, text] of baseline) {
      if (name.startsWith('validators/')) expect(text, name).not.to.match(/\b(validate|schema|func|pattern)\d+\b/);
    }
  });

  for (const edit of edits) {
    it(edit.name, async () => {
      edit.apply(dir);
      const files = await generate(dir);
      const changed = [...files.keys()].filter((name) => files.get(name) !== baseline.get(name)).sort();
      expect(changed).to.deep.equal(expectedChanges(dir, edit.schema));
      const [before, after] = [refGraph(pristine), refGraph(dir)];
      for (const name of changed) {
        const lines = changedLines(baseline.get(name) ?? '', files.get(name) as string);
        // A validator that now reaches a schema it did not also gains that schema's function: allow its size.
        const schema = /^validators\/(\w+)\.ts$/.exec(name)?.[1];
        const gained = schema ? [...closure(after, [schema])].filter((s) => !closure(before, [schema]).has(s)) : [];
        const allowed = gained.reduce(
          (sum, s) => sum + (baseline.get(`validators/${s}.ts`) ?? '').split('\n').length,
          edit.maxLines,
        );
        expect(lines, `${name}: ${lines} changed lines`).to.be.within(1, allowed);
      }
    });
  }
});
