import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateConformanceReport } from '../../generated/validators/ConformanceReport.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';

const root = join(import.meta.dirname, '..', '..');
const node = `'${process.execPath}' --import tsx`;
const ourAdapter = `${node} test/conformance/swarm-from-source.ts conformance adapter`;

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `swarm ARGS` from the sources, as a real child process. */
function swarm(args: string[], stdin = ''): Promise<Result> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'test/conformance/swarm-from-source.ts', ...args],
      { cwd: root, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

describe('cli: swarm conformance vectors | adapter', function () {
  this.timeout(60_000);
  let dir: TempDir;
  let passing: Result;
  let v02: Result;
  let failing: Result;
  let unreachable: Result;
  let noVectors: Result;

  before(async () => {
    dir = tempDir('swarm-vectors-cli-');
    const junit = join(dir.path, 'vectors.xml');
    [passing, v02, failing, unreachable, noVectors] = await Promise.all([
      swarm([
        'conformance',
        'vectors',
        '--adapter',
        ourAdapter,
        '--only',
        'vectors.keys',
        '--only',
        'TOK-URL',
        '--json',
        '--junit',
        junit,
        '--html',
        join(dir.path, 'vectors.html'),
      ]),
      swarm(['conformance', 'vectors', '--adapter', ourAdapter, '--only', 'ESIG', '--only', 'SEAL', '--json']),
      swarm([
        'conformance',
        'vectors',
        '--adapter',
        `${node} test/conformance/vector-mutant-adapter.ts alg-none`,
        '--only',
        'TOK-ALG',
      ]),
      swarm(['conformance', 'vectors', '--adapter', 'echo starting >&2; exit 7']),
      swarm(['conformance', 'vectors', '--adapter', ourAdapter, '--vectors', join(dir.path, 'nowhere')]),
    ]);
  });
  after(() => dir.cleanup());

  it('prints the report as JSON and JUnit, and exits 0 when nothing failed', () => {
    expect(passing.code, passing.stderr).to.equal(0);
    const report = JSON.parse(passing.stdout);
    expect(validateConformanceReport(report), JSON.stringify(validateConformanceReport.errors)).to.equal(true);
    expect(report).to.include({ mode: 'vectors', verdict: 'pass' });
    const page = readFileSync(join(dir.path, 'vectors.html'), 'utf8');
    expect(page).to.include('vectors mode').and.to.include('Keys: derivation and strict decoding');
    const sections = new Set(report.checks.map((check: { section: string }) => check.section));
    expect([...sections].sort()).to.deep.equal(['vectors.invite_tokens', 'vectors.join_requests', 'vectors.keys']);
    expect(readFileSync(join(dir.path, 'vectors.xml'), 'utf8')).to.match(
      /<testsuite name="vectors\.keys" tests="\d+" failures="0"/,
    );
  });

  it('checks the protocol 0.2 vectors (test/fixtures/vectors-0.2) by their requirement ids', () => {
    expect(v02.code, v02.stderr).to.equal(0);
    const report = JSON.parse(v02.stdout);
    expect(report).to.include({ mode: 'vectors', verdict: 'pass' });
    const bySection = new Map<string, number>();
    for (const check of report.checks as { section: string }[])
      bySection.set(check.section, (bySection.get(check.section) ?? 0) + 1);
    expect(Object.fromEntries(bySection)).to.deep.equal({
      'vectors.jcs': 55,
      'vectors.envelope_signatures': 8,
      'vectors.envelope_verify': 57,
      'vectors.sealed': 17,
    });
  });

  it('exits 1 and names the failed checks when a MUST check fails', () => {
    expect(failing.code, failing.stderr).to.equal(1);
    expect(failing.stderr).to.match(/^FAIL vectors\.invite_tokens\.\w+$/m);
    expect(failing.stdout).to.match(
      /FAIL vectors\.invite_tokens\.\w+ \[TOK-ALG-001 MUST\] security: verify_invite_url/,
    );
  });

  it('exits 3 when the adapter answers nothing, saying why', () => {
    expect(unreachable.code).to.equal(3);
    expect(unreachable.stderr).to.match(
      /The adapter answered nothing: the adapter exited \(code 7\); its stderr ends: starting/,
    );
  });

  it('exits 2 when there are no vectors to read', () => {
    expect(noVectors.code).to.equal(2);
    expect(noVectors.stderr).to.match(/Cannot read the vectors in .*nowhere/);
  });
});
