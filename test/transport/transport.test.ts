import { writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { expect } from 'chai';
import express from 'express';
import { createPeerApiClient } from '../../generated/client.js';
import { TransportError } from '../../src/transport/errors.js';
import { createTransport, type Transport } from '../../src/transport/transport.js';
import { peerBaseUrl } from '../../src/transport/url.js';
import { closedPort, type RunningServer, sendJson, startHttpServer, startHttpsServer } from '../helpers/https.js';
import { createOtherCa, createTestPki, type TestPki, testPki } from '../helpers/tls.js';
import { tempDir } from '../helpers/tmp.js';

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(TransportError);
    return error as TransportError;
  }
  throw new Error('expected a TransportError, got an answer');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const health = {
  status: 'healthy',
  agent_id: 'agent-b',
  protocol_version: '0.1.0',
  timestamp: '2026-01-01T12:00:00.000Z',
  message: null,
};

describe('transport/createTransport (real HTTPS servers)', () => {
  let pki: TestPki;
  let server: RunningServer;
  let transport: Transport;
  const stalled: IncomingMessage[] = [];

  before(async () => {
    pki = testPki();
    server = await startHttpsServer(async (req, res) => {
      if (req.url === '/slow') return void stalled.push(req);
      if (req.url === '/redirect') {
        res.writeHead(307, { location: 'http://example.com/elsewhere' });
        return void res.end();
      }
      const body = await readBody(req);
      sendJson(res, 200, { method: req.method, url: req.url, headers: req.headers, body });
    }, pki);
  });
  beforeEach(() => {
    transport = createTransport({ caPem: pki.caPem, agentId: 'agent-a', timeoutMs: 2000 });
  });
  afterEach(() => transport.close());
  after(() => server.close());

  it('sends X-Agent-ID and X-Swarm-Protocol on every request, keeping the caller’s headers', async () => {
    const res = await transport.fetch(`${server.url}/echo`, { headers: { 'x-extra': '1' } });
    expect(res.status).to.equal(200);
    const { headers } = (await res.json()) as { headers: Record<string, string> };
    expect(headers).to.include({ 'x-agent-id': 'agent-a', 'x-swarm-protocol': '0.1.0', 'x-extra': '1' });
  });

  it('keeps the X-Swarm-Protocol a caller names (a 0.2 envelope goes with 0.2.0)', async () => {
    const res = await transport.fetch(`${server.url}/echo`, { headers: { 'X-Swarm-Protocol': '0.2.0' } });
    const { headers } = (await res.json()) as { headers: Record<string, string> };
    expect(headers).to.include({ 'x-agent-id': 'agent-a', 'x-swarm-protocol': '0.2.0' });
  });

  it('omits X-Agent-ID when no agent id is configured (a master broadcast)', async () => {
    const anonymous = createTransport({ caPem: pki.caPem });
    try {
      const { headers } = (await (await anonymous.fetch(`${server.url}/echo`)).json()) as {
        headers: Record<string, string>;
      };
      expect(headers).to.not.have.property('x-agent-id');
      expect(headers).to.have.property('x-swarm-protocol', '0.1.0');
    } finally {
      await anonymous.close();
    }
  });

  it('takes a global Request (as openapi-fetch passes it) and sends its body with a Content-Length', async () => {
    const request = new Request(`${server.url}/post`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hello: 'wörld' }),
    });
    const echo = (await (await transport.fetch(request)).json()) as {
      method: string;
      body: string;
      headers: Record<string, string>;
    };
    expect(echo.method).to.equal('POST');
    expect(JSON.parse(echo.body)).to.deep.equal({ hello: 'wörld' });
    expect(echo.headers['content-length']).to.equal(String(Buffer.byteLength(echo.body)));
    expect(echo.headers['x-agent-id']).to.equal('agent-a');
  });

  it('serves as the fetch of a generated openapi-fetch peer client (express app, endpoint base path)', async () => {
    const app = express();
    app.get('/swarm/health', (req, res) => {
      res.json({ ...health, agent_id: req.get('x-agent-id') });
    });
    const peer = await startHttpsServer(app, pki);
    try {
      const client = createPeerApiClient({ baseUrl: peerBaseUrl(`${peer.url}/swarm//`), fetch: transport.fetch });
      const { data, response } = await client.GET('/health');
      expect(response.status).to.equal(200);
      expect(data).to.deep.equal({ ...health, agent_id: 'agent-a' });
    } finally {
      await peer.close();
    }
  });

  it('reuses keep-alive connections for sequential requests', async () => {
    const before = server.connections();
    for (let i = 0; i < 10; i += 1) await (await transport.fetch(`${server.url}/n${i}`)).text();
    // undici may open a second socket while the first is being handed back to the pool; never one per request.
    expect(server.connections() - before).to.be.within(1, 2);
  });

  it('opens at most connectionsPerOrigin connections under concurrent load', async () => {
    const pooled = createTransport({ caPem: pki.caPem, connectionsPerOrigin: 2 });
    const before = server.connections();
    try {
      const answers = await Promise.all(
        Array.from({ length: 8 }, async (_, i) => (await pooled.fetch(`${server.url}/c${i}`)).status),
      );
      expect(answers).to.deep.equal(Array(8).fill(200));
      expect(server.connections() - before).to.be.within(1, 2);
    } finally {
      await pooled.close();
    }
  });

  it('does not follow redirects: the 3xx is answered to the caller', async () => {
    const res = await transport.fetch(`${server.url}/redirect`);
    expect(res.status).to.equal(307);
    expect(res.headers.get('location')).to.equal('http://example.com/elsewhere');
  });

  it('a closed port is PEER_UNREACHABLE (ECONNREFUSED)', async () => {
    const port = await closedPort();
    const error = await failure(transport.fetch(`https://127.0.0.1:${port}/swarm/message`));
    expect(error).to.include({ code: 'PEER_UNREACHABLE', reason: 'ECONNREFUSED' });
    expect(error.message).to.include(`https://127.0.0.1:${port}/swarm/message`);
    expect(error.cause).to.be.instanceOf(Error);
  });

  it('an unresolvable name is PEER_UNREACHABLE', async () => {
    const error = await failure(transport.fetch('https://no-such-peer.invalid/swarm/message'));
    expect(error.code).to.equal('PEER_UNREACHABLE');
  });

  it('a server that never answers is PEER_TIMEOUT after timeoutMs', async () => {
    const quick = createTransport({ caPem: pki.caPem, timeoutMs: 200 });
    const started = Date.now();
    try {
      const error = await failure(quick.fetch(`${server.url}/slow`));
      expect(error.code).to.equal('PEER_TIMEOUT');
      expect(error.message).to.include('200 ms').and.include('/slow');
      expect(Date.now() - started).to.be.within(150, 1500);
    } finally {
      await quick.close();
    }
  });

  it('a caller abort is CANCELLED', async () => {
    const controller = new AbortController();
    const pending = transport.fetch(`${server.url}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await failure(pending)).code).to.equal('CANCELLED');
  });

  it('after close() requests fail with CANCELLED', async () => {
    const closing = createTransport({ caPem: pki.caPem });
    await closing.close();
    expect((await failure(closing.fetch(`${server.url}/x`))).code).to.equal('CANCELLED');
  });

  it('trusts the extra CA given as a file', async () => {
    const fromFile = createTransport({ caFile: pki.caFile });
    try {
      expect((await fromFile.fetch(`${server.url}/x`)).status).to.equal(200);
    } finally {
      await fromFile.close();
    }
  });

  describe('certificate failures fail closed (TLS_ERROR, never retried without verification)', () => {
    let other: TestPki;
    let otherServer: RunningServer;
    let hits = 0;

    before(async () => {
      other = createOtherCa();
      otherServer = await startHttpsServer((_req, res) => {
        hits += 1;
        sendJson(res, 200, {});
      }, other);
    });
    after(async () => {
      await otherServer.close();
      other.cleanup();
    });

    it('a certificate from another CA', async () => {
      const error = await failure(transport.fetch(`${otherServer.url}/swarm/message`));
      expect(error).to.include({ code: 'TLS_ERROR', reason: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
      expect(error.message).to.include(otherServer.url);
      expect(hits).to.equal(0);
    });

    it('the test CA is not trusted without the extra CA (system roots only)', async () => {
      const plain = createTransport();
      try {
        expect((await failure(plain.fetch(`${server.url}/x`))).code).to.equal('TLS_ERROR');
      } finally {
        await plain.close();
      }
    });

    it('even with NODE_TLS_REJECT_UNAUTHORIZED=0 in the environment', async () => {
      const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
      const lax = createTransport({ caPem: pki.caPem });
      try {
        expect((await failure(lax.fetch(`${otherServer.url}/x`))).code).to.equal('TLS_ERROR');
        expect(hits).to.equal(0);
      } finally {
        if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
        else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
        await lax.close();
      }
    });

    it('a certificate for another host name', async () => {
      const wrong = createTestPki(undefined, { dnsNames: ['wrong.example'], ipAddresses: [] });
      const wrongServer = await startHttpsServer((_req, res) => sendJson(res, 200, {}), wrong);
      const trusting = createTransport({ caPem: wrong.caPem });
      try {
        const error = await failure(trusting.fetch(`${wrongServer.url}/x`));
        expect(error).to.include({ code: 'TLS_ERROR', reason: 'ERR_TLS_CERT_ALTNAME_INVALID' });
      } finally {
        await trusting.close();
        await wrongServer.close();
        wrong.cleanup();
      }
    });

    it('an expired certificate', async () => {
      const expired = createTestPki(undefined, { days: -1 });
      const expiredServer = await startHttpsServer((_req, res) => sendJson(res, 200, {}), expired);
      const trusting = createTransport({ caPem: expired.caPem });
      try {
        expect((await failure(trusting.fetch(`${expiredServer.url}/x`))).code).to.equal('TLS_ERROR');
      } finally {
        await trusting.close();
        await expiredServer.close();
        expired.cleanup();
      }
    });

    it('https:// spoken to a plain HTTP server', async () => {
      const plain = await startHttpServer((_req, res) => sendJson(res, 200, {}));
      try {
        const error = await failure(transport.fetch(plain.url.replace('http:', 'https:')));
        expect(error.code).to.equal('TLS_ERROR');
      } finally {
        await plain.close();
      }
    });
  });

  describe('plain http:// only to loopback, only when allowed', () => {
    let plain: RunningServer;
    before(async () => {
      plain = await startHttpServer((req, res) => sendJson(res, 200, { headers: req.headers }));
    });
    after(() => plain.close());

    it('is refused by default, before any connection', async () => {
      const error = await failure(transport.fetch(`${plain.url}/x`));
      expect(error).to.include({ code: 'TLS_ERROR', reason: 'insecure_scheme' });
      expect(plain.connections()).to.equal(0);
    });

    it('is allowed to 127.0.0.1 and localhost with allowHttpLoopback, headers included', async () => {
      const loose = createTransport({ allowHttpLoopback: true, agentId: 'agent-a' });
      try {
        for (const url of [plain.url, plain.url.replace('127.0.0.1', 'localhost')]) {
          const { headers } = (await (await loose.fetch(`${url}/x`)).json()) as { headers: Record<string, string> };
          expect(headers).to.include({ 'x-agent-id': 'agent-a', 'x-swarm-protocol': '0.1.0' });
        }
      } finally {
        await loose.close();
      }
    });

    it('is refused for any other host even with allowHttpLoopback', async () => {
      const loose = createTransport({ allowHttpLoopback: true });
      try {
        const error = await failure(loose.fetch('http://example.com/swarm/message'));
        expect(error).to.include({ code: 'TLS_ERROR', reason: 'insecure_scheme' });
      } finally {
        await loose.close();
      }
    });
  });

  describe('options are checked when the transport is built', () => {
    it('refuses out-of-range numbers', () => {
      expect(() => createTransport({ timeoutMs: 0 })).to.throw(RangeError);
      expect(() => createTransport({ timeoutMs: 1.5 })).to.throw(RangeError);
      expect(() => createTransport({ connectionsPerOrigin: 0 })).to.throw(RangeError);
    });

    it('refuses a missing or unparsable CA with CONFIG_INVALID', () => {
      const dir = tempDir();
      try {
        const garbage = join(dir.path, 'garbage.pem');
        writeFileSync(garbage, '-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n');
        for (const options of [
          { caFile: join(dir.path, 'missing.pem') },
          { caFile: garbage },
          { caPem: 'no pem here' },
        ]) {
          expect(() => createTransport(options))
            .to.throw(TransportError)
            .with.property('code', 'CONFIG_INVALID');
        }
      } finally {
        dir.cleanup();
      }
    });
  });
});
