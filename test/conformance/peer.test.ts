import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { probePeer } from '../../src/conformance/peer.js';
import { createTransport, type Transport } from '../../src/transport/transport.js';
import { testPki } from '../helpers/tls.js';
import { startTestAgent, type TestAgent } from '../server/fixture.js';

describe('conformance: probing a peer', () => {
  let transport: Transport;
  beforeEach(() => {
    transport = createTransport({ caPem: testPki().caPem, timeoutMs: 5000 });
  });
  afterEach(() => transport.close());

  it('finds this implementation conforming on every check, and changes nothing on it', async () => {
    const agent: TestAgent = await startTestAgent({ server: { bodyLimit: 64 * 1024 } });
    try {
      const before = agent.store.inbox.count().total;
      const report = await probePeer(agent.endpoint, { fetch: transport.fetch });
      expect(
        report.checks.filter((c) => !c.passed),
        JSON.stringify(report, null, 2),
      ).to.deep.equal([]);
      expect(report.passed).to.equal(report.checks.length).and.to.be.greaterThan(9);
      expect(report.checks.map((c) => c.id)).to.include.members(['health', 'info', 'message.invalid-json']);
      expect(agent.store.inbox.count().total, 'nothing stored').to.equal(before);
    } finally {
      await agent.close();
    }
  });

  it('reports each departure from the spec, with what the peer answered', async () => {
    // A peer that answers 200 {"ok": true} to anything, the way a lax implementation would.
    const pki = testPki();
    const lax = createServer({ cert: pki.certPem, key: pki.keyPem }, (req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok": true}');
      });
    });
    await new Promise<void>((resolve) => lax.listen(0, '127.0.0.1', resolve));
    try {
      const endpoint = `https://127.0.0.1:${(lax.address() as AddressInfo).port}/swarm`;
      const report = await probePeer(endpoint, { fetch: transport.fetch, oversizeBytes: 64 * 1024 });
      expect(report.passed).to.equal(0);
      expect(report.failed).to.equal(report.checks.length);
      const invalidJson = report.checks.find((c) => c.id === 'message.invalid-json');
      expect(invalidJson).to.deep.include({
        requirement: 'SRV-MSG-001',
        expected: '400 INVALID_JSON in the error shape',
        passed: false,
      });
      expect(invalidJson?.observed).to.match(
        /^200: status 200, not the error shape: \/ must have required property 'error'$/,
      );
      expect(report.checks.find((c) => c.id === 'health')?.observed).to.match(/must have required property/);
    } finally {
      await new Promise((resolve) => lax.close(resolve));
    }
  });

  it('fails a check it gets no answer for, and goes on with the others', async () => {
    const report = await probePeer('https://127.0.0.1:1/swarm', { fetch: transport.fetch });
    expect(report.failed).to.equal(report.checks.length);
    expect(report.checks[0]?.observed).to.match(/^no answer: /);
  });
});
