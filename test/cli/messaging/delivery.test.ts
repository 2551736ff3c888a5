import { expect } from 'chai';
import { createAgent, eventually, type TestAgent } from '../agents.js';
import { createSwarm } from './agents.js';

describe('cli messaging: send, sent, messages over real HTTPS', function () {
  this.timeout(120_000);
  let alpha: TestAgent;
  let beta: TestAgent;
  let gamma: TestAgent;
  let swarmId: string;

  const inboxOf = async (agent: TestAgent) =>
    (await agent.json(['messages', '-s', swarmId, '--status', 'all', '--no-mark-read', '-l', '100'])).messages;

  before(async () => {
    [alpha, beta, gamma] = await Promise.all([createAgent('alpha'), createAgent('beta'), createAgent('gamma')]);
    swarmId = createSwarm([alpha, beta, gamma]);
    await Promise.all([beta.serve(), gamma.serve()]);
  });
  after(async () => {
    await Promise.all([alpha, beta, gamma].filter(Boolean).map((agent) => agent.cleanup()));
  });

  it('delivers a direct message; only the recipient stores it', async () => {
    const sent = await alpha.json(['send', '-s', swarmId, '-t', 'beta', '-m', 'hello beta', '--priority', 'high']);
    expect(sent).to.include({ status: 'sent', swarm_id: swarmId, recipient: 'beta' });
    expect(sent.deliveries).to.have.length(1);
    expect(sent.deliveries[0]).to.include({ recipient_id: 'beta', status: 'delivered', attempts: 1, error: null });
    const [message] = (await inboxOf(beta)).filter((m: any) => m.message_id === sent.message_id);
    expect(message).to.include({ sender_id: 'alpha', recipient_id: 'beta', content: 'hello beta', status: 'unread' });
    expect(message.envelope.priority).to.equal('high');
    expect((await inboxOf(gamma)).map((m: any) => m.message_id)).not.to.include(sent.message_id);
  });

  it('broadcasts to every other member, the body read from stdin', async () => {
    const result = await alpha.run(['send', '-s', swarmId, '--json'], '  hello everyone \n');
    expect(result.code, result.stdout).to.equal(0);
    const sent = JSON.parse(result.stdout);
    expect(sent).to.include({ status: 'sent', recipient: 'broadcast' });
    expect(sent.deliveries.map((d: any) => [d.recipient_id, d.status])).to.deep.equal([
      ['beta', 'delivered'],
      ['gamma', 'delivered'],
    ]);
    for (const agent of [beta, gamma]) {
      const [message] = (await inboxOf(agent)).filter((m: any) => m.message_id === sent.message_id);
      expect(message).to.include({ sender_id: 'alpha', recipient_id: 'broadcast', content: 'hello everyone' });
    }
  });

  it('keeps a reply in its thread', async () => {
    const first = await beta.json(['send', '-s', swarmId, '-t', 'gamma', '-m', 'question?']);
    const thread = '6ba7b810-9dad-41d1-80b4-00c04fd430c8';
    const reply = await gamma.json([
      'send',
      '-s',
      swarmId,
      '-t',
      'beta',
      '-m',
      'answer',
      '--reply-to',
      first.message_id,
      '--thread',
      thread,
    ]);
    const read = await beta.json(['messages', 'read', reply.message_id]);
    expect(read.message.envelope).to.include({ in_reply_to: first.message_id, thread_id: thread });
    expect(read.marked_read).to.equal(true);
  });

  it('lists the outbox with per-recipient status', async () => {
    const sent = await alpha.json(['sent', '-s', swarmId]);
    expect(sent.count).to.be.at.least(2);
    const broadcast = sent.messages.find((m: any) => m.recipient === 'broadcast');
    expect(broadcast).to.include({ status: 'sent', content: 'hello everyone', message_type: 'message' });
    expect(broadcast.deliveries.map((d: any) => d.status)).to.deep.equal(['delivered', 'delivered']);
    const one = await alpha.json(['sent', '--id', broadcast.message_id]);
    expect(one).to.deep.equal(broadcast);
    const counts = await alpha.json(['sent', '-s', swarmId, '--count']);
    expect(counts).to.deep.include({ swarm_id: swarmId, queued: 0, sending: 0, failed: 0, delivered: 3, total: 3 });
    expect((await alpha.json(['sent', '-s', swarmId, '--status', 'failed'])).messages).to.deep.equal([]);
    expect((await alpha.json(['sent', '--id', '00000000-0000-4000-8000-000000000000'], 5)).error.code).to.equal(
      'MESSAGE_NOT_FOUND',
    );
  });

  it('refuses a direct recipient who is not a member, queuing nothing', async () => {
    const refused = await alpha.json(['send', '-s', swarmId, '-t', 'delta', '-m', 'hi'], 5);
    expect(refused.error.code).to.equal('MEMBER_NOT_FOUND');
    const unknownSwarm = await alpha.json(['send', '-s', '00000000-0000-4000-8000-000000000000', '-m', 'hi'], 5);
    expect(unknownSwarm.error.code).to.equal('SWARM_NOT_FOUND');
    expect((await alpha.json(['sent', '-s', swarmId, '--count'])).total).to.equal(3);
  });

  it('queues for a stopped member; the sender’s swarm serve delivers once it is back', async () => {
    await gamma.stop();
    const queued = await alpha.json(['send', '-s', swarmId, '-t', 'gamma', '-m', 'are you there?'], 3);
    expect(queued).to.include({ status: 'queued', recipient: 'gamma' });
    expect(queued.deliveries[0]).to.include({ recipient_id: 'gamma', status: 'queued', attempts: 1 });
    expect(queued.deliveries[0].error.code).to.equal('PEER_UNREACHABLE');
    await gamma.serve();
    await alpha.serve();
    try {
      await eventually(
        async () => (await alpha.json(['sent', '--id', queued.message_id])).status === 'sent',
        'the queued message to be delivered',
      );
      const [message] = (await inboxOf(gamma)).filter((m: any) => m.message_id === queued.message_id);
      expect(message).to.include({ sender_id: 'alpha', content: 'are you there?' });
    } finally {
      await alpha.stop();
    }
  });

  it('--no-wait only queues', async () => {
    await gamma.stop();
    try {
      const sent = await alpha.json(['send', '-s', swarmId, '-t', 'gamma', '-m', 'later', '--no-wait']);
      expect(sent.status).to.equal('queued');
      expect(sent.deliveries[0]).to.include({ status: 'queued', attempts: 0 });
    } finally {
      await gamma.serve();
    }
  });

  it('a muted agent’s messages are not stored; unmuting lets them in again', async () => {
    expect(await beta.json(['mute', '-a', 'alpha', '-r', 'too chatty'])).to.deep.equal({
      status: 'muted',
      type: 'agent',
      id: 'alpha',
      reason: 'too chatty',
    });
    const dropped = await alpha.json(['send', '-s', swarmId, '-t', 'beta', '-m', 'muted words']);
    expect(dropped.status).to.equal('sent'); // acknowledged by beta, then dropped
    expect((await inboxOf(beta)).map((m: any) => m.message_id)).not.to.include(dropped.message_id);

    expect(await beta.json(['unmute', '-a', 'alpha'])).to.deep.equal({
      status: 'unmuted',
      type: 'agent',
      id: 'alpha',
      was_muted: true,
    });
    const kept = await alpha.json(['send', '-s', swarmId, '-t', 'beta', '-m', 'heard again']);
    expect((await inboxOf(beta)).map((m: any) => m.message_id)).to.include(kept.message_id);
  });

  it('a muted swarm’s messages are not stored', async () => {
    expect(await gamma.json(['mute', '-s', swarmId.toUpperCase()])).to.include({ type: 'swarm', id: swarmId });
    const dropped = await alpha.json(['send', '-s', swarmId, '-t', 'gamma', '-m', 'into the void']);
    expect((await inboxOf(gamma)).map((m: any) => m.message_id)).not.to.include(dropped.message_id);
    expect((await gamma.json(['unmute', '-s', swarmId])).was_muted).to.equal(true);
    expect((await gamma.json(['unmute', '-s', swarmId])).was_muted).to.equal(false);
    expect((await gamma.json(['unmute', '-a', 'nobody'])).was_muted).to.equal(false);
  });
});
