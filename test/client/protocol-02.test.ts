// Protocol 0.2 between our agents over real HTTPS, beside a peer that speaks 0.1.0 alone: negotiation per member,
// whole-envelope signatures, downgrade refusal, and sealed content as the wire, a proxy and the databases see it.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { expect } from 'chai';
import type { Message, SealedContent } from '../../generated/types.js';
import type { SwarmClient } from '../../src/client/swarm-client.js';
import { signEnvelope, verifyEnvelope } from '../../src/core/envelope-signature.js';
import { sealContent } from '../../src/core/sealed.js';
import { signMessage, verifyMessage } from '../../src/core/signature.js';
import { type RunningServer, startHttpsServer } from '../helpers/https.js';
import { testPki } from '../helpers/tls.js';
import { agentPool, clientFor, type LiveAgent, shareSwarm, waitFor } from './helpers.js';
import { startV01Double, type V01Double } from './v01-double.js';

/** POSTs a body to an agent's /message as a relay would; resolves with the status and the error code. */
function post(agent: LiveAgent, body: string): Promise<{ status: number; code?: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      `https://127.0.0.1:${agent.port}/swarm/message`,
      { method: 'POST', ca: readFileSync(testPki().caFile), headers: { 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const code =
            res.statusCode === 200 ? undefined : (JSON.parse(text) as { error: { code: string } }).error.code;
          resolve({ status: res.statusCode ?? 0, ...(code ? { code } : {}) });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A TLS-terminating reverse proxy in front of `agent` that keeps every request body it forwards. */
async function recordingProxy(agent: LiveAgent): Promise<{ server: RunningServer; seen: string[] }> {
  const seen: string[] = [];
  const server = await startHttpsServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    seen.push(body.toString('utf8'));
    const upstream = httpsRequest(
      `https://127.0.0.1:${agent.port}${req.url}`,
      { method: req.method, headers: req.headers, ca: readFileSync(testPki().caFile) },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.end(body);
  }, testPki());
  return { server, seen };
}

const envelopeAt = (agent: LiveAgent, messageId: string) => {
  const row = agent.store.inbox.get(messageId);
  expect(row, `${agent.self.agentId} has ${messageId}`).to.not.equal(undefined);
  return { row: row!, envelope: JSON.parse(row!.envelope as string) as Message & Record<string, unknown> };
};

describe('protocol 0.2 between our agents, beside a 0.1.0-only peer', function () {
  this.timeout(20_000);
  const pool = agentPool();
  let alpha: LiveAgent;
  let beta: LiveAgent;
  let gamma: LiveAgent;
  let delta: V01Double;
  let swarmId: string;
  const clients: SwarmClient[] = [];
  // One client per agent in a test: a second one's worker would claim the first one's rows, and the first would
  // wait out its delivery wait for attempts it never sees.
  const byAgent = new Map<LiveAgent, SwarmClient>();
  const client = (agent: LiveAgent) => {
    let made = byAgent.get(agent);
    if (!made) {
      made = clientFor(agent);
      byAgent.set(agent, made);
      clients.push(made);
    }
    return made;
  };

  beforeEach(async () => {
    [alpha, beta, gamma] = [await pool.start('alpha'), await pool.start('beta'), await pool.start('gamma')];
    delta = await startV01Double('delta');
    swarmId = shareSwarm([alpha, beta, gamma], { master: alpha, others: [delta.self] });
    for (const agent of [alpha, beta, gamma]) delta.members.set(agent.self.agentId, agent.self.publicKey);
  });
  afterEach(async () => {
    for (const made of clients.splice(0)) await made.close();
    byAgent.clear();
    await delta.close();
    await pool.cleanup();
  });

  it('a broadcast goes out as 0.2 to the 0.2 members and as byte-for-byte 0.1.0 to the 0.1.0 peer', async () => {
    const sent = await client(alpha).send({
      swarmId,
      broadcast: true,
      content: 'Hello, swarm ✓',
      priority: 'high',
      metadata: { build: { id: 7, tags: ['a', 'ü'] } },
    });
    expect(sent.error).to.equal(undefined);
    expect(sent.data?.deliveries.map((d) => d.status)).to.deep.equal(['delivered', 'delivered', 'delivered']);
    const id = sent.data!.messageId;
    for (const member of [beta, gamma]) {
      const { envelope, row } = envelopeAt(member, id);
      expect(envelope.protocol_version).to.equal('0.2.0');
      expect(verifyEnvelope(envelope, alpha.self.publicKey)).to.deep.equal({ valid: true });
      expect(row.body).to.equal('Hello, swarm ✓');
    }
    expect(delta.received).to.have.length(1);
    const [copy] = delta.received;
    expect(copy!.status).to.equal(200);
    expect(copy!.headers['x-swarm-protocol']).to.equal('0.1.0');
    const wire = JSON.parse(copy!.raw) as Record<string, unknown>;
    expect(wire.protocol_version).to.equal('0.1.0');
    expect(Object.keys(wire)).to.deep.equal([
      'protocol_version',
      'message_id',
      'timestamp',
      'sender',
      'recipient',
      'swarm_id',
      'type',
      'content',
      'signature',
      'priority',
      'metadata',
    ]);
    expect(copy!.raw).to.equal(JSON.stringify(wire)); // compact JSON, as our 0.1.0 client always sent it
    expect(verifyMessage(wire, alpha.self.publicKey)).to.deep.equal({ valid: true });
    // What each learnt: alpha that beta and gamma speak 0.2 (from their /info) and delta does not.
    const learnt = alpha.store.peerProtocols.list().map((r) => [r.agentId, r.speaksV02, r.source]);
    expect(learnt).to.deep.equal([
      ['beta', true, 'info'],
      ['delta', false, 'info'],
      ['gamma', true, 'info'],
    ]);
    expect(beta.store.peerProtocols.get('alpha', alpha.self.publicKey)).to.include({
      speaksV02: true,
      source: 'message',
    });
  });

  it('a message to members known to speak 0.2 is signed once, as 0.2, stored so and sent as stored', async () => {
    const first = await client(alpha).send({ swarmId, to: 'beta', content: 'first: beta is looked up' });
    expect(first.data?.deliveries.map((d) => d.status)).to.deep.equal(['delivered']);
    // The first was signed 0.1.0 (nothing was known yet) and re-signed as 0.2 for beta at delivery.
    expect(alpha.store.outbox.get(first.data!.messageId)[0]!.envelope).to.contain('"protocol_version":"0.1.0"');
    const second = await client(alpha).send({ swarmId, to: 'beta', content: 'second', metadata: { n: 2 } });
    expect(second.data?.deliveries.map((d) => d.status)).to.deep.equal(['delivered']);
    const stored = JSON.parse(alpha.store.outbox.get(second.data!.messageId)[0]!.envelope!) as Message;
    expect(stored.protocol_version).to.equal('0.2.0');
    expect(verifyEnvelope(stored, alpha.self.publicKey)).to.deep.equal({ valid: true });
    // Sent as stored: beta holds the very signature alpha keeps.
    expect(envelopeAt(beta, second.data!.messageId).envelope.signature).to.equal(stored.signature);
  });

  it('a message signed 0.2 for a member that no longer speaks it goes to that member as 0.1.0', async () => {
    // alpha believes, from an /info read two hours ago, that delta speaks 0.2: the send signs 0.2, and the
    // worker, finding that belief stale, reads delta's /info again and re-signs the message as 0.1.0.
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000).toISOString();
    alpha.store.peerProtocols.recordInfo('delta', delta.self.publicKey, true, twoHoursAgo);
    const sent = await client(alpha).send({ swarmId, to: 'delta', content: 'to the 0.1.0 peer', priority: 'high' });
    expect(sent.data?.deliveries.map((d) => d.status)).to.deep.equal(['delivered']);
    const stored = JSON.parse(alpha.store.outbox.get(sent.data!.messageId)[0]!.envelope!) as Message;
    expect(stored.protocol_version).to.equal('0.2.0');
    expect(delta.received).to.have.length(1);
    const wire = JSON.parse(delta.received[0]!.raw) as Message;
    expect(wire.protocol_version).to.equal('0.1.0');
    expect(delta.received[0]!.headers['x-swarm-protocol']).to.equal('0.1.0');
    expect(wire.message_id).to.equal(sent.data!.messageId);
    expect(wire.timestamp).to.equal(stored.timestamp);
    expect(verifyMessage(wire, alpha.self.publicKey)).to.deep.equal({ valid: true });
    expect(alpha.store.peerProtocols.get('delta', delta.self.publicKey)?.speaksV02).to.equal(false);
  });

  it('changing any key of a captured 0.2 envelope, nested metadata included, gets it refused', async () => {
    const sent = await client(alpha).send({
      swarmId,
      broadcast: true,
      content: 'deploy at noon',
      threadId: '0b7e8a52-4b8e-4d52-9d3e-6f1c2b3a4d5e',
      metadata: { ticket: { id: 41, labels: ['ops'] } },
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const id = sent.data!.messageId;
    const { envelope } = envelopeAt(beta, id);
    // Replayed unchanged to gamma it is the same message again: acknowledged.
    expect(await post(gamma, JSON.stringify(envelope))).to.deep.equal({ status: 200 });
    const tampered: [string, (e: Record<string, any>) => void][] = [
      ['priority', (e) => (e.priority = 'high')],
      ['sender.endpoint', (e) => (e.sender.endpoint = `${e.sender.endpoint}/`)],
      ['nested metadata', (e) => (e.metadata.ticket.labels[0] = 'sec')],
      ['metadata number form', (e) => (e.metadata.ticket.id = 41.5)],
      ['thread_id', (e) => (e.thread_id = '0b7e8a52-4b8e-4d52-9d3e-6f1c2b3a4d5f')],
      ['expires_at', (e) => (e.expires_at = new Date(Date.now() + 7_200_000).toISOString())],
      ['a key added', (e) => (e.in_reply_to = '0b7e8a52-4b8e-4d52-9d3e-6f1c2b3a4d5e')],
      ['a null added', (e) => (e.references = null)],
      ['an unknown key added', (e) => (e.x_note = 'relayed')],
      ['a key removed', (e) => delete e.metadata],
      ['content', (e) => (e.content = 'deploy at one')],
    ];
    for (const [what, change] of tampered) {
      const copy = structuredClone(envelope) as Record<string, any>;
      change(copy);
      expect(await post(gamma, JSON.stringify(copy)), what).to.deep.equal({ status: 401, code: 'INVALID_SIGNATURE' });
    }
    expect(gamma.store.inbox.get(id)?.envelope).to.equal(JSON.stringify(envelope));
  });

  it('a 0.2 body that names a key twice is refused INVALID_JSON; a 0.1.0 body is read as before', async () => {
    const draft = {
      sender: { agent_id: 'alpha', endpoint: alpha.self.endpoint },
      recipient: 'gamma',
      swarm_id: swarmId,
      type: 'message' as const,
      content: 'priority twice',
      priority: 'high' as const,
    };
    // Signed over the last value, the one JSON.parse keeps.
    const v02 = JSON.stringify(signEnvelope(draft, alpha.self.keyPair));
    expect(await post(gamma, `{"priority":"low",${v02.slice(1)}`)).to.deep.equal({ status: 400, code: 'INVALID_JSON' });
    expect(gamma.store.inbox.count().total).to.equal(0);
    expect(await post(gamma, v02)).to.deep.equal({ status: 200 });
    // 0.1.0 is untouched: the reference's parser keeps the last value too, and nothing of it is signed.
    const beta01 = JSON.stringify(
      signMessage({ ...draft, sender: { agent_id: 'beta', endpoint: beta.self.endpoint } }, beta.self.keyPair),
    );
    expect(await post(gamma, `{"priority":"low",${beta01.slice(1)}`)).to.deep.equal({ status: 200 });
  });

  it('a 0.1.0 copy relayed with a changed priority is refused as a downgrade; the genuine 0.2 copy is kept', async () => {
    await client(alpha).send({ swarmId, to: 'gamma', content: 'first contact' });
    expect(gamma.store.peerProtocols.get('alpha', alpha.self.publicKey)?.speaksV02).to.equal(true);
    // alpha broadcasts; delta (0.1.0) gets a 0.1.0 copy, which it — or anyone who saw it — relays, changed.
    const sent = await client(alpha).send({ swarmId, broadcast: true, content: 'routine', priority: 'low' });
    const relayed = JSON.parse(delta.received.at(-1)!.raw) as Record<string, unknown>;
    relayed.priority = 'high';
    expect(await post(gamma, JSON.stringify(relayed))).to.deep.equal({ status: 403, code: 'PROTOCOL_DOWNGRADE' });
    const { envelope } = envelopeAt(gamma, sent.data!.messageId);
    expect(envelope.priority).to.equal('low');
    expect(envelope.protocol_version).to.equal('0.2.0');
  });

  it('with the downgrade check off, a 0.1.0 message from a 0.2 member is accepted', async () => {
    await client(alpha).send({ swarmId, to: 'gamma', content: 'first contact' });
    gamma.ctx.options.protocol = { ...gamma.ctx.options.protocol, refuseDowngrade: false };
    const sent = await client(alpha).send({ swarmId, broadcast: true, content: 'routine' });
    const copy = JSON.parse(delta.received.at(-1)!.raw) as Record<string, unknown>;
    expect(copy.message_id).to.equal(sent.data!.messageId);
    // The same message under 0.1.0 conflicts with the 0.2 copy gamma holds; a fresh id goes through.
    const { composeMessage } = await import('../../src/client/compose.js');
    const fresh = composeMessage(alpha.self, {
      recipient: 'gamma',
      swarm_id: swarmId,
      type: 'message',
      content: 'old',
    });
    expect(await post(gamma, JSON.stringify(fresh))).to.deep.equal({ status: 200 });
  });

  it('a sealed direct message: plaintext for its reader, ciphertext on the wire, at the proxy and elsewhere', async () => {
    const proxy = await recordingProxy(beta);
    try {
      // A swarm in which alpha reaches beta through the proxy, as a TLS-terminating front would sit before it.
      const behind = { ...beta.self, endpoint: `${proxy.server.url}/swarm` };
      const proxied = randomUUID();
      for (const agent of [alpha, beta]) {
        agent.store.swarms.create({
          swarmId: proxied,
          name: 'behind-a-proxy',
          masterId: 'alpha',
          role: agent === alpha ? 'master' : 'member',
          members: [alpha.self, behind].map((p) => ({
            agentId: p.agentId,
            endpoint: p.endpoint,
            publicKey: p.publicKey,
          })),
        });
      }
      gamma.store.swarms.create({
        swarmId: proxied,
        name: 'behind-a-proxy',
        masterId: 'alpha',
        role: 'member',
        members: [alpha.self, behind, gamma.self].map((p) => ({
          agentId: p.agentId,
          endpoint: p.endpoint,
          publicKey: p.publicKey,
        })),
      });
      const secret = 'the deploy key is in vault 7 ✓';
      const sent = await client(alpha).send({ swarmId: proxied, to: 'beta', content: secret, sealed: true });
      expect(sent.error).to.equal(undefined);
      expect(sent.data?.deliveries.map((d) => d.status)).to.deep.equal(['delivered']);
      const id = sent.data!.messageId;
      const onTheWire = proxy.seen.find((body) => body.includes(id));
      expect(onTheWire, 'the proxy forwarded it').to.be.a('string');
      expect(onTheWire).to.not.include('vault');
      const wire = JSON.parse(onTheWire!) as Message;
      expect(wire.content).to.equal('');
      expect(wire.sealed?.keys.map((k) => k.agent_id)).to.deep.equal(['alpha', 'beta']);
      const { row, envelope } = envelopeAt(beta, id);
      expect(row.body).to.equal(secret);
      expect(JSON.stringify(envelope)).to.not.include('vault');
      // Relayed by beta to gamma (not a recipient: refused, nothing stored), it reads nothing anywhere.
      expect(await post(gamma, onTheWire!)).to.deep.equal({ status: 403, code: 'WRONG_RECIPIENT' });
    } finally {
      await proxy.server.close();
    }
  });

  it('a sealed broadcast is ciphertext in the database of a member that was not a reader', async () => {
    const secret = 'quarterly numbers: 42';
    const sent = await client(alpha).send({ swarmId, broadcast: true, content: secret, sealed: true });
    expect(sent.error).to.equal(undefined);
    // delta speaks 0.1.0 alone: left out, and told so.
    expect(sent.data?.skipped).to.deep.equal([{ recipientId: 'delta', reason: 'does not speak protocol 0.2' }]);
    expect(delta.received).to.have.length(0);
    const id = sent.data!.messageId;
    for (const reader of [beta, gamma]) expect(envelopeAt(reader, id).row.body).to.equal(secret);
    // epsilon joins later; beta relays the sealed broadcast to it. Signed by alpha, a member: stored, unreadable.
    const epsilon = await pool.start('epsilon');
    shareSwarm([epsilon], { master: alpha, others: [alpha.self, beta.self, gamma.self], swarmId });
    const relayed = JSON.stringify(envelopeAt(beta, id).envelope);
    expect(await post(epsilon, relayed)).to.deep.equal({ status: 200 });
    const stored = epsilon.store.inbox.get(id);
    expect(stored?.body).to.equal('');
    const files = [epsilon.dbPath, `${epsilon.dbPath}-wal`].map((path) => {
      try {
        return readFileSync(path);
      } catch {
        return Buffer.alloc(0);
      }
    });
    for (const bytes of files) expect(bytes.includes(Buffer.from('quarterly'))).to.equal(false);
    // A sealed direct message to the 0.1.0 peer is refused before anything is queued.
    const refused = await client(alpha).send({ swarmId, to: 'delta', content: 'x', sealed: true });
    expect(refused.error?.code).to.equal('SEALING_UNSUPPORTED');
    expect(alpha.store.outbox.get(refused.data?.messageId ?? 'none')).to.have.length(0);
  });

  it('every operation works in the mixed swarm: system messages go out 0.2 to 0.2 members, 0.1.0 to the peer', async () => {
    const left = await client(beta).leave(swarmId);
    expect(left.error).to.equal(undefined);
    await waitFor(() => !alpha.store.swarms.get(swarmId)?.members.some((m) => m.agentId === 'beta'));
    const atAlpha = alpha.store.inbox
      .list({ status: 'all', swarmId, limit: 10 })
      .find((r) => r.messageType === 'system');
    expect(JSON.parse(atAlpha!.envelope as string).protocol_version).to.equal('0.2.0');
    const toDelta = delta.received.map((r) => JSON.parse(r.raw) as Message);
    expect(toDelta.map((m) => [m.protocol_version, m.type])).to.deep.equal([['0.1.0', 'system']]);
    const kicked = await client(alpha).kick(swarmId, 'gamma', 'rotation');
    expect(kicked.error).to.equal(undefined);
    await waitFor(() => gamma.store.swarms.get(swarmId) === undefined);
    const last = JSON.parse(delta.received.at(-1)!.raw) as Message;
    expect([last.protocol_version, JSON.parse(last.content).action]).to.deep.equal(['0.1.0', 'member_kicked']);
    expect(delta.received.every((r) => r.status === 200)).to.equal(true);
  });

  it('a sender that sent 0.1.0 to a member that expects 0.2 learns from the refusal and delivers as 0.2', async () => {
    await client(alpha).send({ swarmId, to: 'gamma', content: 'first contact' });
    // alpha's knowledge of gamma says 0.1.0, freshly: it will send 0.1.0 first.
    alpha.store.peerProtocols.recordInfo('gamma', gamma.self.publicKey, false);
    const sent = await client(alpha).send({ swarmId, to: 'gamma', content: 'second' });
    expect(sent.data?.deliveries).to.deep.include({
      recipientId: 'gamma',
      status: 'delivered',
      attempts: 1,
      statusCode: 200,
    });
    expect(envelopeAt(gamma, sent.data!.messageId).envelope.protocol_version).to.equal('0.2.0');
    expect(alpha.store.peerProtocols.get('gamma', gamma.self.publicKey)).to.include({
      speaksV02: true,
      source: 'refusal',
    });
  });

  it('with 0.2 off, a client speaks 0.1.0 to everyone and a server neither advertises nor accepts 0.2', async () => {
    const plain = clientFor(alpha, { protocol: { v02: false } });
    clients.push(plain);
    const sent = await plain.send({ swarmId, broadcast: true, content: 'plain' });
    for (const member of [beta, gamma])
      expect(envelopeAt(member, sent.data!.messageId).envelope.protocol_version).to.equal('0.1.0');
    expect((await plain.send({ swarmId, to: 'beta', content: 's', sealed: true })).error?.code).to.equal(
      'SEALING_UNSUPPORTED',
    );
    beta.ctx.options.protocol = { ...beta.ctx.options.protocol, v02: false };
    const info = await client(alpha).info(beta.self.endpoint);
    expect(info.data).to.not.have.property('protocol_versions');
    const v02 = signEnvelope(
      {
        sender: { agent_id: 'alpha', endpoint: alpha.self.endpoint },
        recipient: 'beta',
        swarm_id: swarmId,
        type: 'message',
        content: 'x',
      },
      alpha.self.keyPair,
    );
    expect(await post(beta, JSON.stringify(v02))).to.deep.equal({ status: 400, code: 'UNSUPPORTED_PROTOCOL_VERSION' });
  });

  it('sealed content that breaks the rules is refused SEALED_CONTENT_INVALID, even when signed by a member', async () => {
    const sender = { agent_id: 'alpha', endpoint: alpha.self.endpoint };
    const sealedFor = (messageId: string, readers = [beta.self]) =>
      sealContent({
        content: 'secret',
        messageId,
        swarmId,
        senderId: 'alpha',
        readers: readers.map((r) => ({ agentId: r.agentId, publicKey: r.publicKey })),
      });
    const id = () => randomUUID();
    /** Signed whole by alpha, a member: only the sealed-content rules can refuse it. */
    const signed = (messageId: string, sealed: SealedContent, fields: { type?: 'system'; content?: string } = {}) =>
      signEnvelope(
        {
          message_id: messageId,
          sender,
          recipient: 'beta',
          swarm_id: swarmId,
          type: fields.type ?? 'message',
          content: fields.content ?? '',
          sealed,
        },
        alpha.self.keyPair,
      );
    const cases: [string, () => unknown][] = [
      [
        'sealed in a 0.1.0 envelope',
        () => {
          const messageId = id();
          return {
            ...signMessage(
              { message_id: messageId, sender, recipient: 'beta', swarm_id: swarmId, type: 'message', content: '' },
              alpha.self.keyPair,
            ),
            sealed: sealedFor(messageId),
          };
        },
      ],
      [
        'a sealed system message',
        () => {
          const messageId = id();
          return signed(messageId, sealedFor(messageId), { type: 'system' });
        },
      ],
      [
        'content beside the ciphertext',
        () => {
          const messageId = id();
          return signed(messageId, sealedFor(messageId), { content: 'leak' });
        },
      ],
      ['a ciphertext bound to another message', () => signed(id(), sealedFor(id()))],
      [
        'a key wrapped for someone else under beta’s name',
        () => {
          const messageId = id();
          const sealed = sealedFor(messageId, [gamma.self]);
          sealed.keys[0]!.agent_id = 'beta';
          return signed(messageId, sealed);
        },
      ],
      [
        'a reader listed twice',
        () => {
          const messageId = id();
          const sealed = sealedFor(messageId);
          sealed.keys.push({ ...sealed.keys[0]! });
          return signed(messageId, sealed);
        },
      ],
    ];
    const before = beta.store.inbox.count().total;
    for (const [what, make] of cases) {
      expect(await post(beta, JSON.stringify(make())), what).to.deep.equal({
        status: 400,
        code: 'SEALED_CONTENT_INVALID',
      });
    }
    expect(beta.store.inbox.count().total).to.equal(before);
  });

  it('a server that receives 0.1.0 from a member it knows nothing of looks up its /info, then refuses downgrades', async () => {
    const { ProtocolNegotiator } = await import('../../src/client/negotiation.js');
    const looker = client(gamma);
    gamma.ctx.hooks.negotiator = new ProtocolNegotiator({ store: gamma.store, fetchInfo: looker.fetchInfo });
    const plain = clientFor(alpha, { protocol: { v02: false } });
    clients.push(plain);
    const first = await plain.send({ swarmId, to: 'gamma', content: 'hello in 0.1.0' });
    expect(first.data?.deliveries[0]?.status).to.equal('delivered');
    await waitFor(() => gamma.store.peerProtocols.get('alpha', alpha.self.publicKey) !== undefined, 5000, 'look-up');
    expect(gamma.store.peerProtocols.get('alpha', alpha.self.publicKey)).to.include({
      speaksV02: true,
      source: 'info',
    });
    const second = await plain.send({ swarmId, to: 'gamma', content: 'again in 0.1.0' });
    expect(second.data?.deliveries[0]).to.include({ status: 'failed', statusCode: 403 });
    expect(second.data?.deliveries[0]?.error?.code).to.equal('PROTOCOL_DOWNGRADE');
  });
});
