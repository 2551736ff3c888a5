import { connect, type TLSSocket } from 'node:tls';
import { expect } from 'chai';
import { responseProblem } from '../helpers/openapi.js';
import { parseLastAnswer } from '../helpers/raw-http.js';
import { testPki } from '../helpers/tls.js';
import { waitFor } from '../helpers/wait.js';
import { makePeer, startTestAgent, type TestAgent } from './fixture.js';

/**
 * A POST on a connection of its own whose body is sent in parts (as chunks when `chunked`); `answer` is the raw
 * text once the connection closes.
 */
function openPost(agent: TestAgent, path: string, body: string, options: { chunked?: boolean } = {}) {
  const { port } = new URL(agent.origin);
  const socket: TLSSocket = connect({ host: '127.0.0.1', port: Number(port), ca: testPki().caPem });
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  const answer = new Promise<string>((resolve) => socket.on('close', () => resolve(Buffer.concat(chunks).toString())));
  socket.on('error', () => {});
  const framing = options.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${Buffer.byteLength(body)}`;
  const head = [
    `POST ${path} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    framing,
    'Connection: close',
  ];
  const connected = new Promise<void>((resolve) => socket.once('secureConnect', () => resolve()));
  let headSent = false;
  return {
    answer,
    async send(from: number, to: number) {
      await connected;
      const part = body.slice(from, to);
      const framed = options.chunked ? `${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n` : part;
      socket.write(headSent ? framed : `${head.join('\r\n')}\r\n\r\n${framed}`);
      headSent = true;
    },
    hangUp() {
      socket.destroy();
    },
  };
}

describe('server: request bodies held at once are bounded', function () {
  this.timeout(30_000);

  it('past the bound a new body is refused 503 with Retry-After; the ones being read complete and are stored', async () => {
    const agent = await startTestAgent({ server: { bodyLimit: 64 * 1024, bodiesInFlight: 128 * 1024 } });
    try {
      const alice = makePeer('alice');
      const swarmId = agent.createSwarm([alice]);
      const big = () => JSON.stringify(agent.sign(alice, { swarm_id: swarmId, content: 'x'.repeat(60_000) }));
      const [a, b, c] = [big(), big(), big()];
      const slowA = openPost(agent, '/swarm/message', a);
      const slowB = openPost(agent, '/swarm/message', b);
      await slowA.send(0, 50_000);
      await slowB.send(0, 50_000);
      await waitFor(() => agent.ctx.bodies.used >= 100_000, 10_000, 'two bodies half-read');

      // A third body would overdraw the 128 KiB bound.
      const third = openPost(agent, '/swarm/message', c);
      await third.send(0, c.length);
      const refused = parseLastAnswer(await third.answer);
      expect(refused.status).to.equal(503);
      expect(refused.body.error.code).to.equal('SERVICE_UNAVAILABLE');
      expect(refused.headers['retry-after']).to.equal('1');
      expect(responseProblem('POST', '/message', 503, refused.body)).to.equal(null);

      // The two being read are not disturbed by the refusal.
      await slowA.send(50_000, a.length);
      await slowB.send(50_000, b.length);
      expect(parseLastAnswer(await slowA.answer).status).to.equal(200);
      expect(parseLastAnswer(await slowB.answer).status).to.equal(200);
      expect(agent.ctx.bodies.used).to.equal(0);

      // With the bound free again, the refused one is taken on retry.
      expect((await agent.post('/swarm/message', JSON.parse(c))).status).to.equal(200);
      expect(agent.store.inbox.count().total).to.equal(3);
    } finally {
      await agent.close();
    }
  });

  it('bodies refused, unparsable or cut short give their bytes back', async () => {
    const agent = await startTestAgent({ server: { bodyLimit: 8 * 1024, bodiesInFlight: 8 * 1024 } });
    try {
      const alice = makePeer('alice');
      const swarmId = agent.createSwarm([alice]);
      // Too large while streaming (no declared length).
      const tooLarge = openPost(agent, '/swarm/message', 'y'.repeat(10_000), { chunked: true });
      await tooLarge.send(0, 5_000);
      await tooLarge.send(5_000, 10_000);
      expect(parseLastAnswer(await tooLarge.answer).status).to.equal(413);
      expect(agent.ctx.bodies.used).to.equal(0);
      // Not JSON.
      expect((await agent.post('/swarm/message', 'not json', { 'content-type': 'application/json' })).status).to.equal(
        400,
      );
      expect(agent.ctx.bodies.used).to.equal(0);
      // Abandoned mid-body.
      const abandoned = openPost(agent, '/swarm/join', 'z'.repeat(4_000));
      await abandoned.send(0, 3_000);
      await waitFor(() => agent.ctx.bodies.used >= 3_000, 10_000, 'the abandoned body read');
      abandoned.hangUp();
      await waitFor(() => agent.ctx.bodies.used === 0, 10_000, 'the abandoned body given back');
      // A body that needs nearly the whole bound is still taken: nothing leaked.
      const large = agent.sign(alice, { swarm_id: swarmId, content: 'w'.repeat(7_500) });
      expect(JSON.stringify(large).length).to.be.above(7_600);
      expect((await agent.post('/swarm/message', large)).status).to.equal(200);
    } finally {
      await agent.close();
    }
  });
});
