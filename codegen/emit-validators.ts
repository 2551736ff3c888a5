// generated/validators/<Name>.ts: one ajv validator per schema file, compiled ahead of time (standalone code)
// and typed with the generated types; generated/validators.ts re-exports them all. One module per schema lets
// a bundle (the CLI) carry only the validators it uses. Nothing is compiled at run time.
import standaloneCode from 'ajv/dist/standalone/index.js';
import { addSchemas, createAjv } from './ajv.js';
import type { SchemaFile } from './load.js';

export function emitValidators(schemas: SchemaFile[], banner: string): Map<string, string> {
  const ajv = createAjv({ standalone: true });
  addSchemas(ajv, schemas);
  const files = new Map<string, string>();
  for (const { name, schema } of schemas) {
    // Only this schema and what it references are emitted.
    const code = standaloneCode.default(ajv, { [`raw${name}`]: schema.$id as string });
    files.set(
      `validators/${name}.ts`,
      [
        banner,
        '// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.',
        "import { createRequire } from 'node:module';",
        "import type { ValidateFunction } from 'ajv';",
        `import type { ${name} } from '../types.js';`,
        '// ajv standalone code loads its small runtime helpers with require().',
        'const require = createRequire(import.meta.url);',
        code.replace(/^"use strict";/, ''),
        `export const validate${name} = raw${name} as unknown as ValidateFunction<${name}>;`,
        '',
      ].join('\n'),
    );
  }
  files.set(
    'validators.ts',
    [banner, ...schemas.map(({ name }) => `export { validate${name} } from './validators/${name}.js';`), ''].join('\n'),
  );
  return files;
}
