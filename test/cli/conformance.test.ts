import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateConformanceReport } from '../../generated/validators/ConformanceReport.js';
import { startAgentUnderTest } from '../conformance/fixture.js';
import { testPki } from '../helpers/tls.js';
import { tempDir } from '../helpers/tmp.js';
import { startTestAgent } from '../server/fixture.js';
import { runCli } from './run-cli.js';

describe('cli: swarm conformance', () => {
  it('passes a conforming agent as a stranger (exit 0), listing the member checks as skipped with the reason', async () => {
    const agent = await startTestAgent();
    try {
      const result = await runCli(['conformance', agent.endpoint, '--ca-file', testPki().caFile, '--json']);
      expect(result.code, result.stdout + result.stderr).to.equal(0);
      const report = JSON.parse(result.stdout);
      expect(validateConformanceReport(report)).to.equal(true);
      expect(report.target).to.equal(agent.endpoint);
      expect(report.verdict).to.equal('pass');
      const stranger = report.checks.filter((c: { section: string }) => c.section === 'stranger');
      expect(stranger.length).to.be.greaterThan(10);
      expect(stranger.every((c: { status: string }) => c.status === 'passed')).to.equal(true);
      const skipped = report.checks.filter((c: { status: string }) => c.status === 'skipped');
      expect(skipped.length).to.be.greaterThan(0);
      // Each names the option that would enable it.
      expect(skipped.every((c: { reason: string }) => /--[a-z-]+/.test(c.reason))).to.equal(true);
    } finally {
      await agent.close();
    }
  });

  it('runs the member checks with an invite, writes JUnit, and leaves no identity behind', async function () {
    this.timeout(120_000);
    const under = await startAgentUnderTest();
    const dir = tempDir('swarm-conformance-cli-');
    try {
      const junit = join(dir.path, 'report.xml');
      const result = await runCli([
        'conformance',
        'server',
        under.agent.endpoint,
        '--invite',
        under.invite(),
        '--single-use-invite',
        under.invite({ maxUses: 1 }),
        '--fuzz',
        '40',
        '--ca-file',
        testPki().caFile,
        '--junit',
        junit,
        '--json',
      ]);
      const report = JSON.parse(result.stdout);
      const failed = report.checks.filter((c: { status: string }) => c.status === 'failed');
      expect(failed, JSON.stringify(failed, null, 2)).to.deep.equal([]);
      expect(result.code).to.equal(0);
      expect(report.identities.length).to.be.at.least(3);
      expect(report.left_behind.identities_remaining).to.deep.equal([]);
      const members = under.agent.store.swarms.get(under.swarmId)?.members.map((m) => m.agentId) ?? [];
      expect(members.filter((id) => id.startsWith('conformance-'))).to.deep.equal([]);
      const xml = readFileSync(junit, 'utf8');
      expect(xml).to.match(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
      expect(xml.match(/<testcase /g)?.length).to.equal(report.checks.length);
      expect(xml).to.include('classname="MSG-SIG-002"');
    } finally {
      dir.cleanup();
      await under.close();
    }
  });

  it('exits 1 and prints each failure with what was sent and what came back', async () => {
    const lax = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(500).end());
    });
    await new Promise<void>((resolve) => lax.listen(0, '127.0.0.1', resolve));
    try {
      const endpoint = `http://127.0.0.1:${(lax.address() as AddressInfo).port}/swarm`;
      const result = await runCli(['conformance', endpoint, '--allow-http-loopback']);
      expect(result.code, result.stderr).to.equal(1);
      expect(result.stdout).to.match(/FAIL stranger\.health \[SRV-HEALTH-001 MUST\] correctness: 500; expected 200/);
      expect(result.stdout).to.match(/sent: GET \/swarm\/health/);
      expect(result.stdout).to.match(/got: {2}500/);
      expect(result.stdout).to.match(/FAIL http:\/\/127\.0\.0\.1:\d+\/swarm$/m);
    } finally {
      await new Promise((resolve) => lax.close(resolve));
    }
  });

  it('exits 3 when the agent cannot be reached', async () => {
    const result = await runCli(['conformance', 'https://127.0.0.1:1/swarm', '--json']);
    expect(result.code, result.stdout).to.equal(3);
  });

  it('lists the checks a run would make without an endpoint, filtered by --only', async () => {
    const all = JSON.parse((await runCli(['conformance', 'server', '--list', '--json'])).stdout);
    const only = JSON.parse((await runCli(['conformance', 'server', '--list', '--only', 'MSG-SIG', '--json'])).stdout);
    expect(all.checks.length).to.be.greaterThan(only.checks.length);
    expect(only.checks.length).to.be.greaterThan(0);
    for (const check of only.checks) {
      expect([check.requirement, ...check.also].some((id: string) => id.startsWith('MSG-SIG-'))).to.equal(true);
    }
  });

  it('refuses plain http:// to another host before sending anything', async () => {
    const result = await runCli(['conformance', 'http://agent.example.com/swarm', '--json']);
    expect(result.code).to.not.equal(0);
    expect(JSON.parse(result.stdout).error.code).to.equal('TLS_ERROR');
  });
});

describe('cli: swarm conformance requirements', () => {
  it('lists every requirement with its level, party and checks, and meets the coverage goal', async () => {
    const result = await runCli(['conformance', 'requirements', '--json']);
    expect(result.code, result.stderr).to.equal(0);
    const { requirements, totals } = JSON.parse(result.stdout);
    expect(requirements.length).to.be.greaterThan(60);
    expect(totals.missing).to.deep.equal([]);
    expect(totals.server_must_exercised).to.equal(totals.server_must_observable);
    const text = (await runCli(['conformance', 'requirements'])).stdout;
    expect(text).to.match(/receiver- and server-side MUST requirements exercised over the wire: (\d+) of \1\n/);
  });
});
