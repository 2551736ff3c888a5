// generated/validators/<Name>.ts: one ajv validator per schema file, compiled ahead of time (standalone code)
// and typed with the generated types; generated/validators.ts re-exports them all. One module per schema lets
// a bundle (the CLI) carry only the validators it uses. Nothing is compiled at run time.
//
// Each module holds the functions of its schema and of the schemas it references, one function per schema,
// named after it (see validator-names.ts), so an edit to a schema changes exactly the modules that reach it.
import standaloneCode from 'ajv/dist/standalone/index.js';
import { addSchemas, createAjv, validationOnly } from './ajv.js';
import type { SchemaFile } from './load.js';
import { stableNames } from './validator-names.js';

export function emitValidators(schemas: SchemaFile[], banner: string): Map<string, string> {
  const ajv = createAjv({ standalone: true });
  addSchemas(ajv, schemas, validationOnly);
  const files = new Map<string, string>();
  for (const { name, schema } of schemas) {
    // Only this schema and what it references are emitted; ajv's own export line is replaced by the typed one.
    const code = stableNames(standaloneCode.default(ajv, { [`raw${name}`]: schema.$id as string }))
      .replace(/^"use strict";/, '')
      .replace(new RegExp(`export const raw${name} = (\\w+);`), '');
    const entry = `validate_${name}`;
    if (!code.includes(`function ${entry}(`)) throw new Error(`ajv emitted no function ${entry} for ${name}`);
    files.set(
      `validators/${name}.ts`,
      [
        banner,
        // The functions stay untyped and unexported: only the typed constant reaches the declaration files.
        '// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.',
        "import { createRequire } from 'node:module';",
        "import type { ValidateFunction } from 'ajv';",
        `import type { ${name} } from '../types.js';`,
        '// ajv standalone code loads its small runtime helpers with require().',
        'const require = createRequire(import.meta.url);',
        code,
        `export const validate${name} = ${entry} as unknown as ValidateFunction<${name}>;`,
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
