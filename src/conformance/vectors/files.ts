// The golden vectors as runtime data of the suite: one JSON file per kind (their README in shared/vectors describes
// the layout), read from a directory at run time and their compact strings ({"$repeat"}, {"$concat"}) expanded. By
// default each kind comes from the package's own copy of its set: test/fixtures/vectors (0.1.0, the reference's)
// and test/fixtures/vectors-0.2 (ours), which the package ships and the tests read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The 0.1.0 kinds (the reference's vectors), each one file `<kind>.json`, in the order a run checks them. */
const V01_KINDS = ['keys', 'signatures', 'verify', 'invite_tokens', 'system_messages', 'join_requests'] as const;
/** The 0.2 kinds (this project's vectors: JCS, the envelope signature, sealed content), checked after them. */
const V02_KINDS = ['jcs', 'envelope_signatures', 'envelope_verify', 'sealed'] as const;

export const VECTOR_KINDS = [...V01_KINDS, ...V02_KINDS] as const;
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

/** The package's 0.1.0 vectors. */
export function defaultVectorsDir(): string {
  return join(packageRoot(), 'test', 'fixtures', 'vectors');
}

/** The package's 0.2 vectors. */
export function defaultVectors02Dir(): string {
  return join(packageRoot(), 'test', 'fixtures', 'vectors-0.2');
}

function defaultDirOf(kind: VectorKind): string {
  return (V02_KINDS as readonly string[]).includes(kind) ? defaultVectors02Dir() : defaultVectorsDir();
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

/**
 * Reads every vector file present in `dir` (by default each kind from its set's directory in the package); a kind
 * whose file is absent has no cases, so a directory of one set's files runs that set alone.
 */
export function loadVectorFiles(dir?: string): VectorFile[] {
  const files: VectorFile[] = [];
  for (const kind of VECTOR_KINDS) {
    const path = join(dir ?? defaultDirOf(kind), `${kind}.json`);
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
