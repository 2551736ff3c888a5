import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateVectorAdapterAnswer } from '../../generated/validators/VectorAdapterAnswer.js';
import { answerLine } from '../../src/conformance/vectors/ops.js';
import { runVectorConformance } from '../../src/conformance/vectors/runner.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { waitFor } from '../helpers/wait.js';

/** Adapters that break the protocol, as small scripts: each writes its pid first (to stderr's file) when asked. */
const SCRIPTS: Record<string, string> = {
  // Reads every request, answers none.
  'hang.cjs': `require('fs').writeFileSync(process.argv[2], String(process.pid)); process.stdin.resume();`,
  // Answers the first request outside the schema, then dies saying why on stderr.
  'dies.cjs': `process.stdin.once('data', (chunk) => {
    const id = JSON.parse(String(chunk).split('\\n')[0]).id;
    process.stdout.write(JSON.stringify({ id, ok: true, result: { nope: 1 } }) + '\\n');
    process.stderr.write('boom: out of cheese\\n');
    process.exit(1);
  });`,
  // Answers every line with text that is not JSON.
  'junk.cjs': `require('readline').createInterface({ input: process.stdin }).on('line', () => console.log('hello'));`,
  // Implements nothing.
  'unsupported.cjs': `require('readline').createInterface({ input: process.stdin }).on('line', (line) =>
    console.log(JSON.stringify({ id: JSON.parse(line).id, ok: false, error: { message: 'not here', unsupported: true } })));`,
  // Answers with the wrong id.
  'wrong-id.cjs': `require('readline').createInterface({ input: process.stdin }).on('line', () =>
    console.log(JSON.stringify({ id: 'x', ok: false, error: { message: 'no' } })));`,
};

/** Whether the process runs (a zombie, dead but not yet reaped by whoever inherited it, does not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

describe('conformance: vector mode, the adapter protocol', function () {
  this.timeout(30_000);
  let dir: TempDir;
  const script = (name: string, ...args: string[]) =>
    [`'${process.execPath}'`, `'${join(dir.path, name)}'`, ...args.map((arg) => `'${arg}'`)].join(' ');
  const keys = { only: ['vectors.keys'] };

  before(() => {
    dir = tempDir('swarm-vector-adapters-');
    for (const [name, source] of Object.entries(SCRIPTS)) writeFileSync(join(dir.path, name), source);
  });
  after(() => dir.cleanup());

  it('stops an adapter that does not answer in time, fails the cases left with the reason, and leaves nothing running', async () => {
    const pidFile = join(dir.path, 'hang.pid');
    const started = Date.now();
    const run = await runVectorConformance({ ...keys, adapter: script('hang.cjs', pidFile), timeoutMs: 300 });
    expect(Date.now() - started).to.be.below(5_000);
    const [first, ...rest] = run.report.checks;
    expect(first?.failure?.message).to.match(
      /^no answer to vectors\.keys\.\S+#1 within 300 ms: the adapter was stopped/,
    );
    expect(rest.length).to.be.greaterThan(0);
    for (const check of rest) expect(check.failure?.message).to.equal(first?.failure?.message);
    expect(run).to.include({ answered: 0 });
    // Killed with its process group; the shell's child may take a moment to be reaped.
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await waitFor(() => !alive(pid), 2_000, `the hung adapter (pid ${pid}) to be gone`);
  });

  it('fails a malformed answer as format, then every case after the adapter exits with its stderr', async () => {
    const run = await runVectorConformance({ ...keys, adapter: script('dies.cjs'), timeoutMs: 5_000 });
    const [first, ...rest] = run.report.checks;
    expect(first?.failure).to.deep.include({ category: 'format' });
    expect(first?.failure?.message).to.match(/not a VectorAdapterAnswer: \/result must NOT have additional properties/);
    for (const check of rest)
      expect(check.failure?.message).to.match(/the adapter exited \(code 1\).*boom: out of cheese/);
    expect(run.answered).to.equal(1);
  });

  it('fails each answer that is not JSON, or answers another id, as format, and keeps going', async () => {
    for (const [name, pattern] of [
      ['junk.cjs', /is not a JSON line: hello/],
      ['wrong-id.cjs', /answered id x while vectors\.keys\.\S+#1 was asked/],
    ] as const) {
      const run = await runVectorConformance({ ...keys, adapter: script(name), timeoutMs: 5_000 });
      expect(run.report.checks.length).to.be.greaterThan(1);
      for (const check of run.report.checks) {
        expect(check.failure?.category, name).to.equal('format');
        expect(check.failure?.message).to.match(pattern);
      }
    }
  });

  it('skips the cases of ops the adapter says it does not implement', async () => {
    const run = await runVectorConformance({ ...keys, adapter: script('unsupported.cjs'), timeoutMs: 5_000 });
    expect(run.report.checks.map((check) => check.status)).to.satisfy((statuses: string[]) =>
      statuses.every((status) => status === 'skipped'),
    );
    expect(run.report.checks[0]?.reason).to.match(/^the adapter does not implement (derive|decode)_public_key$/);
    expect(run.report.verdict).to.equal('pass');
  });

  it('skips the 0.2 cases of an adapter that implements only the 0.1.0 ops', async () => {
    const run = await runVectorConformance({
      only: ['ESIG', 'SEAL'],
      adapter: script('unsupported.cjs'),
      timeoutMs: 5_000,
    });
    const reasons = new Set(run.report.checks.map((check) => check.reason));
    expect(run.report.checks.every((check) => check.status === 'skipped')).to.equal(true);
    expect([...reasons].sort()).to.deep.equal(
      ['jcs', 'open_sealed', 'seal_content', 'sign_envelope', 'verify_envelope'].map(
        (op) => `the adapter does not implement ${op}`,
      ),
    );
  });

  it('reports an adapter that cannot start as answering nothing', async () => {
    const run = await runVectorConformance({ ...keys, adapter: 'exit 7', timeoutMs: 5_000 });
    expect(run).to.include({ answered: 0 });
    expect(run.stopped).to.match(/^the adapter exited \(code 7\)/);
    expect(run.report.checks.every((check) => check.status === 'failed')).to.equal(true);
  });

  describe('our adapter answers every line, in the answer schema', () => {
    const rows: { line: string; want: Record<string, unknown> }[] = [
      { line: 'not json', want: { id: null, ok: false, error: { code: 'INVALID_JSON' } } },
      { line: '{"id":"1","op":"teleport"}', want: { id: '1', ok: false, error: { unsupported: true } } },
      {
        line: '{"id":"2","op":"sign","seed_hex":"00"}',
        want: { id: '2', ok: false, error: { code: 'INVALID_FORMAT' } },
      },
      {
        line: '{"id":"3","op":"verify_invite_token","token":"a.b","now":"2026-02-05T14:30:00.000Z"}',
        want: { id: '3', ok: false, error: { code: 'INVALID_TOKEN' } },
      },
      {
        line: '{"id":"4","op":"verify_invite_token","token":"a.b.c","now":"2026-02-05T14:30:00"}',
        want: { id: '4', ok: false, error: { code: 'INVALID_FORMAT' } },
      },
      {
        line: '{"id":"5","op":"normalize_timestamp","timestamp":"2026-02-05T16:30:00.9999+02:00"}',
        want: { id: '5', ok: true, result: { signed: '2026-02-05T16:30:00.999Z', utc: '2026-02-05T14:30:00.999Z' } },
      },
      {
        line: '{"id":"6","op":"verify_message","message":[],"public_key":"x"}',
        want: { id: '6', ok: true, result: { valid: false } },
      },
      {
        line: '{"id":"7","op":"jcs","json":"{\\"b\\":1.0,\\"a\\":[1e21]}"}',
        want: { id: '7', ok: true, result: { jcs: '{"a":[1e+21],"b":1}' } },
      },
      { line: '{"id":"8","op":"jcs","json":"{"}', want: { id: '8', ok: false, error: { code: 'INVALID_JSON' } } },
      {
        line: '{"id":"9","op":"jcs","json":"\\"\\\\ud800\\""}',
        want: { id: '9', ok: false, error: { code: 'INVALID_FORMAT' } },
      },
      {
        line: `{"id":"10","op":"sign_envelope","seed_hex":"${'0'.repeat(64)}","envelope":{"content":"x"}}`,
        want: { id: '10', ok: false, error: { code: 'INVALID_FORMAT' } },
      },
      {
        line: '{"id":"11","op":"verify_envelope","envelope":{"protocol_version":"0.1.0"},"public_key":"x"}',
        want: { id: '11', ok: true, result: { valid: false } },
      },
      {
        line: `{"id":"12","op":"open_sealed","sealed":null,"message_id":"m","swarm_id":"s","sender_id":"a","agent_id":"b","seed_hex":"${'0'.repeat(64)}"}`,
        want: { id: '12', ok: true, result: { status: 'invalid' } },
      },
    ];
    for (const row of rows) {
      it(row.line, () => {
        const answer = JSON.parse(answerLine(row.line));
        expect(validateVectorAdapterAnswer(answer), JSON.stringify(validateVectorAdapterAnswer.errors)).to.equal(true);
        const { error, result, ...rest } = row.want as { error?: object; result?: object };
        expect(answer).to.deep.include(rest);
        expect(answer.error ?? answer.result).to.deep.include(error ?? result);
      });
    }
  });
});
