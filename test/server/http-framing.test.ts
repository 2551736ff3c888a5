import { connect } from 'node:tls';
import { expect } from 'chai';
import { errorCatalog } from '../../generated/errors.js';
import type { ErrorCode } from '../../generated/types.js';
import { validateErrorBody } from '../../generated/validators.js';
import { parseLastAnswer, type RawAnswer } from '../helpers/raw-http.js';
import { testPki } from '../helpers/tls.js';
import { makePeer, startTestAgent, type TestAgent } from './fixture.js';

interface TimedAnswer extends RawAnswer {
  /** Milliseconds from the first byte sent to the connection's end. */
  closedAfterMs: number;
}

/**
 * Writes bytes on a fresh TLS connection (the parts one after another, `pauseMs` apart) and reads until the server
 * closes it. Only the last answer on the connection is parsed.
 */
function raw(agent: TestAgent, parts: Array<string | Buffer>, pauseMs = 0): Promise<TimedAnswer> {
  const { port } = new URL(agent.origin);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: Number(port), ca: testPki().caPem });
    const chunks: Buffer[] = [];
    let started = 0;
    socket.on('secureConnect', async () => {
      started = Date.now();
      for (const part of parts) {
        if (socket.destroyed) break;
        socket.write(part);
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      }
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close while parts are still being written.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      try {
        resolve({ ...parseLastAnswer(Buffer.concat(chunks).toString('utf8')), closedAfterMs: Date.now() - started });
      } catch (error) {
        reject(error);
      }
    });
  });
}

function expectCatalogAnswer(answer: RawAnswer, code: ErrorCode): void {
  expect(answer.status, JSON.stringify(answer)).to.equal(errorCatalog[code].status);
  expect(validateErrorBody(answer.body), JSON.stringify(answer.body)).to.equal(true);
  expect(answer.body.error.code).to.equal(code);
  expect(answer.headers['content-type']).to.match(/^application\/json/);
  expect(answer.headers.connection).to.equal('close');
  expect(Number(answer.headers['content-length'])).to.equal(Buffer.byteLength(JSON.stringify(answer.body)));
}

// [ERR-HTTP-001] What Node's parser refuses never reaches a route: it used to be answered with a bare status line.
describe('server: bytes that are not a request get catalog answers too', function () {
  this.timeout(30_000);
  let agent: TestAgent;
  const seen: ErrorCode[] = [];
  let swarmId: string;
  const alice = makePeer('alice');

  before(async () => {
    agent = await startTestAgent({
      listen: { timeouts: { headersMs: 300, requestMs: 600 }, onClientError: (code) => seen.push(code) },
    });
    swarmId = agent.createSwarm([alice]);
  });
  after(async () => {
    // Nothing of it was stored, and the server still serves.
    expect(agent.store.inbox.count().total).to.equal(0);
    expect((await agent.get('/swarm/health')).status).to.equal(200);
    await agent.close();
  });

  const post = (body: string, extra: string[] = []) =>
    ['POST /swarm/message HTTP/1.1', 'Host: 127.0.0.1', 'Content-Type: application/json', ...extra, '', body].join(
      '\r\n',
    );

  it('a request line that is not HTTP is MALFORMED_REQUEST, with the parser reason, and the connection closes', async () => {
    const answer = await raw(agent, ['HELLO THERE\r\n\r\n']);
    expectCatalogAnswer(answer, 'MALFORMED_REQUEST');
    expect(answer.body.error.details.reason).to.match(/^HPE_/);
    expect(seen).to.include('MALFORMED_REQUEST');
  });

  it('a header line without a colon is MALFORMED_REQUEST', async () => {
    expectCatalogAnswer(
      await raw(agent, ['GET /swarm/health HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n']),
      'MALFORMED_REQUEST',
    );
  });

  it('headers over 16 KiB are HEADERS_TOO_LARGE (431)', async () => {
    const answer = await raw(agent, [`GET /swarm/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`]);
    expectCatalogAnswer(answer, 'HEADERS_TOO_LARGE');
    expect(answer.status).to.equal(431);
  });

  it('Content-Length together with Transfer-Encoding (request smuggling) is refused, nothing stored', async () => {
    const body = JSON.stringify(agent.sign(alice, { swarm_id: swarmId }));
    const answer = await raw(agent, [
      post(`${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`, [
        `Content-Length: ${body.length}`,
        'Transfer-Encoding: chunked',
      ]),
    ]);
    expectCatalogAnswer(answer, 'MALFORMED_REQUEST');
  });

  it('a broken chunk in a message body is MALFORMED_REQUEST, and the half-read message is not stored', async () => {
    const body = JSON.stringify(agent.sign(alice, { swarm_id: swarmId }));
    const answer = await raw(agent, [
      post(`10\r\n${body.slice(0, 16)}\r\nzz\r\n${body.slice(16)}\r\n0\r\n\r\n`, ['Transfer-Encoding: chunked']),
    ]);
    expectCatalogAnswer(answer, 'MALFORMED_REQUEST');
  });

  it('headers that trickle in slower than the limit are REQUEST_TIMEOUT (408)', async () => {
    const answer = await raw(
      agent,
      ['GET /swarm/health HTTP/1.1\r\n', 'Host: x\r\n', 'X-A: 1\r\n', 'X-B: 2\r\n', 'X-C: 3\r\n', 'X-D: 4\r\n'],
      150,
    );
    expectCatalogAnswer(answer, 'REQUEST_TIMEOUT');
    expect(answer.closedAfterMs).to.be.below(5_000);
  });

  it('a body that never arrives whole is REQUEST_TIMEOUT, and nothing is stored', async () => {
    const body = JSON.stringify(agent.sign(alice, { swarm_id: swarmId }));
    const answer = await raw(agent, [post(body.slice(0, 40), [`Content-Length: ${body.length}`])]);
    expectCatalogAnswer(answer, 'REQUEST_TIMEOUT');
  });

  it('garbage after a good request on a kept-alive connection: the first is answered, then the garbage', async () => {
    const answer = await raw(agent, ['GET /swarm/health HTTP/1.1\r\nHost: x\r\n\r\n', 'NOT HTTP\r\n\r\n'], 50);
    expectCatalogAnswer(answer, 'MALFORMED_REQUEST');
  });
});
