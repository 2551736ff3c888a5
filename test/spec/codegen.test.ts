import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { generate } from '../../codegen/main.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const codegen = join(root, 'codegen', 'main.ts');

/** A scratch copy of spec/ and generated/ that a test may break. */
function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'swarm-codegen-test-'));
  cpSync(join(root, 'spec'), join(dir, 'spec'), { recursive: true });
  cpSync(join(root, 'generated'), join(dir, 'generated'), { recursive: true });
  return dir;
}

async function runCodegen(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', codegen, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('codegen', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('reproduces the committed generated/ exactly (golden files)', async () => {
    const files = await generate(root);
    for (const [name, content] of files) {
      expect(readFileSync(join(root, 'generated', name), 'utf8'), name).to.equal(content);
    }
  });

  it('every generated source file carries the do-not-edit banner', async () => {
    const files = await generate(root);
    for (const [name, content] of files) {
      if (name.endsWith('.ts')) expect(content, name).to.match(/Generated from spec\/.*Do not edit/);
    }
  });

  it('codegen:check fails, naming the file, when a generated file was edited by hand', async () => {
    const dir = scratchProject();
    dirs.push(dir);
    const clean = await runCodegen(['--check', '--root', dir]);
    expect(clean.code, clean.stderr).to.equal(0);
    const target = join(dir, 'generated', 'errors.ts');
    writeFileSync(target, `${readFileSync(target, 'utf8')}\n// a hand edit\n`);
    const drifted = await runCodegen(['--check', '--root', dir]);
    expect(drifted.code).to.equal(1);
    expect(drifted.stderr).to.include('generated/errors.ts');
  });

  it('a broken $ref fails with the file and JSON pointer, not a stack trace', async () => {
    const dir = scratchProject();
    dirs.push(dir);
    const file = join(dir, 'spec', 'schemas', 'Sender.json');
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    schema.properties.agent_id.$ref = 'NoSuchType.json';
    writeFileSync(file, JSON.stringify(schema));
    const result = await runCodegen(['--root', dir]);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.include('spec/schemas/Sender.json#/properties/agent_id/$ref');
    expect(result.stderr).not.to.match(/\n\s+at /);
  });

  it('an invalid schema fails with the file and JSON pointer, not a stack trace', async () => {
    const dir = scratchProject();
    dirs.push(dir);
    const file = join(dir, 'spec', 'schemas', 'Priority.json');
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    schema.type = 'strung';
    writeFileSync(file, JSON.stringify(schema));
    const result = await runCodegen(['--root', dir]);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.include('spec/schemas/Priority.json#/type');
    expect(result.stderr).not.to.match(/\n\s+at /);
  });

  it('a broken reference in the OpenAPI document names the file and pointer', async () => {
    const dir = scratchProject();
    dirs.push(dir);
    const file = join(dir, 'spec', 'openapi.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace("'./schemas/Health.json'", "'./schemas/Nope.json'"));
    const result = await runCodegen(['--root', dir]);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(/spec\/openapi\.yaml#\/paths\/~1health/);
    expect(result.stderr).not.to.match(/\n\s+at /);
  });
});
