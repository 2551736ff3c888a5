import { expect } from 'chai';
import { encodeBase64Url } from '../../src/core/base64.js';
import { createInviteToken } from '../../src/core/invite-token.js';
import { createInviteUrl } from '../../src/core/invite-url.js';
import { encodePublicKey, keyPairFromSeed } from '../../src/core/keys.js';
import { type CliResult, runAll, runCli } from './run-cli.js';

// The golden vectors run against the core through `swarm conformance vectors` (test/conformance/vectors.test.ts);
// these check what the command adds: reading a URL or a JWT, exit codes, output.
const master = keyPairFromSeed(new Uint8Array(32).fill(1));
const KEY = encodePublicKey(master.publicKey);
const WRONG_KEY = encodePublicKey(keyPairFromSeed(new Uint8Array(32).fill(2)).publicKey);
const claims = {
  swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  master: 'agent-master',
  endpoint: 'https://master.example.com/swarm',
  iat: 1738763800,
};
const jwt = createInviteToken(claims, master);
const url = createInviteUrl(claims, jwt);
const [header, payload] = jwt.split('.') as [string, string];
const expiredClaims = { ...claims, expires_at: '2020-01-01T00:00:00.000Z' };
const expired = createInviteUrl(claims, createInviteToken(expiredClaims, master));
const algNone = `${encodeBase64Url(Buffer.from('{"alg":"none","typ":"JWT"}'))}.${payload}.`;
const otherSwarm = url.replace('swarm://6ba7b810', 'swarm://00000000');

const rows: { name: string; args: string[]; code: string | null; exit: number; payload?: object }[] = [
  { name: 'a valid URL, with the key', args: [url, '--public-key', KEY], code: null, exit: 0 },
  { name: 'a valid URL, without a key', args: [url], code: null, exit: 0 },
  { name: 'a wrong key', args: [url, '--public-key', WRONG_KEY], code: 'INVALID_SIGNATURE', exit: 4 },
  { name: 'an expired token', args: [expired], code: 'TOKEN_EXPIRED', exit: 4, payload: expiredClaims },
  { name: 'alg none', args: [`swarm://${claims.swarm_id}@h?token=${algNone}`], code: 'UNSUPPORTED_ALGORITHM', exit: 4 },
  { name: 'a URL naming another swarm', args: [otherSwarm], code: 'TOKEN_SWARM_MISMATCH', exit: 4 },
  { name: 'two parts', args: [`${header}.${payload}`], code: 'INVALID_TOKEN', exit: 2 },
];

describe('cli: swarm token inspect', function () {
  this.timeout(60_000);
  let results: CliResult[];
  before(async () => {
    results = await runAll(rows.map((row) => () => runCli(['token', 'inspect', ...row.args, '--json'])));
  });

  rows.forEach((row, index) => {
    it(`${row.name} -> ${row.code ?? 'valid'}, exit ${row.exit}`, () => {
      const result = results[index] as CliResult;
      expect(result.code, result.stderr).to.equal(row.exit);
      const report = JSON.parse(result.stdout);
      expect(report).to.include({ valid: row.code === null, code: row.code });
      // Whatever fails later, a token whose parts decode is shown as sent.
      if (row.code !== 'INVALID_TOKEN') expect(report.payload).to.deep.equal(row.payload ?? claims);
    });
  });

  it('accepts a bare JWT (no URL, so no swarm id to compare)', async () => {
    const result = await runCli(['token', 'inspect', jwt, '--public-key', KEY, '--json']);
    expect(result.code, result.stderr).to.equal(0);
    expect(JSON.parse(result.stdout)).to.deep.equal({
      valid: true,
      code: null,
      header: { alg: 'EdDSA', typ: 'JWT' },
      payload: claims,
    });
  });

  it('refuses a malformed --public-key with exit 2', async () => {
    const result = await runCli(['token', 'inspect', jwt, '--public-key', 'not-a-key']);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.match(/Invalid public key/);
  });

  it('human output shows the header and payload and says what was checked', async () => {
    const result = await runCli(['token', 'inspect', url]);
    expect(result.code).to.equal(0);
    expect(result.stdout).to.match(/"master": "agent-master"[\s\S]*valid \(signature not checked\)/);
  });
});
