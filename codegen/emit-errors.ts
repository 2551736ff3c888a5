// generated/errors.ts: the error catalog of spec/schemas/ErrorCode.json as a typed constant table.
import type { SchemaFile } from './load.js';
import { SpecError } from './spec-error.js';

interface CatalogEntry {
  const: string;
  description: string;
  'x-http-status': number | null;
  'x-exit-code': number;
  'x-scope': 'wire' | 'local';
}

export function emitErrors(schemas: SchemaFile[], banner: string): string {
  const file = schemas.find((s) => s.name === 'ErrorCode');
  if (!file) throw new SpecError('spec/schemas/ErrorCode.json', '', 'the error catalog is missing');
  const entries = file.schema.oneOf as CatalogEntry[];
  const rows = entries.map((entry, index) => {
    for (const key of ['const', 'description', 'x-http-status', 'x-exit-code', 'x-scope'] as const) {
      if (!(key in entry)) throw new SpecError(file.file, `/oneOf/${index}`, `catalog entry lacks "${key}"`);
    }
    return `  ${entry.const}: { status: ${entry['x-http-status']}, exitCode: ${entry['x-exit-code']}, scope: '${entry['x-scope']}', description: ${JSON.stringify(entry.description)} },`;
  });
  return [
    banner,
    "import type { ErrorCode } from './types.js';",
    '',
    'export interface ErrorCatalogEntry {',
    '  /** HTTP status answered with this code; null for codes that never cross the wire. */',
    '  readonly status: number | null;',
    '  /** Exit code of the `swarm` CLI for this failure. */',
    '  readonly exitCode: number;',
    "  readonly scope: 'wire' | 'local';",
    '  readonly description: string;',
    '}',
    '',
    'export const errorCatalog: { readonly [code in ErrorCode]: ErrorCatalogEntry } = {',
    ...rows,
    '};',
    '',
    'export const errorCodes = Object.keys(errorCatalog) as ErrorCode[];',
    '',
    'export function isErrorCode(value: unknown): value is ErrorCode {',
    "  return typeof value === 'string' && Object.hasOwn(errorCatalog, value);",
    '}',
    '',
  ].join('\n');
}
