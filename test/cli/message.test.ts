import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { encodePublicKey, keyPairFromSeed } from '../../src/core/keys.js';
import { signMessage, verifyMessage } from '../../src/core/signature.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { type CliResult, runAll, runCli } from './run-cli.js';

// The golden vectors run against the core through `swarm conformance vectors` (test/conformance/vectors.test.ts);
// these check what the commands add: reading drafts and keys, exit codes, output.
const sender = { agent_id: 'agent-alpha', endpoint: 'https://alpha.example.com/swarm' };
const SEED = new Uint8Array(32).fill(1);
const KEY = encodePublicKey(keyPairFromSeed(SEED).publicKey);
// WIRE.md §3.4, example A.
const draftA = {
  message_id: '550e8400-e29b-41d4-a716-446655440000',
  timestamp: '2026-02-05T14:30:00.000Z',
  sender,
  recipient: 'broadcast',
  swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  type: 'message' as const,
  content: 'Hello, swarm!',
};
const signatureA = '7bzONzKAJHSzzAsXPu34/PqWU31QwOf5DftUFqvztxU4BZ7WJDCzK03f6MxQqR1FXhA2eKovKTECd9SFRLYrAQ==';
const messageA = signMessage(draftA, SEED);

describe('cli: swarm message sign | verify', function () {
  this.timeout(60_000);
  let dir: TempDir;
  let keyFile: string;
  let results: Record<string, CliResult>;

  before(async () => {
    dir = tempDir();
    keyFile = join(dir.path, 'agent.key');
    writeFileSync(keyFile, SEED, { mode: 0o600 });
    const jobs: Record<string, () => Promise<CliResult>> = {
      signA: () => runCli(['message', 'sign', '--key-file', keyFile], JSON.stringify(draftA)),
      signOffset: () =>
        runCli(
          ['message', 'sign', '--key-file', keyFile],
          JSON.stringify({ ...draftA, timestamp: '2026-02-05T16:30:00.000+02:00' }),
        ),
      signNoZone: () =>
        runCli(
          ['message', 'sign', '--key-file', keyFile],
          JSON.stringify({ ...draftA, timestamp: '2026-02-05T14:30:00.000' }),
        ),
      verifyA: () => runCli(['message', 'verify', '--public-key', KEY, '--json'], JSON.stringify(messageA)),
      verifyTampered: () =>
        runCli(
          ['message', 'verify', '--public-key', KEY, '--json'],
          JSON.stringify({ ...messageA, content: 'Hello, swarm?' }),
        ),
      verifyPlain: () => runCli(['message', 'verify', '--public-key', KEY], JSON.stringify(messageA)),
    };
    const names = Object.keys(jobs);
    const outputs = await runAll(names.map((name) => jobs[name] as () => Promise<CliResult>));
    results = Object.fromEntries(names.map((name, index) => [name, outputs[index] as CliResult]));
  });
  after(() => dir.cleanup());

  it('sign writes the signed message, its signature the one WIRE.md gives', () => {
    const result = results.signA as CliResult;
    expect(result.code, result.stderr).to.equal(0);
    expect(JSON.parse(result.stdout)).to.deep.equal(messageA);
    expect(messageA.signature).to.equal(signatureA);
  });

  it('sign converts an offset timestamp to the UTC instant it names, and signs that', () => {
    const result = results.signOffset as CliResult;
    expect(result.code, result.stderr).to.equal(0);
    const message = JSON.parse(result.stdout);
    expect(message).to.include({ timestamp: '2026-02-05T14:30:00.000Z', signature: signatureA });
    expect(verifyMessage(message, KEY)).to.deep.equal({ valid: true });
  });

  it('sign refuses a draft timestamp without a zone (exit 2, nothing on stdout)', () => {
    const result = results.signNoZone as CliResult;
    expect(result.code).to.equal(2);
    expect(result.stdout).to.equal('');
  });

  it('verify --json: valid exits 0 with no reason, tampered exits 4 with one', () => {
    expect((results.verifyA as CliResult).code).to.equal(0);
    expect(JSON.parse((results.verifyA as CliResult).stdout)).to.deep.include({ valid: true, reason: null });
    const tampered = results.verifyTampered as CliResult;
    expect(tampered.code).to.equal(4);
    const report = JSON.parse(tampered.stdout);
    expect(report.valid).to.equal(false);
    expect(report.reason).to.be.a('string');
  });

  it('verify without --json prints "valid" on stdout', () => {
    expect(results.verifyPlain).to.deep.equal({ code: 0, stdout: 'valid\n', stderr: '' });
  });

  it('sign fills message_id, timestamp and protocol_version', async () => {
    const draft = {
      sender,
      recipient: 'broadcast',
      swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
      type: 'message',
      content: 'hi',
    };
    const result = await runCli(['message', 'sign', '--key-file', keyFile], JSON.stringify(draft));
    expect(result.code, result.stderr).to.equal(0);
    const message = JSON.parse(result.stdout);
    expect(message.protocol_version).to.equal('0.1.0');
    expect(message.message_id).to.match(/^[0-9a-f-]{36}$/);
    expect(Date.now() - Date.parse(message.timestamp)).to.be.within(0, 60_000);
    expect(Object.keys(message).at(-1)).to.equal('signature');
  });

  const failures: { name: string; args: string[]; stdin: string; code: number; out?: RegExp }[] = [
    {
      name: 'verify: stdin is not JSON',
      args: ['message', 'verify', '--public-key', KEY, '--json'],
      stdin: '{',
      code: 2,
      out: /"valid":false/,
    },
    {
      name: 'verify: SPKI key',
      args: ['message', 'verify', '--public-key', `MCowBQYDK2VwAyEA${KEY}`],
      stdin: '{}',
      code: 2,
    },
    {
      name: 'sign: stdin is not JSON',
      args: ['message', 'sign', '--key-file', '/nonexistent', '--json'],
      stdin: 'x',
      code: 2,
      out: /"code":"INVALID_JSON"/,
    },
    {
      name: 'sign: draft missing content',
      args: ['message', 'sign', '--key-file', '/nonexistent', '--json'],
      stdin: JSON.stringify({ sender }),
      code: 2,
      out: /"code":"INVALID_FORMAT"/,
    },
    {
      name: 'sign: key file not found',
      args: ['message', 'sign', '--key-file', '/nonexistent/agent.key', '--json'],
      stdin: JSON.stringify({
        sender,
        recipient: 'broadcast',
        swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
        type: 'message',
        content: 'hi',
      }),
      code: 5,
      out: /"code":"FILE_NOT_FOUND"/,
    },
  ];
  for (const row of failures) {
    it(`${row.name} -> exit ${row.code}`, async () => {
      const result = await runCli(row.args, row.stdin);
      expect(result.code, result.stderr).to.equal(row.code);
      if (row.out) expect(result.stdout).to.match(row.out);
    });
  }

  it('sign refuses a key file readable by others (exit 1)', async () => {
    const path = join(dir.path, 'open.key');
    writeFileSync(path, Buffer.alloc(32, 1), { mode: 0o644 });
    const draft = {
      sender,
      recipient: 'broadcast',
      swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
      type: 'message',
      content: 'hi',
    };
    const result = await runCli(['message', 'sign', '--key-file', path], JSON.stringify(draft));
    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(/chmod 600/);
  });
});
