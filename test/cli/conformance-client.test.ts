import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { ConformanceReport } from '../../generated/types.js';
import { validateConformanceReport } from '../../generated/validators/ConformanceReport.js';
import { planClientChecks } from '../../src/conformance/client/runner.js';
import { requirementCoverage } from '../../src/conformance/coverage.js';
import { closedPort } from '../helpers/https.js';
import { testPki } from '../helpers/tls.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { runCli } from './run-cli.js';
import { type ServeProcess, startServe } from './serve-process.js';

const root = join(import.meta.dirname, '..', '..');
const driver = join(root, 'test', 'conformance', 'drivers', 'swarm-cli.sh');

interface AgentUnderTest {
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** An agent of our CLI, trusting the suite's CA, with `swarm serve` running; `config` is appended to config.yaml. */
async function startCliAgent(agentId: string, caFile: string, config = ''): Promise<AgentUnderTest> {
  const home = tempDir('swarm-cli-under-test-');
  const pki = testPki();
  const port = await closedPort();
  const env = { SWARM_HOME: home.path, SWARM_BIN: `${process.execPath} ${join(root, 'bin', 'swarm.js')}` };
  const init = await runCli(
    [
      ...['init', '-a', agentId, '-e', `https://127.0.0.1:${port}/swarm`, '--port', String(port)],
      ...['--tls-cert', pki.certFile, '--tls-key', pki.keyFile, '--ca-file', caFile, '--json'],
    ],
    { env },
  );
  expect(init.code, init.stderr).to.equal(0);
  if (config) appendFileSync(join(home.path, 'config.yaml'), config);
  const serve: ServeProcess = await startServe(agentId, env);
  return {
    env,
    async stop() {
      await serve.stop();
      home.cleanup();
    },
  };
}

describe('conformance client mode: our CLI through its driver', function () {
  this.timeout(120_000);
  let out: TempDir;
  let caFile: string;
  let agent: AgentUnderTest | undefined;
  let env: Record<string, string>;

  before(async () => {
    out = tempDir('swarm-conformance-client-');
    // The suite's CA first, so that the agent trusts it from `swarm init` on (its server fetches /info too).
    const prepared = await runCli(['conformance', 'client', '--out', out.path, '--prepare', '--json']);
    expect(prepared.code, prepared.stderr).to.equal(0);
    caFile = JSON.parse(prepared.stdout).ca_file as string;
    agent = await startCliAgent('cli-under-test', caFile);
    env = agent.env;
  });

  after(async () => {
    await agent?.stop();
    out?.cleanup();
  });

  it('--prepare keeps the CA it made, so the implementation is configured once', async () => {
    const again = await runCli(['conformance', 'client', '--out', out.path, '--prepare', '--json']);
    expect(JSON.parse(again.stdout)).to.include({ created: false, ca_file: join(out.path, 'ca.pem') });
  });

  it('passes every check over real HTTPS, the 503 retry and exactly-once included', async () => {
    const junit = join(out.path, 'client.xml');
    const html = join(out.path, 'client.html');
    const run = await runCli(
      [
        ...['conformance', 'client', '--listen', '127.0.0.1:0', '--out', out.path, '--drive', `sh ${driver}`],
        ...['--ca-file', testPki().caFile, '--step-timeout', '20', '--junit', junit, '--html', html, '--json'],
      ],
      { env },
    );
    const report = JSON.parse(run.stdout) as ConformanceReport;
    expect(validateConformanceReport(report), JSON.stringify(validateConformanceReport.errors)).to.equal(true);
    const notPassed = report.checks.filter((check) => check.status !== 'passed');
    expect(notPassed, JSON.stringify(notPassed, null, 2)).to.deep.equal([]);
    expect(run.code, run.stderr).to.equal(0);
    expect(report).to.include({ mode: 'client', verdict: 'pass' });
    expect(report.checks.map((check) => check.id)).to.deep.equal(planClientChecks().map((p) => p.check.id));
    expect(report.target).to.match(/^https:\/\/127\.0\.0\.1:\d+\/swarm$/);
    const retry = report.checks.find((check) => check.id === 'client-delivery.retry-after');
    const waited = Number(/retried (\d+) ms after the 503/.exec(retry?.notes.join(' ') ?? '')?.[1]);
    expect(waited).to.be.at.least(2_000);
    expect(readFileSync(junit, 'utf8')).to.include('client-delivery.retry-after');
    const page = readFileSync(html, 'utf8');
    expect(page).to.include('client mode').and.to.include('client-delivery.retry-after');
    // With 0.2 on (the default) it wrote 0.2 to the member that lists it, and sealed for it through the driver.
    const speaks = report.checks.find((check) => check.id === 'client-protocol-02.speaks-02');
    expect(speaks?.notes.join(' ')).to.match(/[1-9]\d* messages to conformance-\w+-m1 judged/);
  });

  it('with protocol.v02 off: every envelope 0.1.0, the 0.2 rows skipped, the negotiation row passed', async () => {
    const v01 = await startCliAgent('cli-under-test-v01', caFile, 'protocol:\n  v02: false\n');
    try {
      const run = await runCli(
        [
          ...['conformance', 'client', '--listen', '127.0.0.1:0', '--out', out.path, '--drive', `sh ${driver}`],
          ...['--ca-file', testPki().caFile, '--step-timeout', '20'],
          ...['--only', 'client-send', '--only', 'client-protocol-02', '--only', 'client-sealed', '--json'],
        ],
        { env: v01.env },
      );
      const report = JSON.parse(run.stdout) as ConformanceReport;
      expect(run.code, run.stderr).to.equal(0);
      const byStatus = (status: string) =>
        report.checks.filter((check) => check.status === status).map((check) => check.id);
      expect(byStatus('failed')).to.deep.equal([]);
      expect(byStatus('passed')).to.include.members(['client-protocol-02.negotiated', 'client-send.fields']);
      expect(byStatus('skipped')).to.deep.equal(
        planClientChecks(['client-protocol-02', 'client-sealed'])
          .map((p) => p.check.id)
          .filter((id) => id !== 'client-protocol-02.negotiated'),
      );
      for (const check of report.checks.filter((c) => c.status === 'skipped')) {
        expect(check.reason, check.id).to.match(/its \/info protocol_versions does not list 0\.2\.0/);
      }
    } finally {
      await v01.stop();
    }
  });

  it('without --drive prints each step with its variables, and waits for the implementation', async () => {
    const run = await runCli([
      ...['conformance', 'client', '--out', out.path, '--only', 'client-join.swarm-mismatch'],
      ...['--step-timeout', '1', '--json'],
    ]);
    expect(run.stderr).to.match(/Step 1: join/);
    expect(run.stderr).to.match(/SWARM_CONFORMANCE_INVITE=swarm:\/\/[0-9a-f-]{36}@127\.0\.0\.1:\d+\?token=/);
    expect(run.stderr).to.include(`SWARM_CONFORMANCE_CA_FILE=${join(out.path, 'ca.pem')}`);
    const report = JSON.parse(run.stdout) as ConformanceReport;
    // Nobody acted on the printed step, which is what an invite to refuse asks for.
    expect(report.checks.map((check) => [check.id, check.status])).to.deep.equal([
      ['client-join.swarm-mismatch', 'passed'],
    ]);
  });

  it('--list prints the checks with their requirements and sends nothing', async () => {
    const run = await runCli(['conformance', 'client', '--list', '--only', 'client-delivery', '--json']);
    const ids = JSON.parse(run.stdout).checks.map((check: { id: string }) => check.id);
    expect(ids).to.deep.equal([
      'client-delivery.broadcast',
      'client-delivery.direct',
      'client-delivery.retry-after',
      'client-delivery.no-retry',
    ]);
  });

  it('counts the client-side requirements in the coverage', () => {
    const rows = new Map(requirementCoverage().map((row) => [row.id, row]));
    for (const id of ['TOK-SWM-001', 'MSG-ENV-001', 'MSG-SIG-001', 'DLV-RETRY-001', 'SYS-ENC-001', 'SYS-KICK-001']) {
      expect(rows.get(id as never)?.status, id).to.equal('exercised');
    }
    expect(rows.get('DLV-ONCE-001' as never)?.checks).to.include('client-delivery.broadcast');
    expect(rows.get('NEG-002' as never)?.checks).to.include('client-protocol-02.negotiated');
    expect(rows.get('SEAL-001' as never)?.checks).to.include('client-sealed.opens');
  });
});
