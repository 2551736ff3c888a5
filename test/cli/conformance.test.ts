import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { testPki } from '../helpers/tls.js';
import { startTestAgent } from '../server/fixture.js';
import { runCli } from './run-cli.js';

describe('cli: swarm conformance', () => {
  it('passes a conforming agent (exit 0) and prints the report as JSON', async () => {
    const agent = await startTestAgent();
    try {
      const result = await runCli(['conformance', agent.endpoint, '--ca-file', testPki().caFile, '--json']);
      expect(result.code, result.stdout + result.stderr).to.equal(0);
      const report = JSON.parse(result.stdout);
      expect(report.endpoint).to.equal(agent.endpoint);
      expect(report.failed).to.equal(0);
      expect(report.checks.every((c: { passed: boolean }) => c.passed)).to.equal(true);
    } finally {
      await agent.close();
    }
  });

  it('exits 1 and names each failed check for a peer that departs from the spec', async () => {
    const lax = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(500).end());
    });
    await new Promise<void>((resolve) => lax.listen(0, '127.0.0.1', resolve));
    try {
      const endpoint = `http://127.0.0.1:${(lax.address() as AddressInfo).port}/swarm`;
      const result = await runCli(['conformance', endpoint, '--allow-http-loopback']);
      expect(result.code, result.stderr).to.equal(1);
      expect(result.stdout).to.match(/FAIL health \[SRV-HEALTH-001\]: expected 200 with a valid body, got 500/);
      expect(result.stdout).to.match(/0 passed, 16 failed/);
    } finally {
      await new Promise((resolve) => lax.close(resolve));
    }
  });

  it('refuses plain http:// to another host before sending anything', async () => {
    const result = await runCli(['conformance', 'http://agent.example.com/swarm', '--json']);
    expect(result.code).to.not.equal(0);
    expect(JSON.parse(result.stdout).error.code).to.equal('TLS_ERROR');
  });
});
