import { expect } from 'chai';
import { isStateError } from '../../src/state/index.js';
import { createSwarm, envelope, OTHER_SWARM_ID, SWARM_ID, useStore } from './helpers.js';

describe('state/outbox', () => {
  const ctx = useStore();
  beforeEach(() => createSwarm(ctx.store));

  const broadcast = () => {
    const message = envelope({
      sender: { agent_id: 'agent-alpha', endpoint: 'https://alpha.example.com/swarm' },
      recipient: 'broadcast',
    });
    ctx.store.outbox.enqueue({
      envelope: message,
      deliveries: [
        { recipientId: 'agent-beta' },
        { recipientId: 'agent-kicked', endpoint: 'https://kicked.example.com/swarm' },
      ],
    });
    return message;
  };

  it('enqueues one queued row per recipient, once', () => {
    const message = envelope({ recipient: 'broadcast' });
    const deliveries = [{ recipientId: 'agent-beta' }, { recipientId: 'agent-gamma' }];
    expect(ctx.store.outbox.enqueue({ envelope: message, deliveries })).to.equal(2);
    expect(ctx.store.outbox.enqueue({ envelope: message, deliveries })).to.equal(0);
    const rows = ctx.store.outbox.get(message.message_id);
    expect(rows.map((r) => [r.recipientId, r.status, r.attempts, r.nextAttemptAt, r.broadcast])).to.deep.equal([
      ['agent-beta', 'queued', 0, '2026-02-05T14:30:00.000Z', true],
      ['agent-gamma', 'queued', 0, '2026-02-05T14:30:00.000Z', true],
    ]);
    expect(JSON.parse(rows[0]!.envelope!)).to.deep.equal(message);
    expect(rows[0]).to.include({ body: message.content, swarmId: SWARM_ID, createdAt: '2026-02-05T14:30:00.000Z' });
    expect(() => ctx.store.outbox.enqueue({ envelope: message, deliveries: [] }))
      .to.throw()
      .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
  });

  it('claims due rows under a lease, resolving the endpoint, and never twice', () => {
    const message = broadcast();
    ctx.store.outbox.enqueue({
      envelope: envelope(),
      deliveries: [{ recipientId: 'agent-beta' }],
      notBefore: '2026-02-05T15:00:00Z',
    });
    const jobs = ctx.store.outbox.claimDue({ limit: 10, leaseMs: 5000 });
    expect(jobs.map((j) => [j.recipientId, j.endpoint, j.attempts, j.leaseUntil])).to.have.deep.members([
      ['agent-beta', 'https://beta.example.com/swarm', 1, '2026-02-05T14:30:05.000Z'],
      ['agent-kicked', 'https://kicked.example.com/swarm', 1, '2026-02-05T14:30:05.000Z'],
    ]);
    expect(jobs[0]!.envelope).to.equal(JSON.stringify(message));
    expect(ctx.store.outbox.claimDue()).to.deep.equal([]);
    expect(ctx.store.outbox.count()).to.deep.equal({ queued: 1, sending: 2, delivered: 0, failed: 0, total: 3 });
    expect(ctx.store.outbox.nextDueAt()).to.equal('2026-02-05T15:00:00.000Z');
  });

  it('claims oldest due first and respects the limit', () => {
    const first = envelope();
    ctx.store.outbox.enqueue({ envelope: first, deliveries: [{ recipientId: 'agent-beta' }] });
    ctx.time.advance(10);
    ctx.store.outbox.enqueue({ envelope: envelope(), deliveries: [{ recipientId: 'agent-beta' }] });
    expect(ctx.store.outbox.claimDue({ limit: 1 }).map((j) => j.messageId)).to.deep.equal([first.message_id]);
  });

  it('returns a null endpoint for a recipient that is no longer a member', () => {
    ctx.store.outbox.enqueue({ envelope: envelope(), deliveries: [{ recipientId: 'agent-gone' }] });
    expect(ctx.store.outbox.claimDue()[0]?.endpoint).to.equal(null);
  });

  it('marks delivered, schedules retries and fails, each only from the right state', () => {
    const message = broadcast();
    const id = message.message_id;
    expect(ctx.store.outbox.markDelivered(id, 'agent-beta')).to.equal(false);
    ctx.store.outbox.claimDue();
    ctx.time.advance(100);
    expect(ctx.store.outbox.markDelivered(id, 'agent-beta', { statusCode: 200 })).to.equal(true);
    expect(ctx.store.outbox.markDelivered(id, 'agent-beta')).to.equal(false);
    expect(
      ctx.store.outbox.scheduleRetry(id, 'agent-kicked', { error: 'HTTP 503', statusCode: 503, delayMs: 2000 }),
    ).to.equal(true);
    const [beta, kicked] = ctx.store.outbox.get(id);
    expect(beta).to.include({
      status: 'delivered',
      deliveredAt: '2026-02-05T14:30:00.100Z',
      lastStatusCode: 200,
      leaseUntil: null,
    });
    expect(kicked).to.include({
      status: 'queued',
      attempts: 1,
      nextAttemptAt: '2026-02-05T14:30:02.100Z',
      lastError: 'HTTP 503',
    });
    expect(ctx.store.outbox.claimDue()).to.deep.equal([]);
    ctx.time.advance(2000);
    expect(ctx.store.outbox.claimDue().map((j) => j.attempts)).to.deep.equal([2]);
    expect(ctx.store.outbox.markFailed(id, 'agent-kicked', { error: 'gave up', statusCode: 404 })).to.equal(true);
    expect(ctx.store.outbox.markFailed(id, 'agent-kicked', { error: 'again' })).to.equal(false);
    expect(ctx.store.outbox.scheduleRetry(id, 'agent-kicked', { error: 'x', delayMs: 0 })).to.equal(false);
    expect(ctx.store.outbox.get(id)[1]).to.include({
      status: 'failed',
      lastError: 'gave up',
      lastStatusCode: 404,
      nextAttemptAt: null,
    });
  });

  it('releases expired leases (or all of them for a sole worker starting up)', () => {
    broadcast();
    ctx.store.outbox.claimDue({ leaseMs: 1000 });
    expect(ctx.store.outbox.releaseLeases()).to.equal(0);
    ctx.time.advance(1000);
    expect(ctx.store.outbox.releaseLeases()).to.equal(2);
    expect(ctx.store.outbox.claimDue({ leaseMs: 60_000 }).map((j) => j.attempts)).to.deep.equal([2, 2]);
    expect(ctx.store.outbox.releaseLeases({ all: true })).to.equal(2);
    expect(ctx.store.outbox.count().queued).to.equal(2);
  });

  it('lists newest first with filters, counts per swarm, and purges old delivered rows', () => {
    const a = envelope();
    ctx.store.outbox.enqueue({ envelope: a, deliveries: [{ recipientId: 'agent-beta' }] });
    ctx.time.advance(1000);
    const b = envelope({ swarm_id: OTHER_SWARM_ID });
    ctx.store.outbox.enqueue({ envelope: b, deliveries: [{ recipientId: 'agent-beta' }] });
    expect(ctx.store.outbox.list().map((r) => r.messageId)).to.deep.equal([b.message_id, a.message_id]);
    expect(ctx.store.outbox.list({ swarmId: SWARM_ID }).map((r) => r.messageId)).to.deep.equal([a.message_id]);
    expect(ctx.store.outbox.list({ limit: 1 })).to.have.length(1);
    expect(() => ctx.store.outbox.list({ limit: 0 }))
      .to.throw()
      .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
    ctx.store.outbox.claimDue();
    ctx.store.outbox.markDelivered(a.message_id, 'agent-beta');
    expect(ctx.store.outbox.list({ status: 'delivered' }).map((r) => r.messageId)).to.deep.equal([a.message_id]);
    expect(ctx.store.outbox.count({ swarmId: SWARM_ID })).to.deep.equal({
      queued: 0,
      sending: 0,
      delivered: 1,
      failed: 0,
      total: 1,
    });
    expect(ctx.store.outbox.purgeDelivered({ before: '2026-02-05T14:30:01.000Z' })).to.equal(0);
    ctx.time.advance(1);
    expect(ctx.store.outbox.purgeDelivered({ before: '2026-02-05T14:30:01.002Z' })).to.equal(1);
    expect(ctx.store.outbox.count().total).to.equal(1);
  });
});
