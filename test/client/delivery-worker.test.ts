import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { expect } from 'chai';
import { DeliveryWorker } from '../../src/client/delivery-worker.js';
import { Store } from '../../src/state/store.js';
import { createTransport } from '../../src/transport/transport.js';
import { closedPort, type RunningServer, sendJson, startHttpsServer } from '../helpers/https.js';
import { createOtherCa, testPki } from '../helpers/tls.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { makePeer } from '../server/fixture.js';
import { agentPool, clientFor, inboxCopies, type Member, shareSwarm, waitFor } from './helpers.js';

const FAST = { baseMs: 20, maxMs: 100, minMs: 10 };

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface Hit {
  path: string;
  at: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A plain HTTPS peer that records every request and answers through `answer`. Its /info is not found (kept apart
 * in `infoHits`): the sender's negotiation (NEG-002) looks it up once, finds nothing, and speaks 0.1.0.
 */
async function recordingPeer(
  answer: (hit: Hit, index: number, res: ServerResponse) => void | Promise<void>,
  pki = testPki(),
): Promise<RunningServer & { hits: Hit[]; infoHits: Hit[] }> {
  const hits: Hit[] = [];
  const infoHits: Hit[] = [];
  const server = await startHttpsServer(async (req, res) => {
    const hit = { path: req.url ?? '', at: Date.now(), headers: req.headers, body: await readBody(req) };
    if (req.method === 'GET' && hit.path.endsWith('/info')) {
      infoHits.push(hit);
      return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'no /info here', details: null } });
    }
    hits.push(hit);
    await answer(hit, hits.length - 1, res);
  }, pki);
  return Object.assign(server, { hits, infoHits });
}

const queued = (body: string) => ({
  status: 'queued',
  message_id: (JSON.parse(body) as { message_id: string }).message_id,
});

describe('client/DeliveryWorker', () => {
  const pool = agentPool();
  let dir: TempDir;
  let sender: Member;

  beforeEach(() => {
    dir = tempDir('swarm-sender-');
    sender = { self: makePeer('sender', 'https://127.0.0.1:1/swarm'), store: Store.open(join(dir.path, 'a.db')) };
  });
  afterEach(async () => {
    await pool.cleanup();
    if (sender.store.isOpen) sender.store.close();
    dir.cleanup();
  });

  it('delivers direct and broadcast messages to real agents, each stored once', async () => {
    const [b, c] = [await pool.start('b'), await pool.start('c')];
    const swarmId = shareSwarm([sender, b, c], { master: sender });
    const client = clientFor(sender);
    try {
      const broadcast = await client.send({ swarmId, broadcast: true, content: 'hello all' });
      expect(broadcast.error).to.equal(undefined);
      expect(broadcast.data?.deliveries.map((d) => [d.recipientId, d.status, d.attempts])).to.deep.equal([
        ['b', 'delivered', 1],
        ['c', 'delivered', 1],
      ]);
      const id = broadcast.data!.messageId;
      expect([inboxCopies(b.store, id), inboxCopies(c.store, id)]).to.deep.equal([1, 1]);
      expect(b.store.inbox.get(id)?.body).to.equal('hello all');

      const direct = await client.send({ swarmId, to: 'c', content: 'just you', priority: 'high' });
      expect(direct.data?.deliveries).to.deep.equal([
        { recipientId: 'c', status: 'delivered', attempts: 1, statusCode: 200 },
      ]);
      expect(inboxCopies(c.store, direct.data!.messageId)).to.equal(1);
      expect(inboxCopies(b.store, direct.data!.messageId)).to.equal(0);
    } finally {
      await client.close();
    }
  });

  it('POSTs the stored envelope text with the protocol headers to <endpoint>/message', async () => {
    const peer = await recordingPeer((hit, _i, res) => sendJson(res, 200, queued(hit.body)));
    const target = makePeer('r', `${peer.url}/swarm//`);
    const swarmId = shareSwarm([sender], { master: sender, others: [target] });
    const client = clientFor(sender);
    try {
      const sent = await client.send({ swarmId, to: 'r', content: 'exact bytes' });
      expect(sent.data?.deliveries[0]?.status).to.equal('delivered');
      const [hit] = peer.hits;
      expect(peer.infoHits.map((h) => h.path)).to.deep.equal(['/swarm/info']);
      expect(hit?.path).to.equal('/swarm/message');
      expect(hit?.headers['content-type']).to.equal('application/json');
      expect(hit?.headers['x-agent-id']).to.equal('sender');
      expect(hit?.headers['x-swarm-protocol']).to.equal('0.1.0');
      expect(hit?.body).to.equal(sender.store.outbox.get(sent.data!.messageId)[0]?.envelope);
    } finally {
      await client.close();
      await peer.close();
    }
  });

  it('a member whose server is down gets the broadcast once it is back, exactly once', async () => {
    const [b, c] = [await pool.start('b'), await pool.start('c')];
    const swarmId = shareSwarm([sender, b, c], { master: sender });
    await b.stop();
    const client = clientFor(sender);
    try {
      const sent = await client.send({ swarmId, broadcast: true, content: 'are you there?' });
      const [toB, toC] = sent.data!.deliveries;
      expect(toC?.status).to.equal('delivered');
      // Not delivered: waiting for its next retry, or already in it (the test's backoff is a few milliseconds).
      expect(['queued', 'sending']).to.include(toB?.status);
      expect(toB?.error?.code).to.equal('PEER_UNREACHABLE');

      const back = await pool.restart(b);
      const id = sent.data!.messageId;
      await waitFor(() => sender.store.outbox.get(id).every((row) => row.status === 'delivered'), 5000, 'delivery');
      expect(inboxCopies(back.store, id)).to.equal(1);
      expect(back.store.inbox.get(id)?.body).to.equal('are you there?');
      // A second copy (a retry whose answer was lost) is answered 200 and stored once. It went out as 0.2 (b
      // advertises it), so the copy is what b holds; the stored 0.1.0 form would now be a downgrade.
      const transport = createTransport({ caPem: testPki().caPem, agentId: 'sender' });
      const again = await transport.fetch(`${back.self.endpoint}/message`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: back.store.inbox.get(id)!.envelope!,
      });
      await transport.close();
      expect(again.status).to.equal(200);
      expect(inboxCopies(back.store, id)).to.equal(1);
    } finally {
      await client.close();
    }
  });

  it('a sender restarted while a retry is pending still delivers it', async () => {
    const b = await pool.start('b');
    const swarmId = shareSwarm([sender, b], { master: sender });
    await b.stop();
    const first = clientFor(sender, { workerOptions: { backoff: { baseMs: 200, maxMs: 200, jitter: 0 } } });
    const sent = await first.send({ swarmId, to: 'b', content: 'survive a restart' });
    expect(sent.data?.deliveries[0]).to.include({ status: 'queued', attempts: 1 });
    await first.close();
    sender.store.close();

    const reopened: Member = { self: sender.self, store: Store.open(sender.store.path) };
    sender = reopened;
    const back = await pool.restart(b);
    const second = clientFor(reopened);
    try {
      second.worker!.start();
      const id = sent.data!.messageId;
      await waitFor(() => reopened.store.outbox.get(id)[0]?.status === 'delivered', 5000, 'delivery');
      expect(reopened.store.outbox.get(id)[0]?.attempts).to.equal(2);
      expect(inboxCopies(back.store, id)).to.equal(1);
    } finally {
      await second.close();
    }
  });

  it('honours Retry-After on 429, then delivers', async () => {
    const peer = await recordingPeer((hit, index, res) => {
      if (index === 0) {
        res.setHeader('Retry-After', '1');
        return sendJson(res, 429, { error: { code: 'RATE_LIMITED', message: 'slow down', details: null } });
      }
      sendJson(res, 200, queued(hit.body));
    });
    const target = makePeer('r', `${peer.url}/swarm`);
    const swarmId = shareSwarm([sender], { master: sender, others: [target] });
    const client = clientFor(sender);
    try {
      const sent = await client.send({ swarmId, to: 'r', content: 'patience' });
      expect(sent.data?.deliveries[0]).to.deep.include({ status: 'queued', statusCode: 429 });
      expect(sent.data?.deliveries[0]?.error?.code).to.equal('RATE_LIMITED');
      const id = sent.data!.messageId;
      await waitFor(() => sender.store.outbox.get(id)[0]?.status === 'delivered', 5000, 'delivery');
      expect(peer.hits).to.have.length(2);
      expect(peer.hits[1]!.at - peer.hits[0]!.at).to.be.at.least(1000);
    } finally {
      await client.close();
      await peer.close();
    }
  });

  it('fails closed with TLS_ERROR on a certificate from another CA, without retrying', async () => {
    const other = createOtherCa();
    const peer = await recordingPeer((hit, _i, res) => sendJson(res, 200, queued(hit.body)), other);
    const target = makePeer('r', `${peer.url}/swarm`);
    const swarmId = shareSwarm([sender], { master: sender, others: [target] });
    const client = clientFor(sender);
    try {
      const sent = await client.send({ swarmId, to: 'r', content: 'not to an impostor' });
      const [report] = sent.data!.deliveries;
      expect(report).to.deep.include({ status: 'failed', attempts: 1 });
      expect(report?.error?.code).to.equal('TLS_ERROR');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(sender.store.outbox.get(sent.data!.messageId)[0]?.attempts).to.equal(1);
      expect(peer.hits).to.have.length(0);
    } finally {
      await client.close();
      await peer.close();
      other.cleanup();
    }
  });

  it('records a final 4xx with its catalog code (403 NOT_MEMBER from a real agent)', async () => {
    const b = await pool.start('b');
    const swarmId = shareSwarm([sender, b], { master: sender });
    b.store.swarms.removeMember(swarmId, 'sender');
    const client = clientFor(sender);
    try {
      const sent = await client.send({ swarmId, to: 'b', content: 'let me in' });
      expect(sent.data?.deliveries[0]).to.deep.include({ status: 'failed', attempts: 1, statusCode: 403 });
      expect(sent.data?.deliveries[0]?.error?.code).to.equal('NOT_MEMBER');
      expect(sender.store.outbox.get(sent.data!.messageId)[0]?.lastError).to.match(/^NOT_MEMBER: HTTP 403: /);
    } finally {
      await client.close();
    }
  });

  it('gives up after maxAttempts on an unreachable peer', async () => {
    const target = makePeer('r', `https://127.0.0.1:${await closedPort()}/swarm`);
    const swarmId = shareSwarm([sender], { master: sender, others: [target] });
    const client = clientFor(sender, { workerOptions: { maxAttempts: 3, backoff: FAST, pollIntervalMs: 20 } });
    try {
      const sent = await client.send({ swarmId, to: 'r', content: 'anyone?' });
      const id = sent.data!.messageId;
      await waitFor(() => sender.store.outbox.get(id)[0]?.status === 'failed', 5000, 'failure');
      const [row] = sender.store.outbox.get(id);
      expect(row?.attempts).to.equal(3);
      expect(row?.lastError).to.match(/^PEER_UNREACHABLE: /);
    } finally {
      await client.close();
    }
  });

  it('fails a row whose recipient left the swarm with MEMBER_NOT_FOUND', async () => {
    const b = await pool.start('b');
    const swarmId = shareSwarm([sender, b], { master: sender });
    const client = clientFor(sender, { worker: false });
    const sent = await client.send({ swarmId, to: 'b', content: 'too late' });
    expect(sent.data?.deliveries).to.deep.equal([{ recipientId: 'b', status: 'queued', attempts: 0 }]);
    sender.store.swarms.removeMember(swarmId, 'b');
    const worker = new DeliveryWorker({
      store: sender.store,
      agentId: 'sender',
      transportOptions: { caPem: testPki().caPem },
    });
    try {
      expect(await worker.drain()).to.deep.equal({ delivered: 0, retried: 0, failed: 1 });
      expect(sender.store.outbox.get(sent.data!.messageId)[0]?.lastError).to.match(/^MEMBER_NOT_FOUND: /);
      expect(inboxCopies(b.store, sent.data!.messageId)).to.equal(0);
    } finally {
      await worker.stop();
      await client.close();
    }
  });

  it('stop() lets in-flight deliveries finish and record their outcome', async () => {
    const peer = await recordingPeer(async (hit, _i, res) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      sendJson(res, 200, queued(hit.body));
    });
    const target = makePeer('r', `${peer.url}/swarm`);
    const swarmId = shareSwarm([sender], { master: sender, others: [target] });
    const client = clientFor(sender);
    try {
      const sent = await client.send({ swarmId, to: 'r', content: 'slow peer', wait: false });
      await waitFor(() => peer.hits.length === 1, 3000, 'the request');
      expect(client.worker!.inFlight).to.equal(1);
      await client.worker!.stop();
      expect(client.worker!.inFlight).to.equal(0);
      expect(sender.store.outbox.get(sent.data!.messageId)[0]?.status).to.equal('delivered');
    } finally {
      await client.close();
      await peer.close();
    }
  });

  it('two workers on one file never deliver a row twice', async () => {
    const peer = await recordingPeer(async (hit, _i, res) => {
      await new Promise((resolve) => setTimeout(resolve, 15));
      sendJson(res, 200, queued(hit.body));
    });
    const targets = Array.from({ length: 40 }, (_, i) => makePeer(`r${i}`, `${peer.url}/m${i}`));
    const swarmId = shareSwarm([sender], { master: sender, others: targets });
    const queuer = clientFor(sender, { worker: false });
    const sent = await queuer.send({ swarmId, broadcast: true, content: 'once each' });
    const second = Store.open(sender.store.path);
    const workers = [sender.store, second].map(
      (store) =>
        new DeliveryWorker({ store, agentId: 'sender', concurrency: 4, transportOptions: { caPem: testPki().caPem } }),
    );
    try {
      const summaries = await Promise.all(workers.map((w) => w.drain()));
      expect(summaries.reduce((n, s) => n + s.delivered, 0)).to.equal(40);
      // Both took part: the leases, not a lucky schedule, kept them apart.
      expect(summaries.map((s) => s.delivered > 0)).to.deep.equal([true, true]);
      const paths = peer.hits.map((h) => h.path).sort();
      expect(paths).to.have.length(40);
      expect(new Set(paths).size).to.equal(40);
      expect(sender.store.outbox.count().delivered).to.equal(40);
      expect(sent.data?.deliveries).to.have.length(40);
    } finally {
      for (const worker of workers) await worker.stop();
      second.close();
      await queuer.close();
      await peer.close();
    }
  });

  it('a started worker picks up rows queued by another process (poll) and wakes at the due time', async () => {
    const b = await pool.start('b');
    const swarmId = shareSwarm([sender, b], { master: sender });
    const worker = new DeliveryWorker({
      store: sender.store,
      agentId: 'sender',
      pollIntervalMs: 50,
      transportOptions: { caPem: testPki().caPem },
    });
    worker.start();
    const other = Store.open(sender.store.path);
    const queuer = clientFor({ self: sender.self, store: other }, { worker: false });
    try {
      const sent = await queuer.send({ swarmId, to: 'b', content: 'from the CLI' });
      const id = sent.data!.messageId;
      await waitFor(() => sender.store.outbox.get(id)[0]?.status === 'delivered', 3000, 'delivery');
      expect(inboxCopies(b.store, id)).to.equal(1);
    } finally {
      await worker.stop();
      await queuer.close();
      other.close();
    }
  });
});
