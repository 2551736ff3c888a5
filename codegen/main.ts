// `npm run codegen` turns spec/ into generated/; `npm run codegen:check` regenerates into a temporary
// folder and fails, naming the files, when generated/ differs from it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitClient } from './emit-client.js';
import { emitErrors } from './emit-errors.js';
import { bundleOpenApi, emitOpenApiTypes } from './emit-openapi.js';
import { emitRequirements } from './emit-requirements.js';
import { emitTypes } from './emit-types.js';
import { emitValidators } from './emit-validators.js';
import { loadSpec } from './load.js';
import { SpecError } from './spec-error.js';

function banner(source: string): string {
  return `/* eslint-disable */\n// Generated from ${source} by \`npm run codegen\`. Do not edit: change spec/ and regenerate.\n`;
}

/** Produces every generated file as name → content. */
export async function generate(root: string): Promise<Map<string, string>> {
  const spec = loadSpec(root);
  const files = new Map<string, string>();
  files.set('types.ts', await emitTypes(spec.schemas, banner('spec/schemas/*.json')));
  for (const [name, content] of emitValidators(spec.schemas, banner('spec/schemas/*.json'))) files.set(name, content);
  files.set('errors.ts', emitErrors(spec.schemas, banner('spec/schemas/ErrorCode.json')));
  const bundled = await bundleOpenApi(spec.openapiFile, 'spec/openapi.yaml');
  files.set('openapi.json', `${JSON.stringify(bundled, null, 2)}\n`);
  files.set('openapi.ts', await emitOpenApiTypes(bundled, banner('spec/openapi.yaml')));
  files.set('client.ts', emitClient(banner('spec/openapi.yaml')));
  files.set('requirements.ts', emitRequirements(spec, banner('spec/')));
  return files;
}

function write(dir: string, files: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, content] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** Every file below `dir`, as paths relative to it. */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
  } catch {
    return [];
  }
}

/** Lists files that differ between two folders (changed, missing or extra). */
export function diffFolders(expected: string, actual: string): string[] {
  const names = new Set([...listFiles(expected), ...listFiles(actual)]);
  const read = (dir: string, name: string) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  return [...names].sort().filter((name) => read(expected, name) !== read(actual, name));
}

async function main(argv: string[]): Promise<number> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const check = argv.includes('--check');
  const rootArg = argv.indexOf('--root');
  const specRoot = rootArg >= 0 && argv[rootArg + 1] ? resolve(argv[rootArg + 1] as string) : root;
  const files = await generate(specRoot);
  const target = join(specRoot, 'generated');
  if (!check) {
    write(target, files);
    console.log(`codegen: wrote ${files.size} files to generated/`);
    return 0;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'swarm-codegen-'));
  try {
    write(scratch, files);
    const drift = diffFolders(scratch, target);
    if (drift.length === 0) {
      console.log('codegen:check: generated/ matches spec/');
      return 0;
    }
    console.error(`codegen:check: generated/ differs from spec/ in: ${drift.map((f) => `generated/${f}`).join(', ')}`);
    console.error('Run `npm run codegen` and commit the result; never edit generated/ by hand.');
    return 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof SpecError) console.error(`codegen: ${error.message}`);
      else console.error(`codegen: ${(error as Error).message ?? String(error)}`);
      process.exitCode = 1;
    },
  );
}
