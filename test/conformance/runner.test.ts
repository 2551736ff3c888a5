import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { validateConformanceReport } from '../../generated/validators/ConformanceReport.js';
import { planChecks, type RunOptions, runConformance } from '../../src/conformance/runner.js';
import { createTransport } from '../../src/transport/transport.js';
import { testPki } from '../helpers/tls.js';
import { type AgentUnderTest, startAgentUnderTest } from './fixture.js';

describe('conformance: the runner', () => {
  let under: AgentUnderTest;
  before(async () => {
    under = await startAgentUnderTest();
  });
  after(() => under.close());

  it('passes our agent on the stranger checks and reports in its schema', async () => {
    const report = await under.run({ only: ['stranger'] });
    expect(validateConformanceReport(report), JSON.stringify(validateConformanceReport.errors)).to.equal(true);
    const failed = report.checks.filter((c) => c.status !== 'passed');
    expect(failed, JSON.stringify(failed, null, 2)).to.deep.equal([]);
    expect(report.verdict).to.equal('pass');
  });

  it('selects checks by check id prefix or requirement id prefix', () => {
    expect(planChecks(['stranger.message']).map((p) => p.check.id)).to.include('stranger.message.invalid-json');
    expect(planChecks(['SRV-HEALTH']).map((p) => p.check.id)).to.include('stranger.health');
    expect(
      planChecks(['SRV-HEALTH-001']).every((p) =>
        [p.check.requirement, ...(p.check.also ?? [])].includes('SRV-HEALTH-001'),
      ),
    ).to.equal(true);
    expect(planChecks(['no-such-check'])).to.deep.equal([]);
  });
});

describe('conformance: the stranger checks against a lax agent', () => {
  it('fails every one of them when the agent answers 200 {"ok": true} to anything', async () => {
    // A lax implementation: every request answered alike, whatever it was.
    const pki = testPki();
    const lax = createServer({ cert: pki.certPem, key: pki.keyPem }, (req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok": true}');
      });
    });
    await new Promise<void>((resolve) => lax.listen(0, '127.0.0.1', resolve));
    const transport = createTransport({ caPem: pki.caPem, timeoutMs: 5000 });
    try {
      const endpoint = `https://127.0.0.1:${(lax.address() as AddressInfo).port}/swarm`;
      const report = await runConformance({
        endpoint,
        fetch: transport.fetch as RunOptions['fetch'],
        only: ['stranger'],
        oversizeBytes: 64 * 1024,
      });
      const stranger = planChecks(['stranger']).map((p) => p.check.id);
      expect(report.checks.map((c) => [c.id, c.status])).to.deep.equal(stranger.map((id) => [id, 'failed']));
      expect(report.verdict).to.equal('fail');
    } finally {
      await transport.close();
      await new Promise((resolve) => lax.close(resolve));
    }
  });
});
