// What a command loads at start, read from the process itself: a loader hook records every module, and each file of
// the bundle names the sources it holds (esbuild's `// <path>` lines). Timing belongs to `npm run bench`; this
// catches the cause of a slow start, a heavy module pulled in by an import, whatever the machine.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { runCli } from './run-cli.js';

const root = join(import.meta.dirname, '..', '..');
const recorder = join(root, 'test', 'helpers', 'record-loads.mjs');

interface Loaded {
  /** Sources inside the bundle's files that were loaded, as esbuild names them (`dist/src/...`, `node_modules/...`). */
  bundled: string[];
  /** Packages loaded from node_modules at run time (the bundle's externals and what they require). */
  packages: string[];
  bytes: number;
}

async function loadsOf(args: string[], home: string): Promise<Loaded> {
  const log = join(home, `loads-${args.join('-')}.txt`);
  await promisify(execFile)(process.execPath, ['--import', recorder, join(root, 'bin', 'swarm.js'), ...args], {
    env: { ...process.env, SWARM_HOME: home, NO_COLOR: '1', RECORD_LOADS: log },
  });
  const files = new Set(
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith('file:'))
      .map((url) => fileURLToPath(url)),
  );
  const bundled = new Set<string>();
  const packages = new Set<string>();
  let bytes = 0;
  for (const file of files) {
    const inPackage = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(file);
    if (inPackage) packages.add(inPackage[1] === 'ajv' ? `ajv/${inPackage[2]}` : inPackage[1]!);
    if (!file.startsWith(join(root, 'dist', 'cli'))) continue;
    const text = readFileSync(file, 'utf8');
    bytes += text.length;
    for (const [, source] of text.matchAll(/^\/\/ ((?:dist|node_modules)\/\S+)$/gm)) bundled.add(source!);
  }
  return { bundled: [...bundled], packages: [...packages], bytes };
}

describe('cli: what a command loads at start', function () {
  this.timeout(60_000);
  let home: TempDir;

  before(async () => {
    home = tempDir('swarm-start-up-');
    const init = await runCli(['init', '-a', 'probe', '-e', 'https://127.0.0.1:8443/swarm', '--json'], {
      env: { SWARM_HOME: home.path },
    });
    expect(init.code, init.stderr).to.equal(0);
  });

  after(() => home.cleanup());

  it('swarm status --json loads its own command, the store and the config validator, nothing heavier', async () => {
    const { bundled, packages, bytes } = await loadsOf(['status', '--json'], home.path);
    // The bundle still names its sources: without that, the checks below would pass on anything.
    expect(bundled).to.include.members(['dist/src/cli/commands/status.js', 'dist/generated/validators/Config.js']);

    const commands = bundled.filter((source) => source.startsWith('dist/src/cli/commands/'));
    expect(commands, 'command modules').to.have.members([
      'dist/src/cli/commands/index.js',
      'dist/src/cli/commands/status.js',
    ]);
    const away = /^dist\/src\/(server|client|transport|mcp|conformance|wake\/methods)\//;
    expect(
      bundled.filter((source) => away.test(source)),
      'network and server code',
    ).to.deep.equal([]);
    const validators = bundled.filter((source) => source.startsWith('dist/generated/validators/'));
    expect(validators, 'validators').to.deep.equal(['dist/generated/validators/Config.js']);

    // yaml (config.yaml in the form we write is read without it), express, undici, zod, libsodium...: none.
    const bundledPackages = new Set(
      bundled.flatMap((source) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? []),
    );
    expect([...bundledPackages], 'packages in the bundle').to.have.members(['clipanion', 'typanion']);
    // better-sqlite3 and the few helpers ajv's generated validators require; never ajv itself.
    const allowed = /^(better-sqlite3|ajv\/dist\/runtime\/.*|fast-deep-equal)$/;
    expect(
      packages.filter((name) => !allowed.test(name)),
      'packages from node_modules',
    ).to.deep.equal([]);

    // Generous (about 1.5 times today's): the point is to notice a large module creeping in.
    expect(bytes, 'bytes of the bundle loaded').to.be.below(700_000);
  });

  it('swarm --version loads no command', async () => {
    const { bundled } = await loadsOf(['--version'], home.path);
    expect(bundled.filter((source) => source.startsWith('dist/src/cli/commands/'))).to.deep.equal([
      'dist/src/cli/commands/index.js',
    ]);
  });
});
