import { request } from 'node:https';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { responseProblem } from '../helpers/openapi.js';
import { testPki } from '../helpers/tls.js';
import { makePeer, type Peer, startTestAgent, type TestAgent } from './fixture.js';

describe('server: POST /swarm/message pipeline', () => {
  let agent: TestAgent;
  let alice: Peer;
  let swarmId: string;

  beforeEach(async () => {
    agent = await startTestAgent({ server: { bodyLimit: 64 * 1024 } });
    alice = makePeer('alice');
    swarmId = agent.createSwarm([alice]);
  });
  afterEach(() => agent.close());

  const stored = () => agent.store.inbox.count().total;

  async function expectRefused(
    response: Promise<{ status: number; body: any }>,
    status: number,
    code: string,
  ): Promise<any> {
    const before = stored();
    const { status: got, body } = await response;
    expect(got, JSON.stringify(body)).to.equal(status);
    expect(body.error.code).to.equal(code);
    expect(body.error).to.have.property('details');
    expect(responseProblem('POST', '/message', status, body)).to.equal(null);
    expect(stored(), 'nothing stored').to.equal(before);
    return body;
  }

  it('stores a valid message durably and answers 200 queued, as the spec says', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId, content: 'hi there' });
    const res = await agent.post('/swarm/message', message, { 'x-agent-id': 'alice', 'x-swarm-protocol': '0.1.0' });
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal({ status: 'queued', message_id: message.message_id });
    expect(responseProblem('POST', '/message', 200, res.body)).to.equal(null);
    const row = agent.store.inbox.get(message.message_id);
    expect(row?.body).to.equal('hi there');
    expect(row?.status).to.equal('unread');
  });

  it('accepts a message without the protocol headers (reference master broadcasts omit them)', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId });
    const res = await agent.post('/swarm/message', message);
    expect(res.status).to.equal(200);
  });

  it('413 for a body over the limit, by Content-Length and by streaming', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId, content: 'x'.repeat(70 * 1024) });
    await expectRefused(agent.post('/swarm/message', message), 413, 'PAYLOAD_TOO_LARGE');
  });

  /** POSTs `chunks` to /swarm/message without Content-Length (chunked), one write each; `abort` hangs up instead. */
  function postChunked(chunks: string[], abort = false): Promise<{ status: number; body: any } | 'aborted'> {
    return new Promise((resolve, reject) => {
      const req = request(
        `${agent.origin}/swarm/message`,
        { method: 'POST', ca: testPki().caPem, headers: { 'content-type': 'application/json' } },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
        },
      );
      req.on('error', (error) => (abort ? resolve('aborted') : reject(error)));
      for (const chunk of chunks) req.write(chunk);
      if (abort) setTimeout(() => req.destroy(), 50);
      else req.end();
    });
  }

  it('413 for a chunked body that grows over the limit, and nothing stored', async () => {
    const text = JSON.stringify(agent.sign(alice, { swarm_id: swarmId, content: 'x'.repeat(70 * 1024) }));
    const chunks = Array.from({ length: Math.ceil(text.length / 8192) }, (_, i) =>
      text.slice(i * 8192, (i + 1) * 8192),
    );
    await expectRefused(postChunked(chunks) as Promise<{ status: number; body: any }>, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('reads a body sent in many small chunks', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId, content: 'in pieces' });
    const text = JSON.stringify(message);
    const chunks = Array.from({ length: Math.ceil(text.length / 7) }, (_, i) => text.slice(i * 7, (i + 1) * 7));
    expect(await postChunked(chunks)).to.deep.equal({
      status: 200,
      body: { status: 'queued', message_id: message.message_id },
    });
    expect(agent.store.inbox.get(message.message_id)?.body).to.equal('in pieces');
  });

  it('survives a peer hanging up mid-body: nothing stored, and the next request is served', async () => {
    const text = JSON.stringify(agent.sign(alice, { swarm_id: swarmId }));
    expect(await postChunked([text.slice(0, 100)], true)).to.equal('aborted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stored()).to.equal(0);
    const res = await agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId }));
    expect(res.status).to.equal(200);
  });

  it('415 for a body that is not application/json', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId });
    await expectRefused(
      agent.post('/swarm/message', JSON.stringify(message), { 'content-type': 'text/plain' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('415 for a compressed body (bodies are not decompressed), and identity is accepted', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId });
    const zipped = gzipSync(JSON.stringify(message));
    for (const encoding of ['gzip', 'deflate, gzip', 'br']) {
      const res = await agent.post('/swarm/message', new Uint8Array(zipped), {
        'content-type': 'application/json',
        'content-encoding': encoding,
      });
      expect(res.status).to.equal(415);
      expect(res.body.error).to.deep.include({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        details: { content_encoding: encoding },
      });
    }
    expect(stored()).to.equal(0);
    const plain = await agent.post('/swarm/message', JSON.stringify(message), {
      'content-type': 'application/json',
      'content-encoding': 'Identity',
    });
    expect(plain.status).to.equal(200);
  });

  it('400 INVALID_FORMAT for a member whose metadata nests too deep; 100 levels are fine', async () => {
    const withMetadata = (levels: number, content: string) =>
      JSON.stringify(agent.sign(alice, { swarm_id: swarmId, content })).replace(
        /}$/,
        `,"metadata":{"k":${'['.repeat(levels - 2)}${']'.repeat(levels - 2)}}}`,
      );
    // JSON.parse takes these; storing them (JSON.stringify) would exhaust the stack: it used to answer 500.
    for (const levels of [101, 30_000]) {
      const res = await agent.post('/swarm/message', withMetadata(levels, `deep ${levels}`), {
        'content-type': 'application/json',
      });
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).to.equal(400);
      expect(res.body.error.code).to.equal('INVALID_FORMAT');
      expect(res.body.error.details.pointer).to.match(/^\/metadata\/k(\/0)+$/);
    }
    expect(stored()).to.equal(0);
    const ok = await agent.post('/swarm/message', withMetadata(100, 'just deep enough'), {
      'content-type': 'application/json',
    });
    expect(ok.status).to.equal(200);
  });

  it('400 INVALID_JSON for malformed JSON and invalid UTF-8', async () => {
    await expectRefused(
      agent.post('/swarm/message', '{"protocol_version":', { 'content-type': 'application/json' }),
      400,
      'INVALID_JSON',
    );
    await expectRefused(
      agent.post('/swarm/message', new Uint8Array([0x7b, 0xff, 0x7d]), { 'content-type': 'application/json' }),
      400,
      'INVALID_JSON',
    );
  });

  it('400 INVALID_FORMAT names the failing pointer', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId });
    const body = await expectRefused(
      agent.post('/swarm/message', { ...message, priority: null }),
      400,
      'INVALID_FORMAT',
    );
    expect(body.error.details.pointer).to.equal('/priority');
  });

  it('400 UNSUPPORTED_PROTOCOL_VERSION for another major version, in the body or the header', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId });
    await expectRefused(
      agent.post('/swarm/message', { ...message, protocol_version: '1.0.0' }),
      400,
      'UNSUPPORTED_PROTOCOL_VERSION',
    );
    await expectRefused(
      agent.post('/swarm/message', message, { 'x-swarm-protocol': '2.0.0' }),
      400,
      'UNSUPPORTED_PROTOCOL_VERSION',
    );
  });

  it('403 AGENT_ID_MISMATCH when X-Agent-ID names someone else', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId });
    await expectRefused(agent.post('/swarm/message', message, { 'x-agent-id': 'mallory' }), 403, 'AGENT_ID_MISMATCH');
  });

  it('403 WRONG_RECIPIENT for a message addressed to another agent', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId, recipient: 'bob' });
    await expectRefused(agent.post('/swarm/message', message), 403, 'WRONG_RECIPIENT');
  });

  it('accepts a message addressed to this agent by name', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId, recipient: agent.self.agentId });
    expect((await agent.post('/swarm/message', message)).status).to.equal(200);
  });

  it('404 SWARM_NOT_FOUND for an unknown swarm', async () => {
    const message = agent.sign(alice, { swarm_id: '11111111-2222-4333-8444-555555555555' });
    await expectRefused(agent.post('/swarm/message', message), 404, 'SWARM_NOT_FOUND');
  });

  it('403 NOT_MEMBER for a sender outside the swarm, even with a valid signature', async () => {
    const mallory = makePeer('mallory');
    const message = agent.sign(mallory, { swarm_id: swarmId });
    await expectRefused(agent.post('/swarm/message', message), 403, 'NOT_MEMBER');
  });

  it('403 ENDPOINT_MISMATCH when the sender claims another endpoint (a trailing slash is fine)', async () => {
    const moved = { ...alice, endpoint: 'https://elsewhere.example/swarm' };
    await expectRefused(
      agent.post('/swarm/message', agent.sign(moved, { swarm_id: swarmId })),
      403,
      'ENDPOINT_MISMATCH',
    );
    const slash = { ...alice, endpoint: `${alice.endpoint}/` };
    expect((await agent.post('/swarm/message', agent.sign(slash, { swarm_id: swarmId }))).status).to.equal(200);
  });

  it('401 INVALID_SIGNATURE for a tampered message or another key', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId, content: 'original' });
    await expectRefused(agent.post('/swarm/message', { ...message, content: 'tampered' }), 401, 'INVALID_SIGNATURE');
    const impostor = { ...makePeer('alice'), endpoint: alice.endpoint };
    await expectRefused(
      agent.post('/swarm/message', agent.sign(impostor, { swarm_id: swarmId })),
      401,
      'INVALID_SIGNATURE',
    );
  });

  it('400 TIMESTAMP_OUT_OF_WINDOW for a correctly signed message from outside the replay window', async () => {
    const old = new Date(Date.now() - 6 * 60 * 1000).toISOString();
    const future = new Date(Date.now() + 6 * 60 * 1000).toISOString();
    await expectRefused(
      agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId, timestamp: old })),
      400,
      'TIMESTAMP_OUT_OF_WINDOW',
    );
    await expectRefused(
      agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId, timestamp: future })),
      400,
      'TIMESTAMP_OUT_OF_WINDOW',
    );
  });

  it('400 MESSAGE_EXPIRED once expires_at has passed', async () => {
    const expired = new Date(Date.now() - 1000).toISOString();
    await expectRefused(
      agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId, expires_at: expired })),
      400,
      'MESSAGE_EXPIRED',
    );
  });

  it('answers 200 but stores nothing from a muted agent or in a muted swarm', async () => {
    agent.store.mutes.mute('agent', 'alice', 'noisy');
    let res = await agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId }));
    expect(res.status).to.equal(200);
    expect(stored()).to.equal(0);
    agent.store.mutes.unmute('agent', 'alice');
    agent.store.mutes.mute('swarm', swarmId);
    res = await agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId }));
    expect(res.status).to.equal(200);
    expect(stored()).to.equal(0);
  });

  it('judges every message on the membership of the moment, whatever another process changed since', async () => {
    // The sender's record is kept in memory after the first message; each change below is made by another
    // connection to the file, as a `swarm` command in another process would.
    const post = (from: Peer, content: string) =>
      agent.post('/swarm/message', agent.sign(from, { swarm_id: swarmId, content }));
    const other = new Database(agent.dbPath);
    other.pragma('busy_timeout = 5000');
    const change = (sql: string, ...params: unknown[]) => other.prepare(sql).run(...params);
    try {
      expect((await post(alice, 'first')).status).to.equal(200);
      expect(stored()).to.equal(1);

      change("INSERT INTO muted_agents (agent_id, muted_at) VALUES ('alice', '2026-01-01T00:00:00.000Z')");
      expect((await post(alice, 'muted')).status).to.equal(200);
      expect(stored(), 'muted: acknowledged, not stored').to.equal(1);
      change("DELETE FROM muted_agents WHERE agent_id = 'alice'");
      expect((await post(alice, 'unmuted')).status).to.equal(200);
      expect(stored(), 'unmuted: stored again').to.equal(2);

      const rekeyed = { ...makePeer('alice'), endpoint: alice.endpoint };
      change('UPDATE swarm_members SET public_key = ? WHERE agent_id = ?', rekeyed.publicKey, 'alice');
      await expectRefused(post(alice, 'old key'), 401, 'INVALID_SIGNATURE');
      expect((await post(rekeyed, 'new key')).status).to.equal(200);
      expect(stored()).to.equal(3);

      change("UPDATE swarm_members SET endpoint = 'https://elsewhere.example/swarm' WHERE agent_id = 'alice'");
      await expectRefused(post(rekeyed, 'moved'), 403, 'ENDPOINT_MISMATCH');
      change('UPDATE swarm_members SET endpoint = ? WHERE agent_id = ?', alice.endpoint, 'alice');
      expect((await post(rekeyed, 'back')).status).to.equal(200);

      change("DELETE FROM swarm_members WHERE agent_id = 'alice'");
      await expectRefused(post(rekeyed, 'kicked'), 403, 'NOT_MEMBER');
      expect(stored()).to.equal(4);
    } finally {
      other.close();
    }
  });

  it('a member kicked while its message waits for the commit is refused, and nothing of it is stored', async () => {
    expect((await agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId }))).status).to.equal(200);
    // Queued first, kicked by another connection before that write's transaction begins.
    const pending = agent.post('/swarm/message', agent.sign(alice, { swarm_id: swarmId, content: 'late' }));
    const other = new Database(agent.dbPath);
    try {
      other.pragma('busy_timeout = 5000');
      other.prepare("DELETE FROM swarm_members WHERE agent_id = 'alice'").run();
    } finally {
      other.close();
    }
    const { status, body } = await pending;
    // Either the kick landed before the request was read (refused on the look-up) or between the look-up and the
    // commit (refused inside the transaction): both refuse, and neither stores.
    expect(status, JSON.stringify(body)).to.equal(403);
    expect(body.error.code).to.equal('NOT_MEMBER');
    expect(stored()).to.equal(1);
  });

  it('a duplicate is a harmless 200; the same id with other content is 409 MESSAGE_ID_CONFLICT', async () => {
    const message = agent.sign(alice, { swarm_id: swarmId, content: 'once' });
    expect((await agent.post('/swarm/message', message)).status).to.equal(200);
    expect((await agent.post('/swarm/message', message)).status).to.equal(200);
    expect(stored()).to.equal(1);
    const other = agent.sign(alice, { swarm_id: swarmId, content: 'twice', message_id: message.message_id });
    await expectRefused(agent.post('/swarm/message', other), 409, 'MESSAGE_ID_CONFLICT');
    expect(agent.store.inbox.get(message.message_id)?.body).to.equal('once');
  });

  it('answers unknown routes and methods in the catalog shape', async () => {
    const missing = await agent.get('/swarm/nothing');
    expect(missing.status).to.equal(404);
    expect(missing.body.error.code).to.equal('ROUTE_NOT_FOUND');
    const wrong = await agent.get('/swarm/message');
    expect(wrong.status).to.equal(405);
    expect(wrong.body.error.code).to.equal('METHOD_NOT_ALLOWED');
    expect(wrong.headers.get('allow')).to.equal('POST');
  });
});
