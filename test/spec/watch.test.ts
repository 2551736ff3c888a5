import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { type TempDir, tempDir } from '../helpers/tmp.js';

const root = join(import.meta.dirname, '..', '..');

/** Resolves with the output so far once `pattern` appears in it; rejects if the child exits first. */
function waitFor(child: ChildProcess, output: () => string, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!pattern.test(output())) return;
      child.stdout?.off('data', check);
      child.off('exit', exited);
      resolve(output());
    };
    const exited = (code: number | null) =>
      reject(new Error(`codegen --watch exited (${code}) before ${pattern}:\n${output()}`));
    child.stdout?.on('data', check);
    child.once('exit', exited);
    check();
  });
}

describe('codegen --watch', function () {
  this.timeout(120_000);
  let dir: TempDir;
  let child: ChildProcess | undefined;

  beforeEach(() => {
    dir = tempDir('swarm-codegen-watch-');
    cpSync(join(root, 'spec'), join(dir.path, 'spec'), { recursive: true });
  });
  afterEach(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child?.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    dir.cleanup();
  });

  it('regenerates on a schema save and prints the change report, then stops on SIGTERM', async () => {
    child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'codegen', 'main.ts'), '--watch', '--root', dir.path],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout?.on('data', (chunk) => (out += chunk));
    child.stderr?.on('data', (chunk) => (out += chunk));
    await waitFor(child, () => out, /watching spec\//);

    const file = join(dir.path, 'spec', 'schemas', 'AgentInfo.json');
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    schema.properties.region = { type: 'string', maxLength: 64 };
    writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);

    const report = await waitFor(
      child,
      () => out,
      /AgentInfo#\/properties\/region property-added\s+new optional property/,
    );
    expect(report).to.match(/compatible \(1\):/);
    expect(readFileSync(join(dir.path, 'generated', 'types.ts'), 'utf8')).to.match(/region\?: string/);

    const exited = new Promise<number | null>((done) => child?.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).to.equal(0);
  });
});
