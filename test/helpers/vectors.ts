// The golden vectors for the tests the vector suite cannot express (a file on disk, a client with a store, spec/'s
// schemas): the suite's own copy and loader (src/conformance/vectors/files.ts), so there is one of each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultVectorsDir, expandVectors } from '../../src/conformance/vectors/files.js';

export interface VectorFile<Case> {
  description: string;
  cases: Case[];
}

export function loadVectors<Case = any>(name: string): VectorFile<Case> {
  return expandVectors(JSON.parse(readFileSync(join(defaultVectorsDir(), name), 'utf8'))) as VectorFile<Case>;
}
