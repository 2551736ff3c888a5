#!/usr/bin/env node
// Entry point of the `swarm` CLI. Runs the bundled CLI from dist/cli (built by `npm ci` through the prepare
// script: one bundle loads far faster than hundreds of modules), else the compiled modules of dist/src, else, in
// a checkout that was never built, the TypeScript sources through tsx.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
