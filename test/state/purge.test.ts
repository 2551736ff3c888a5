import { expect } from 'chai';
import { isEmptyPurge, retentionPurgeOptions } from '../../src/state/purge.js';
import { scheduleRetention } from '../../src/state/retention.js';
import { BETA_KEY, createSwarm, envelope, OTHER_SWARM_ID, SWARM_ID, useStore } from './helpers.js';

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
    expect(ctx.store.purge({})).to.deep.equal({
      deleted: 0,
      archived: 0,
      read: 0,
      delivered: 0,
      sessions: 0,
      pendingJoins: 0,
    });
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
    ).to.deep.equal({ deleted: 1, archived: 1, read: 0, delivered: 1, sessions: 1, pendingJoins: 1 });
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

  describe('retention', () => {
    const day = 24 * hour;

    /** Per swarm, `n` messages moved to `to`, received an hour apart, the newest now. */
    async function received(to: 'read' | 'archived', n: number, swarmId = SWARM_ID): Promise<string[]> {
      const ids: string[] = [];
      for (let i = 0; i < n; i += 1) {
        ctx.time.advance(hour);
        const message = envelope({ swarm_id: swarmId });
        ctx.store.inbox.receive(message);
        ctx.store.inbox.transition(message.message_id, to);
        ids.push(message.message_id);
      }
      return ids;
    }

    it('keeps the newest read messages of each swarm up to the count', async () => {
      createSwarm(ctx.store, OTHER_SWARM_ID);
      const first = await received('read', 5);
      const other = await received('read', 2, OTHER_SWARM_ID);
      expect(ctx.store.purge({ read: { maxPerSwarm: 3 } })).to.include({ read: 2, archived: 0 });
      const kept = ctx.store.inbox.list({ status: 'read', limit: 100 }).map((m) => m.messageId);
      expect(kept).to.have.members([...first.slice(2), ...other]);
      expect(ctx.store.inbox.count({ swarmId: SWARM_ID }).read).to.equal(3);
      expect(ctx.store.purge({ read: { maxPerSwarm: 0 } })).to.include({ read: 5 });
    });

    it('removes read and archived messages received longer ago than the age', async () => {
      await received('read', 3);
      await received('archived', 3);
      ctx.time.advance(day - 4.5 * hour);
      // Read: received 24.5, 23.5, 22.5 hours ago; archived: 21.5, 20.5, 19.5 (and the fixture's, 25.5 and 73.5).
      expect(ctx.store.purge({ read: { maxAgeMs: day } })).to.include({ read: 1, archived: 0 });
      expect(ctx.store.purge({ archived: { maxAgeMs: 21 * hour } })).to.include({ read: 0, archived: 3 });
      expect(ctx.store.inbox.count()).to.include({ read: 2, archived: 2 });
    });

    it("maps config.yaml's retention, and sets nothing when it has no limit", () => {
      expect(retentionPurgeOptions(undefined)).to.deep.equal({});
      expect(isEmptyPurge(retentionPurgeOptions({ interval_minutes: 5 }))).to.equal(true);
      expect(
        retentionPurgeOptions({
          read_max_age_days: 30,
          archived_max_per_swarm: 1000,
          deleted_max_age_hours: 24,
          delivered_max_age_days: 7,
        }),
      ).to.deep.equal({
        read: { maxAgeMs: 30 * day },
        archived: { maxPerSwarm: 1000 },
        deletedRetentionMs: 24 * hour,
        deliveredRetentionMs: 7 * day,
      });
    });

    it('is applied by the schedule at start and then every interval', async () => {
      await received('read', 4);
      const passes: number[] = [];
      const schedule = scheduleRetention(ctx.store, {
        options: { read: { maxPerSwarm: 2 } },
        intervalMs: 20,
        onPurged: (counts) => passes.push(counts.read),
      });
      try {
        await new Promise((resolve) => setTimeout(resolve, 5));
        expect(passes).to.deep.equal([2]);
        await received('read', 1);
        await new Promise((resolve) => setTimeout(resolve, 40));
        expect(passes).to.deep.equal([2, 1]);
      } finally {
        schedule.stop();
      }
    });
  });
});
