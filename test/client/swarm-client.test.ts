import { expect } from 'chai';
import type { SwarmClient } from '../../src/client/swarm-client.js';
import { agentPool, clientFor, type LiveAgent, shareSwarm, waitFor } from './helpers.js';

/** The system messages an agent received in a swarm, as parsed contents. */
function systemContents(agent: LiveAgent, swarmId: string): Record<string, unknown>[] {
  return agent.store.inbox
    .list({ status: 'all', swarmId, limit: 100 })
    .filter((row) => row.messageType === 'system')
    .map((row) => JSON.parse(row.body) as Record<string, unknown>);
}

const memberIds = (agent: LiveAgent, swarmId: string) =>
  agent.store.swarms
    .get(swarmId)
    ?.members.map((m) => m.agentId)
    .sort();

describe('client/SwarmClient: send and membership operations against real agents', () => {
  const pool = agentPool();
  let m: LiveAgent;
  let b: LiveAgent;
  let c: LiveAgent;
  let swarmId: string;
  const clients: SwarmClient[] = [];
  const client = (agent: LiveAgent, options?: Parameters<typeof clientFor>[1]) => {
    const made = clientFor(agent, options);
    clients.push(made);
    return made;
  };

  beforeEach(async () => {
    [m, b, c] = [await pool.start('m'), await pool.start('b'), await pool.start('c')];
    swarmId = shareSwarm([m, b, c], { master: m });
  });
  afterEach(async () => {
    for (const made of clients.splice(0)) await made.close();
    await pool.cleanup();
  });

  describe('send', () => {
    it('refuses unknown swarms, non-members and bad content as values; queues nothing', async () => {
      const mc = client(m);
      const unknown = await mc.send({ swarmId: '11111111-2222-4333-8444-555555555555', broadcast: true, content: 'x' });
      expect(unknown.error?.code).to.equal('SWARM_NOT_FOUND');
      expect((await mc.send({ swarmId, to: 'zed', content: 'x' })).error?.code).to.equal('MEMBER_NOT_FOUND');
      expect((await mc.send({ swarmId, to: 'b', content: '' })).error?.code).to.equal('INVALID_FORMAT');
      expect((await mc.send({ swarmId, to: 'b', content: 'x'.repeat(65_537) })).error?.code).to.equal('INVALID_FORMAT');
      expect((await mc.send({ swarmId, to: 'b', content: 'x', inReplyTo: 'nope' })).error?.code).to.equal(
        'INVALID_FORMAT',
      );
      expect(m.store.outbox.count().total).to.equal(0);
      // @ts-expect-error: a message goes to one member or to all, not both
      const both = () => mc.send({ swarmId, to: 'b', broadcast: true, content: 'x' });
      await both().then(
        () => expect.fail('should throw'),
        (error: unknown) => expect(error).to.be.instanceOf(TypeError),
      );
    });

    it('carries the optional fields to the receiver', async () => {
      const mc = client(m);
      const first = await mc.send({ swarmId, to: 'b', content: 'question?' });
      const reply = await mc.send({
        swarmId,
        to: 'b',
        content: 'follow-up',
        type: 'notification',
        priority: 'low',
        inReplyTo: first.data!.messageId,
        threadId: first.data!.messageId,
        metadata: { task: 7, urgent: false },
      });
      expect(reply.data?.deliveries[0]?.status).to.equal('delivered');
      const envelope = JSON.parse(b.store.inbox.get(reply.data!.messageId)!.envelope!);
      expect(envelope).to.include({ type: 'notification', priority: 'low', in_reply_to: first.data!.messageId });
      expect(envelope.metadata).to.deep.equal({ task: 7, urgent: false });
    });

    it('with wait: false returns once queued, and the worker delivers in the background', async () => {
      const mc = client(m);
      const sent = await mc.send({ swarmId, broadcast: true, content: 'fire and forget', wait: false });
      // The worker may already have leased the rows (the commit is visible while its WAL sync runs), but no answer
      // has come back yet.
      for (const delivery of sent.data?.deliveries ?? []) expect(delivery.status).to.be.oneOf(['queued', 'sending']);
      expect(sent.data?.deliveries).to.have.length(2);
      await waitFor(() => b.store.inbox.get(sent.data!.messageId) !== undefined, 3000, 'delivery to b');
      await waitFor(() => c.store.inbox.get(sent.data!.messageId) !== undefined, 3000, 'delivery to c');
    });

    it('with worker: false only queues (for `swarm serve` to deliver)', async () => {
      const sent = await client(m, { worker: false }).send({ swarmId, to: 'c', content: 'later' });
      expect(sent.data?.deliveries).to.deep.equal([{ recipientId: 'c', status: 'queued', attempts: 0 }]);
      const other = client(m);
      other.worker!.start();
      await waitFor(() => c.store.inbox.get(sent.data!.messageId) !== undefined, 3000, 'delivery');
    });
  });

  describe('leave', () => {
    it('a member leaves: member_left reaches the others, who drop it; it forgets the swarm', async () => {
      const left = await client(b).leave(swarmId);
      expect(left.error).to.equal(undefined);
      const [message] = left.data!.messages;
      expect(message?.action).to.equal('member_left');
      expect(message?.deliveries.map((d) => [d.recipientId, d.status])).to.deep.equal([
        ['c', 'delivered'],
        ['m', 'delivered'],
      ]);
      expect(b.store.swarms.get(swarmId)).to.equal(undefined);
      expect(memberIds(m, swarmId)).to.deep.equal(['c', 'm']);
      expect(memberIds(c, swarmId)).to.deep.equal(['c', 'm']);
      expect(systemContents(c, swarmId)).to.deep.equal([{ action: 'member_left', agent_id: 'b' }]);
    });

    it('the master cannot leave; an unknown swarm is SWARM_NOT_FOUND', async () => {
      const mc = client(m);
      expect((await mc.leave(swarmId)).error?.code).to.equal('MASTER_CANNOT_LEAVE');
      expect((await mc.leave('11111111-2222-4333-8444-555555555555')).error?.code).to.equal('SWARM_NOT_FOUND');
      expect(m.store.swarms.get(swarmId)).to.not.equal(undefined);
      expect(m.store.outbox.count().total).to.equal(0);
    });
  });

  describe('kick', () => {
    it('kicked reaches the target (which forgets the swarm), member_kicked the others (who drop it)', async () => {
      const kicked = await client(m).kick(swarmId, 'c', 'spamming');
      expect(kicked.error).to.equal(undefined);
      const summary = kicked.data!.messages.map((msg) => [
        msg.action,
        msg.deliveries.map((d) => `${d.recipientId}:${d.status}`),
      ]);
      expect(summary).to.deep.equal([
        ['kicked', ['c:delivered']],
        ['member_kicked', ['b:delivered']],
      ]);
      expect(memberIds(m, swarmId)).to.deep.equal(['b', 'm']);
      expect(memberIds(b, swarmId)).to.deep.equal(['b', 'm']);
      expect(c.store.swarms.get(swarmId)).to.equal(undefined);
      expect(systemContents(b, swarmId)).to.deep.equal([
        { action: 'member_kicked', agent_id: 'c', reason: 'spamming' },
      ]);
      expect(systemContents(c, swarmId)).to.deep.equal([{ action: 'kicked', agent_id: 'c', reason: 'spamming' }]);
    });

    it('only the master kicks, only members, never itself', async () => {
      expect((await client(b).kick(swarmId, 'c')).error?.code).to.equal('NOT_MASTER');
      const mc = client(m);
      expect((await mc.kick(swarmId, 'zed')).error?.code).to.equal('MEMBER_NOT_FOUND');
      expect((await mc.kick(swarmId, 'm')).error?.code).to.equal('NOT_AUTHORIZED');
      expect((await mc.kick(swarmId, 'c', 'x'.repeat(501))).error?.code).to.equal('INVALID_FORMAT');
      expect(memberIds(m, swarmId)).to.deep.equal(['b', 'c', 'm']);
      expect(m.store.outbox.count().total + b.store.outbox.count().total).to.equal(0);
    });
  });

  describe('transfer', () => {
    it('master_transfer to the new master, master_changed to the rest; every store agrees on the new master', async () => {
      const moved = await client(m).transfer(swarmId, 'b');
      expect(moved.data?.messages.map((msg) => [msg.action, msg.deliveries.map((d) => d.recipientId)])).to.deep.equal([
        ['master_transfer', ['b']],
        ['master_changed', ['c']],
      ]);
      expect(moved.data?.messages.flatMap((msg) => msg.deliveries.map((d) => d.status))).to.deep.equal([
        'delivered',
        'delivered',
      ]);
      const view = (agent: LiveAgent) => {
        const swarm = agent.store.swarms.get(swarmId)!;
        return [swarm.masterId, swarm.role];
      };
      expect([view(m), view(b), view(c)]).to.deep.equal([
        ['b', 'member'],
        ['b', 'master'],
        ['b', 'member'],
      ]);
      // The new master's authority is recognised: its kick of the old master takes effect everywhere.
      const kicked = await client(b).kick(swarmId, 'm');
      expect(kicked.data?.messages.flatMap((msg) => msg.deliveries.map((d) => d.status))).to.deep.equal([
        'delivered',
        'delivered',
      ]);
      expect(memberIds(c, swarmId)).to.deep.equal(['b', 'c']);
      expect(m.store.swarms.get(swarmId)).to.equal(undefined);
    });

    it('only the master transfers, and only to another member', async () => {
      expect((await client(c).transfer(swarmId, 'b')).error?.code).to.equal('NOT_MASTER');
      expect((await client(m).transfer(swarmId, 'zed')).error?.code).to.equal('MEMBER_NOT_FOUND');
      expect((await client(m).transfer(swarmId, 'm')).error?.code).to.equal('NOT_AUTHORIZED');
      expect(m.store.swarms.get(swarmId)?.masterId).to.equal('m');
    });
  });

  describe('dissolve', () => {
    it('swarm_dissolved reaches every member; every store forgets the swarm', async () => {
      const gone = await client(m).dissolve(swarmId, 'project done');
      expect(gone.data?.messages.map((msg) => [msg.action, msg.deliveries.map((d) => d.status)])).to.deep.equal([
        ['swarm_dissolved', ['delivered', 'delivered']],
      ]);
      for (const agent of [m, b, c]) expect(agent.store.swarms.get(swarmId)).to.equal(undefined);
      expect(systemContents(b, swarmId)).to.deep.equal([
        { action: 'swarm_dissolved', swarm_id: swarmId, reason: 'project done' },
      ]);
    });

    it('only the master dissolves', async () => {
      expect((await client(b).dissolve(swarmId)).error?.code).to.equal('NOT_MASTER');
      expect(b.store.swarms.get(swarmId)).to.not.equal(undefined);
    });
  });

  it('a member that is down still gets the operation later: leave while the master is offline', async () => {
    await m.stop();
    const bc = client(b);
    const left = await bc.leave(swarmId);
    const deliveries = left.data!.messages[0]!.deliveries;
    // Not delivered: waiting for its next retry, or already in it (the test's backoff is a few milliseconds, and each
    // attempt at a member that is down also looks for its /info first).
    expect(['queued', 'sending']).to.include(deliveries.find((d) => d.recipientId === 'm')?.status);
    expect(b.store.swarms.get(swarmId)).to.equal(undefined);
    const back = await pool.restart(m);
    await waitFor(() => memberIds(back, swarmId)?.includes('b') === false, 5000, 'member_left at the master');
    expect(memberIds(back, swarmId)).to.deep.equal(['c', 'm']);
  });
});
