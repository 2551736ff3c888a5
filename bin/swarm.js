#!/usr/bin/env node
// Entry point of the `swarm` CLI. Runs the bundled CLI from dist/cli (built by `npm ci` through the prepare
// script: one bundle loads far faster than hundreds of modules), else the compiled modules of dist/src, else, in
// a checkout that was never built, the TypeScript sources through tsx.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Node >= 22.1 keeps V8's compiled code of the modules below between runs (in the OS temp directory, unless
// NODE_DISABLE_COMPILE_CACHE is set); older Node has no such function and starts without it.
module.enableCompileCache?.();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [join(root, 'dist', 'cli', 'main.js'), join(root, 'dist', 'src', 'cli', 'main.js')];
const built = candidates.find((file) => existsSync(file));
let main;
if (built) {
  main = await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  main = await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}
await main.run(process.argv.slice(2));
