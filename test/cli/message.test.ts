import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { verifyMessage } from '../../src/core/signature.js';
import { formatTimestamp, timestampToDate } from '../../src/core/timestamp.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { loadVectors } from '../helpers/vectors.js';
import { type CliResult, runAll, runCli } from './run-cli.js';

const signatures = loadVectors('signatures.json').cases;
const verify = loadVectors('verify.json').cases;
const sender = { agent_id: 'agent-alpha', endpoint: 'https://alpha.example.com/swarm' };
const KEY = 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=';

describe('cli: swarm message sign | verify', function () {
  this.timeout(180_000);
  let dir: TempDir;
  let signed: CliResult[];
  let verified: CliResult[];

  before(async () => {
    dir = tempDir();
    const keyFiles = signatures.map((c, index) => {
      const path = join(dir.path, `${index}.key`);
      writeFileSync(path, Buffer.from(c.seed_hex, 'hex'), { mode: 0o600 });
      return path;
    });
    signed = await runAll(
      signatures.map(
        (c, index) => () =>
          runCli(['message', 'sign', '--key-file', keyFiles[index] ?? ''], JSON.stringify({ ...c.fields, sender })),
      ),
    );
    verified = await runAll(
      verify.map(
        (c) => () =>
          runCli(['message', 'verify', '--public-key', c.public_key_b64, '--json'], JSON.stringify(c.message)),
      ),
    );
  });
  after(() => dir.cleanup());

  describe('sign: signatures.json drafts', () => {
    signatures.forEach((c, index) => {
      it(c.name, () => {
        const result = signed[index] as CliResult;
        const instant = timestampToDate(c.fields.timestamp);
        if (instant === null) {
          // A draft timestamp without a zone is refused as a malformed draft.
          expect(result.code).to.equal(2);
          expect(result.stdout).to.equal('');
          return;
        }
        expect(result.code, result.stderr).to.equal(0);
        const message = JSON.parse(result.stdout);
        expect(message.timestamp).to.equal(formatTimestamp(instant));
        // Same signature as the reference unless the reference dropped an offset (its quirk; we convert).
        if (formatTimestamp(instant) === c.signed_fields.timestamp) expect(message.signature).to.equal(c.signature_b64);
        expect(verifyMessage(message, c.public_key_b64)).to.deep.equal({ valid: true });
      });
    });
  });

  describe('verify --json: verify.json verdicts', () => {
    verify.forEach((c, index) => {
      // `optional` cases are valid only through Python's lenient base64; we are strict.
      const want = c.optional ? false : c.expected_valid_v010;
      it(`${c.name} -> exit ${want ? 0 : 4}`, () => {
        const result = verified[index] as CliResult;
        expect(result.code, result.stderr).to.equal(want ? 0 : 4);
        const report = JSON.parse(result.stdout);
        expect(report.valid).to.equal(want);
        expect(report.reason === null).to.equal(want);
      });
    });
  });

  it('verify without --json prints "valid" on stdout', async () => {
    const c = verify.find((c) => c.expected_valid_v010 && !c.optional);
    expect(
      await runCli(['message', 'verify', '--public-key', c.public_key_b64], JSON.stringify(c.message)),
    ).to.deep.equal({
      code: 0,
      stdout: 'valid\n',
      stderr: '',
    });
  });

  it('sign fills message_id, timestamp and protocol_version', async () => {
    const path = join(dir.path, 'fill.key');
    writeFileSync(path, Buffer.alloc(32, 1), { mode: 0o600 });
    const draft = {
      sender,
      recipient: 'broadcast',
      swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
      type: 'message',
      content: 'hi',
    };
    const result = await runCli(['message', 'sign', '--key-file', path], JSON.stringify(draft));
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
