// generated/validators.ts: ajv validators compiled ahead of time (standalone code), one per schema file,
// typed with the generated types. Nothing is compiled at run time.
import standaloneCode from 'ajv/dist/standalone/index.js';
import { addSchemas, createAjv } from './ajv.js';
import type { SchemaFile } from './load.js';

export function emitValidators(schemas: SchemaFile[], banner: string): string {
  const ajv = createAjv({ standalone: true });
  addSchemas(ajv, schemas);
  const exports: Record<string, string> = {};
  for (const { name, schema } of schemas) exports[`raw${name}`] = schema.$id as string;
  const code = standaloneCode.default(ajv, exports);
  const typed = schemas
    .map(({ name }) => `export const validate${name} = raw${name} as unknown as ValidateFunction<${name}>;`)
    .join('\n');
  const names = schemas.map(({ name }) => name).join(', ');
  return [
    banner,
    '// @ts-nocheck: ajv emits untyped JavaScript; the typed exports at the end are what callers use.',
    "import { createRequire } from 'node:module';",
    "import type { ValidateFunction } from 'ajv';",
    `import type { ${names} } from './types.js';`,
    '// ajv standalone code loads its small runtime helpers with require().',
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";/, ''),
    typed,
    '',
  ].join('\n');
}
