import type { ServerResponse } from 'node:http';
import { expect } from 'chai';
import { validateHealth } from '../../generated/validators.js';
import { TransportError } from '../../src/transport/errors.js';
import { readJsonResponse } from '../../src/transport/response.js';
import { createTransport, type Transport } from '../../src/transport/transport.js';
import { type RunningServer, sendJson, startHttpsServer } from '../helpers/https.js';
import { testPki } from '../helpers/tls.js';

const health = {
  status: 'healthy',
  agent_id: 'agent-b',
  protocol_version: '0.1.0',
  timestamp: '2026-01-01T12:00:00.000Z',
  message: null,
};

function send(res: ServerResponse, type: string | undefined, body: string | Buffer): void {
  res.writeHead(200, type === undefined ? {} : { 'content-type': type });
  res.end(body);
}

const routes: Record<string, (res: ServerResponse) => void> = {
  '/health': (res) => sendJson(res, 200, health),
  '/bad-health': (res) => sendJson(res, 200, { ...health, status: 'sleepy' }),
  '/problem': (res) => send(res, 'application/problem+json; charset=utf-8', '{"ok":true}'),
  '/text': (res) => send(res, 'text/plain; charset=utf-8', 'Internal Server Error'),
  '/no-type': (res) => send(res, undefined, '{}'),
  '/html-as-json': (res) => send(res, 'application/json', '<html>502 Bad Gateway</html>'),
  '/latin1': (res) => send(res, 'application/json', Buffer.from([0x22, 0xe9, 0x22])),
  '/empty': (res) => send(res, 'application/json', ''),
  // Parses, but printing or storing it would exhaust the stack.
  '/deep': (res) => send(res, 'application/json', `{"status":${'['.repeat(50_000)}${']'.repeat(50_000)}}`),
  '/declared-large': (res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 * 1024 * 1024 });
    res.end(Buffer.alloc(2 * 1024 * 1024, 0x20));
  },
  '/chunked-large': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    for (let i = 0; i < 20; i += 1) res.write(chunk);
    res.end('{}');
  },
  '/stall-body': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"status":');
  },
  '/reset-body': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"status":', () => res.socket?.destroy());
  },
};

describe('transport/readJsonResponse (real HTTPS answers)', () => {
  let server: RunningServer;
  let transport: Transport;

  before(async () => {
    const pki = testPki();
    server = await startHttpsServer((req, res) => (routes[req.url ?? ''] ?? ((r) => sendJson(r, 404, {})))(res), pki);
    transport = createTransport({ caPem: testPki().caPem, timeoutMs: 1000 });
  });
  after(async () => {
    await transport.close();
    await server.close();
  });

  const get = (path: string) => transport.fetch(`${server.url}${path}`);

  async function failure(path: string, maxBytes?: number): Promise<TransportError> {
    const response = await get(path);
    try {
      await readJsonResponse(response, validateHealth, maxBytes === undefined ? {} : { maxBytes });
    } catch (error) {
      expect(error).to.be.instanceOf(TransportError);
      const transportError = error as TransportError;
      expect(transportError.message).to.include(`${server.url}${path}`);
      return transportError;
    }
    throw new Error('expected a TransportError');
  }

  it('returns the parsed body, checked by a generated validator', async () => {
    const body = await readJsonResponse(await get('/health'), validateHealth);
    expect(body.status).to.equal('healthy');
    expect(body).to.deep.equal(health);
  });

  it('accepts a +json media type with parameters', async () => {
    expect(await readJsonResponse(await get('/problem'))).to.deep.equal({ ok: true });
  });

  const rows: { name: string; given: string; maxBytes?: number; want: { code: string; reason: string } }[] = [
    { name: 'a schema violation', given: '/bad-health', want: { code: 'INVALID_RESPONSE', reason: 'schema' } },
    {
      name: 'a text/plain body (reference crash page)',
      given: '/text',
      want: { code: 'INVALID_RESPONSE', reason: 'content_type' },
    },
    { name: 'no content type', given: '/no-type', want: { code: 'INVALID_RESPONSE', reason: 'content_type' } },
    { name: 'HTML labelled as JSON', given: '/html-as-json', want: { code: 'INVALID_RESPONSE', reason: 'not_json' } },
    { name: 'an empty body', given: '/empty', want: { code: 'INVALID_RESPONSE', reason: 'not_json' } },
    { name: 'bytes that are not UTF-8', given: '/latin1', want: { code: 'INVALID_RESPONSE', reason: 'not_utf8' } },
    { name: 'JSON nested 50,000 deep', given: '/deep', want: { code: 'INVALID_RESPONSE', reason: 'too_deep' } },
    {
      name: 'a declared length over 1 MiB',
      given: '/declared-large',
      want: { code: 'INVALID_RESPONSE', reason: 'too_large' },
    },
    {
      name: 'a chunked body growing over 1 MiB',
      given: '/chunked-large',
      want: { code: 'INVALID_RESPONSE', reason: 'too_large' },
    },
    {
      name: 'a body over a smaller cap',
      given: '/health',
      maxBytes: 16,
      want: { code: 'INVALID_RESPONSE', reason: 'too_large' },
    },
    { name: 'a body that stops arriving', given: '/stall-body', want: { code: 'PEER_TIMEOUT', reason: 'timeout' } },
  ];
  // Our deadline and undici's body timeout race on a stalled body; on a loaded machine either may fire first, and
  // both are the same refusal.
  const sameTimeout = (reason: string | undefined) => (reason === 'UND_ERR_BODY_TIMEOUT' ? 'timeout' : reason);
  for (const { name, given, maxBytes, want } of rows) {
    it(`refuses ${name}`, async () => {
      const error = await failure(given, maxBytes);
      expect({ code: error.code, reason: sameTimeout(error.reason) }).to.deep.equal(want);
    });
  }

  it('names the failing value of a schema violation', async () => {
    expect((await failure('/bad-health')).message).to.include('/status');
  });

  it('a connection reset in the middle of the body is PEER_UNREACHABLE', async () => {
    expect((await failure('/reset-body')).code).to.equal('PEER_UNREACHABLE');
  });
});
