// The golden vectors as runtime data of the suite: one JSON file per kind (their README in shared/vectors describes
// the layout), read from a directory at run time and their compact strings ({"$repeat"}, {"$concat"}) expanded. The
// default directory is the package's own copy, test/fixtures/vectors, which the package ships and the tests read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The kinds of vector, each one file `<kind>.json`, in the order a run checks them. */
export const VECTOR_KINDS = [
  'keys',
  'signatures',
  'verify',
  'invite_tokens',
  'system_messages',
  'join_requests',
] as const;
export type VectorKind = (typeof VECTOR_KINDS)[number];

/** One case as stored: a name unique in its file, and fields whose meaning depends on the kind. */
export interface StoredCase {
  name: string;
  [field: string]: unknown;
}

export interface VectorFile {
  kind: VectorKind;
  path: string;
  cases: StoredCase[];
}

/**
 * The package root, found from this module wherever it runs: src/ through tsx, dist/src/ compiled, or a chunk of
 * the dist/cli bundle (each at another depth).
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'agent-swarm-protocol') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the agent-swarm-protocol package root for its vectors');
    dir = parent;
  }
}

export function defaultVectorsDir(): string {
  return join(packageRoot(), 'test', 'fixtures', 'vectors');
}

type Compact = { $repeat: string; count: number } | { $concat: unknown[] };

function isCompact(value: object): value is Compact {
  const keys = Object.keys(value);
  if (keys.length === 2 && '$repeat' in value && 'count' in value) return true;
  return keys.length === 1 && '$concat' in value && Array.isArray(value.$concat);
}

function expandCompact(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && isCompact(value)) {
    if ('$repeat' in value) return value.$repeat.repeat(value.count);
    return value.$concat.map(expandCompact).join('');
  }
  throw new Error(`not a compact string: ${JSON.stringify(value)?.slice(0, 80)}`);
}

/** Replaces every compact string by the string it stands for. */
export function expandVectors(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(expandVectors);
  if (node === null || typeof node !== 'object') return node;
  if (isCompact(node)) return expandCompact(node);
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, expandVectors(value)]));
}

/** Reads every vector file present in `dir`; a kind whose file is absent has no cases. */
export function loadVectorFiles(dir: string = defaultVectorsDir()): VectorFile[] {
  const files: VectorFile[] = [];
  for (const kind of VECTOR_KINDS) {
    const path = join(dir, `${kind}.json`);
    if (!existsSync(path)) continue;
    let document: unknown;
    try {
      document = expandVectors(JSON.parse(readFileSync(path, 'utf8')));
    } catch (error) {
      throw new Error(`${path}: not a vector file (${(error as Error).message})`);
    }
    const cases = (document as { cases?: unknown }).cases;
    if (!Array.isArray(cases) || cases.some((c) => typeof (c as StoredCase | null)?.name !== 'string')) {
      throw new Error(`${path}: expected {"cases": [{"name": ...}, ...]}`);
    }
    const names = new Set<string>();
    for (const { name } of cases as StoredCase[]) {
      // A case's check id is its name: two of one name would make one check of two cases.
      if (names.has(name)) throw new Error(`${path}: two cases are named ${name}`);
      names.add(name);
    }
    files.push({ kind, path, cases: cases as StoredCase[] });
  }
  return files;
}
