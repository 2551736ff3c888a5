// Loads the reference's golden vectors (test/fixtures/vectors, copied unchanged from shared/vectors) and
// expands their compact strings ({"$repeat"}, {"$concat"}) as their README prescribes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'fixtures', 'vectors');

type Compact = string | { $repeat: string; count: number } | { $concat: Compact[] };

function isCompact(value: unknown): value is Compact {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object') return false;
  const keys = Object.keys(value);
  return (keys.length === 2 && '$repeat' in value && 'count' in value) || (keys.length === 1 && '$concat' in value);
}

function expandCompact(value: Compact): string {
  if (typeof value === 'string') return value;
  if ('$repeat' in value) return value.$repeat.repeat(value.count);
  return value.$concat.map(expandCompact).join('');
}

/** Replaces every compact string in a vector document by the string it stands for. */
export function expand(node: unknown): unknown {
  if (node !== null && typeof node === 'object' && !Array.isArray(node) && isCompact(node)) {
    return expandCompact(node);
  }
  if (Array.isArray(node)) return node.map(expand);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, expand(v)]));
}

export interface VectorFile<Case> {
  description: string;
  cases: Case[];
}

export function loadVectors<Case = any>(name: string): VectorFile<Case> {
  return expand(JSON.parse(readFileSync(join(dir, name), 'utf8'))) as VectorFile<Case>;
}
