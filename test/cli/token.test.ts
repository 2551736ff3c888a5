import { expect } from 'chai';
import { loadVectors } from '../helpers/vectors.js';
import { type CliResult, runAll, runCli } from './run-cli.js';

const cases = loadVectors('invite_tokens.json').cases;

type Outcome = { ok: boolean; exception?: string; exception_module?: string; message_stable_prefix?: string };

/** Catalog code for the reference client's outcome (the CLI runs the client-side checks on the URL). */
function expectedCode(outcome: Outcome): string | null {
  if (outcome.ok) return null;
  const prefix = outcome.message_stable_prefix ?? '';
  if (prefix.startsWith('Invalid token signature')) return 'INVALID_SIGNATURE';
  if (prefix.startsWith('Token expired')) return 'TOKEN_EXPIRED';
  if (prefix.startsWith('Unsupported algorithm')) return 'UNSUPPORTED_ALGORITHM';
  if (prefix.startsWith('swarm_id mismatch')) return 'TOKEN_SWARM_MISMATCH';
  return 'INVALID_TOKEN';
}

describe('cli: swarm token inspect', function () {
  this.timeout(180_000);
  const jobs = cases.flatMap((c) => [
    {
      c,
      variant: 'with_correct_key' as const,
      args: ['token', 'inspect', c.url, '--public-key', c.master_public_key_b64, '--json'],
    },
    { c, variant: 'without_key' as const, args: ['token', 'inspect', c.url, '--json'] },
  ]);
  let results: CliResult[];
  before(async () => {
    results = await runAll(jobs.map((job) => () => runCli(job.args)));
  });

  jobs.forEach((job, index) => {
    const code = expectedCode(job.c.client_parse[job.variant]);
    const exit = code === null ? 0 : code === 'INVALID_TOKEN' ? 2 : 4;
    it(`${job.c.name} ${job.variant} -> ${code ?? 'valid'}, exit ${exit}`, () => {
      const result = results[index] as CliResult;
      expect(result.code, result.stderr).to.equal(exit);
      const report = JSON.parse(result.stdout);
      expect(report).to.include({ valid: code === null, code });
      // Whatever fails later, a token whose parts decode is shown as sent.
      if (job.c.jwt_parts.length === 3 && job.c.header_json !== null && job.c.url.startsWith('swarm://')) {
        expect(report.header).to.deep.equal(job.c.header);
        expect(report.payload).to.deep.equal(job.c.payload);
      }
    });
  });

  it('accepts a bare JWT (no URL, so no swarm id to compare)', async () => {
    const c = cases[0];
    const result = await runCli(['token', 'inspect', c.jwt, '--public-key', c.master_public_key_b64, '--json']);
    expect(result.code, result.stderr).to.equal(0);
    expect(JSON.parse(result.stdout)).to.deep.equal({ valid: true, code: null, header: c.header, payload: c.payload });
  });

  it('refuses a malformed --public-key with exit 2', async () => {
    const result = await runCli(['token', 'inspect', cases[0].jwt, '--public-key', 'not-a-key']);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.match(/Invalid public key/);
  });

  it('human output shows the header and payload and says what was checked', async () => {
    const result = await runCli(['token', 'inspect', cases[0].url]);
    expect(result.code).to.equal(0);
    expect(result.stdout).to.match(/"master": "agent-master"[\s\S]*valid \(signature not checked\)/);
  });
});
