import { expect } from 'chai';
import { BETA_KEY, createSwarm, envelope, SWARM_ID, useStore } from './helpers.js';

describe('state/purge', () => {
  const ctx = useStore();
  const hour = 3600_000;

  beforeEach(() => {
    const { store, time } = ctx;
    createSwarm(store);
    const add = (to?: 'deleted' | 'archived') => {
      const message = envelope();
      store.inbox.receive(message);
      if (to) store.inbox.transition(message.message_id, to);
    };
    add('deleted');
    add('archived');
    const delivered = envelope();
    store.outbox.enqueue({ envelope: delivered, deliveries: [{ recipientId: 'agent-beta' }] });
    store.outbox.claimDue();
    store.outbox.markDelivered(delivered.message_id, 'agent-beta');
    store.sessions.upsert({ swarmId: SWARM_ID, peerId: 'agent-beta', sessionId: 's' });
    store.pendingJoins.request({
      swarmId: SWARM_ID,
      agentId: 'g',
      endpoint: 'https://g',
      publicKey: BETA_KEY,
      tokenHash: 'h',
      expiresAt: '2026-02-05T15:00:00Z',
    });
    time.advance(48 * hour);
    add('deleted');
    add('archived');
    add();
    store.outbox.enqueue({ envelope: envelope(), deliveries: [{ recipientId: 'agent-beta' }] });
  });

  it('does nothing unless asked', () => {
    expect(ctx.store.purge({})).to.deep.equal({ deleted: 0, archived: 0, delivered: 0, sessions: 0, pendingJoins: 0 });
  });

  it('removes what is past each window and reports counts', () => {
    expect(
      ctx.store.purge({
        deletedRetentionMs: 24 * hour,
        archivedRetentionMs: 24 * hour,
        deliveredRetentionMs: 24 * hour,
        sessionIdleMs: 60 * 60_000,
        expiredPendingJoins: true,
      }),
    ).to.deep.equal({ deleted: 1, archived: 1, delivered: 1, sessions: 1, pendingJoins: 1 });
    expect(ctx.store.inbox.count()).to.deep.equal({ unread: 1, read: 0, archived: 1, deleted: 1, total: 3 });
    expect(ctx.store.outbox.count()).to.include({ queued: 1, delivered: 0 });
  });

  it('removes every deleted and archived row when the retention is null', () => {
    expect(ctx.store.purge({ deletedRetentionMs: null, archivedRetentionMs: null })).to.include({
      deleted: 2,
      archived: 2,
    });
    expect(ctx.store.inbox.count()).to.deep.equal({ unread: 1, read: 0, archived: 0, deleted: 0, total: 1 });
  });
});
