import { expect } from 'chai';
import fc from 'fast-check';
import type { InboxStatus, Message } from '../../generated/types.js';
import { INBOX_TRANSITIONS, type InboxTarget, isStateError, type Store } from '../../src/state/index.js';
import { envelope, SWARM_ID, useStore } from './helpers.js';

const STATUSES: InboxStatus[] = ['unread', 'read', 'archived', 'deleted'];
const TARGETS: InboxTarget[] = ['read', 'archived', 'deleted', 'purged'];

/** Stores a message and walks it to `status` along legal transitions. */
function messageIn(store: Store, status: InboxStatus): string {
  const message = envelope();
  store.inbox.receive(message);
  const path: Record<InboxStatus, InboxTarget[]> = {
    unread: [],
    read: ['read'],
    archived: ['archived'],
    deleted: ['deleted'],
  };
  for (const to of path[status]) store.inbox.transition(message.message_id, to);
  return message.message_id;
}

describe('state/inbox', () => {
  const ctx = useStore();

  describe('receive (idempotency)', () => {
    it('stores a new envelope as unread with its body, envelope and hash', () => {
      const message = envelope({ recipient: 'broadcast', priority: 'high' });
      expect(ctx.store.inbox.receive(message)).to.deep.equal({ status: 'stored', messageId: message.message_id });
      const record = ctx.store.inbox.get(message.message_id);
      expect(record).to.include({
        swarmId: SWARM_ID,
        senderId: 'agent-beta',
        recipientId: 'broadcast',
        messageType: 'message',
        status: 'unread',
        body: message.content,
        receivedAt: '2026-02-05T14:30:00.000Z',
        readAt: null,
      });
      expect(JSON.parse(record!.envelope!)).to.deep.equal(message);
    });

    it('stores the body it is given (a sealed message, decrypted) beside the envelope as received', () => {
      const message = {
        ...envelope({ protocol_version: '0.2.0', content: '' }),
        sealed: { nonce: 'bm9uY2U=' },
        thread_id: null,
      } as Message;
      expect(ctx.store.inbox.receive(message, { body: 'the plaintext' }).status).to.equal('stored');
      const record = ctx.store.inbox.get(message.message_id);
      expect(record).to.include({ body: 'the plaintext', envelope: JSON.stringify(message) });
      expect(ctx.store.inbox.receive(message, { body: 'the plaintext' }).status).to.equal('duplicate');
      const plain = envelope({ content: 'said twice' });
      ctx.store.inbox.receive(plain, { body: 'said twice' });
      expect(ctx.store.inbox.get(plain.message_id)).to.include({ body: 'said twice', envelope: JSON.stringify(plain) });
    });

    it('reports the same id with the same content as a duplicate, whatever the key order or null optionals', () => {
      const message = envelope();
      ctx.store.inbox.receive(message);
      const reordered = Object.fromEntries(Object.entries(message).reverse()) as typeof message;
      expect(ctx.store.inbox.receive(reordered).status).to.equal('duplicate');
      expect(ctx.store.inbox.receive({ ...message, thread_id: null, metadata: null }).status).to.equal('duplicate');
      expect(ctx.store.inbox.receive({ ...message, unknown_key: 1 } as typeof message).status).to.equal('duplicate');
      expect(ctx.store.inbox.count().total).to.equal(1);
    });

    it('reports the same id with different content as a conflict, keeping the first copy', () => {
      const message = envelope();
      ctx.store.inbox.receive(message);
      ctx.store.inbox.transition(message.message_id, 'read');
      expect(ctx.store.inbox.receive({ ...message, content: 'forged' })).to.deep.equal({
        status: 'conflict',
        messageId: message.message_id,
      });
      expect(ctx.store.inbox.get(message.message_id)).to.include({ body: message.content, status: 'read' });
    });

    it('treats message ids case-insensitively (they are UUIDs)', () => {
      const message = envelope();
      ctx.store.inbox.receive(message);
      const upper = message.message_id.toUpperCase();
      expect(ctx.store.inbox.receive({ ...message, message_id: upper }).status, 'the same message').to.equal(
        'duplicate',
      );
      expect(ctx.store.inbox.receive({ ...message, message_id: upper, content: 'other' }).status).to.equal('conflict');
    });

    it('does not store unknown top-level keys', () => {
      const message = { ...envelope(), smuggled: 'x' } as ReturnType<typeof envelope>;
      ctx.store.inbox.receive(message);
      expect(JSON.parse(ctx.store.inbox.get(message.message_id)!.envelope!)).to.not.have.property('smuggled');
    });

    it('stores local notes without an envelope', () => {
      const id = ctx.store.inbox.addNote({
        swarmId: SWARM_ID,
        senderId: 'agent-gamma',
        messageType: 'system',
        body: '{"a":1}',
      });
      expect(ctx.store.inbox.get(id)).to.include({
        envelope: null,
        recipientId: null,
        body: '{"a":1}',
      });
      expect(() => ctx.store.inbox.addNote({ messageId: id, swarmId: SWARM_ID, senderId: 'x', body: '' }))
        .to.throw()
        .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
    });
  });

  describe('swarm numbers (migration 8)', () => {
    const fresh = '9ea7b810-9dad-11d1-80b4-00c04fd430cb';

    it('numbers a swarm the first time a message or a note names it, once, whatever the case of its id', async () => {
      expect(ctx.store.inbox.numbersSwarm(fresh)).to.equal(false);
      // Through the group commit: the first write also numbers the swarm, so it cannot be a lone INSERT.
      const first = envelope({ swarm_id: fresh });
      expect((await ctx.store.receive(first)).status).to.equal('stored');
      expect(ctx.store.inbox.numbersSwarm(fresh)).to.equal(true);
      ctx.store.inbox.receive(envelope({ swarm_id: fresh.toUpperCase() }));
      const note = ctx.store.inbox.addNote({ swarmId: fresh, senderId: 'agent-beta', body: 'a note' });
      expect(ctx.store.inbox.count({ swarmId: fresh }).unread).to.equal(3);
      expect(ctx.store.inbox.list({ swarmId: fresh }).map((r) => r.swarmId)).to.deep.equal([fresh, fresh, fresh]);
      expect(ctx.store.inbox.get(note)?.swarmId).to.equal(fresh);
      expect(ctx.store.inbox.count({ swarmId: SWARM_ID }).total).to.equal(0);
    });

    it('refuses an unknown message type before writing anything', () => {
      const bogus = { swarmId: fresh, senderId: 'agent-beta', body: 'x', messageType: 'bogus' } as never;
      expect(() => ctx.store.inbox.addNote(bogus))
        .to.throw()
        .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
      expect(() => ctx.store.inbox.receive({ ...envelope(), type: 'bogus' } as never))
        .to.throw()
        .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
      expect(ctx.store.inbox.count().total).to.equal(0);
      expect(ctx.store.inbox.numbersSwarm(fresh)).to.equal(false);
    });
  });

  describe('state machine', () => {
    for (const from of STATUSES) {
      for (const to of TARGETS) {
        const legal = INBOX_TRANSITIONS[to].includes(from);
        const same = (from as string) === to;
        const name = `${from} → ${to}: ${legal ? 'moves' : same ? 'no change' : 'INVALID_STATE_TRANSITION'}`;
        it(name, () => {
          const id = messageIn(ctx.store, from);
          const before = ctx.store.inbox.get(id);
          ctx.time.advance(1000);
          if (legal) {
            expect(ctx.store.inbox.transition(id, to)).to.deep.equal({ messageId: id, from, to, changed: true });
            if (to === 'purged') {
              expect(ctx.store.inbox.get(id)).to.equal(undefined);
            } else {
              const column = { read: 'readAt', archived: 'archivedAt', deleted: 'deletedAt' }[to] as 'readAt';
              expect(ctx.store.inbox.get(id)).to.include({ status: to, [column]: '2026-02-05T14:30:01.000Z' });
            }
          } else if (same) {
            expect(ctx.store.inbox.transition(id, to)).to.deep.equal({ messageId: id, from, to, changed: false });
            expect(ctx.store.inbox.get(id)).to.deep.equal(before);
          } else {
            expect(() => ctx.store.inbox.transition(id, to))
              .to.throw(`cannot move message ${id} from ${from} to ${to}`)
              .that.satisfies((e: unknown) => isStateError(e, 'INVALID_STATE_TRANSITION'));
            expect(ctx.store.inbox.get(id)).to.deep.equal(before);
          }
        });
      }
    }

    it('raises MESSAGE_NOT_FOUND for an unknown id', () => {
      expect(() => ctx.store.inbox.transition('nope', 'read'))
        .to.throw()
        .that.satisfies((e: unknown) => isStateError(e, 'MESSAGE_NOT_FOUND') && e.details?.messageId === 'nope');
    });

    it('batch transitions move only what may legally move and count it', () => {
      const unread = messageIn(ctx.store, 'unread');
      const read = messageIn(ctx.store, 'read');
      const deleted = messageIn(ctx.store, 'deleted');
      expect(ctx.store.inbox.transitionMany([], 'archived')).to.equal(0);
      expect(ctx.store.inbox.transitionMany([unread, read, deleted, 'unknown'], 'archived')).to.equal(2);
      expect(ctx.store.inbox.get(deleted)?.status).to.equal('deleted');
      expect(ctx.store.inbox.transitionMany([unread, read, deleted], 'read')).to.equal(0);
      expect(ctx.store.inbox.transitionMany([unread, read, deleted], 'deleted')).to.equal(2);
      expect(ctx.store.inbox.transitionMany([unread, read, deleted], 'purged')).to.equal(3);
      expect(ctx.store.inbox.count().total).to.equal(0);
    });

    it('follows the model for any sequence of single and batch transitions', () => {
      fc.assert(
        fc.property(
          fc.array(fc.record({ index: fc.nat(3), to: fc.constantFrom(...TARGETS), batch: fc.boolean() }), {
            maxLength: 25,
          }),
          (steps) => {
            const ids = [0, 1, 2, 3].map(() => messageIn(ctx.store, 'unread'));
            const model = new Map<string, InboxStatus | 'purged'>(ids.map((id) => [id, 'unread']));
            for (const { index, to, batch } of steps) {
              const id = ids[index]!;
              const from = model.get(id)!;
              const legal = from !== 'purged' && INBOX_TRANSITIONS[to].includes(from);
              if (batch) {
                expect(ctx.store.inbox.transitionMany([id], to)).to.equal(legal ? 1 : 0);
              } else if (from === 'purged') {
                expect(() => ctx.store.inbox.transition(id, to)).to.throw(/not found/);
              } else if (legal || from === to) {
                expect(ctx.store.inbox.transition(id, to).changed).to.equal(legal);
              } else {
                expect(() => ctx.store.inbox.transition(id, to)).to.throw(/cannot move/);
              }
              if (legal) model.set(id, to);
            }
            for (const id of ids) {
              const expected = model.get(id);
              expect(ctx.store.inbox.get(id)?.status).to.equal(expected === 'purged' ? undefined : expected);
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  });

  describe('queries', () => {
    it('lists newest first, filters by status, swarm and sender, honours the limit', () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const message = envelope({ sender: { agent_id: i % 2 ? 'odd' : 'even', endpoint: 'https://x.example.com' } });
        ctx.store.inbox.receive(message);
        ids.push(message.message_id);
        ctx.time.advance(1000);
      }
      ctx.store.inbox.receive(envelope({ swarm_id: '7ca7b810-9dad-11d1-80b4-00c04fd430c9' }));
      ctx.store.inbox.transition(ids[0]!, 'read');
      ctx.store.inbox.transition(ids[1]!, 'deleted');
      const list = (query: Parameters<Store['inbox']['list']>[0]) =>
        ctx.store.inbox.list(query).map((r) => r.messageId);
      expect(list({ swarmId: SWARM_ID })).to.deep.equal([ids[4], ids[3], ids[2], ids[0]]);
      expect(list({ swarmId: SWARM_ID, status: 'unread' })).to.deep.equal([ids[4], ids[3], ids[2]]);
      expect(list({ status: 'deleted' })).to.deep.equal([ids[1]]);
      expect(list({ swarmId: SWARM_ID, senderId: 'even', limit: 2 })).to.deep.equal([ids[4], ids[2]]);
      expect(ctx.store.inbox.recent(SWARM_ID, 2).map((r) => r.messageId)).to.deep.equal([ids[4], ids[3]]);
      expect(list({})).to.have.length(5);
    });

    it('refuses a limit below 1 and an unknown status', () => {
      for (const query of [{ limit: 0 }, { limit: 1.5 }, { status: 'pending' as InboxStatus }]) {
        expect(() => ctx.store.inbox.list(query))
          .to.throw()
          .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
      }
    });

    it('counts per status with every key present; total includes deleted rows', () => {
      expect(ctx.store.inbox.count()).to.deep.equal({ unread: 0, read: 0, archived: 0, deleted: 0, total: 0 });
      messageIn(ctx.store, 'unread');
      messageIn(ctx.store, 'read');
      messageIn(ctx.store, 'deleted');
      ctx.store.inbox.receive(envelope({ swarm_id: '7ca7b810-9dad-11d1-80b4-00c04fd430c9' }));
      expect(ctx.store.inbox.count()).to.deep.equal({ unread: 2, read: 1, archived: 0, deleted: 1, total: 4 });
      expect(ctx.store.inbox.count({ swarmId: SWARM_ID })).to.deep.equal({
        unread: 1,
        read: 1,
        archived: 0,
        deleted: 1,
        total: 3,
      });
    });

    it('purges deleted rows by retention, and archived rows on request', () => {
      const old = messageIn(ctx.store, 'deleted');
      ctx.time.advance(2 * 3600_000);
      const fresh = messageIn(ctx.store, 'deleted');
      const archived = messageIn(ctx.store, 'archived');
      expect(ctx.store.inbox.purgeDeleted({ before: '2026-02-05T15:30:00.000Z' })).to.equal(1);
      expect(ctx.store.inbox.get(old)).to.equal(undefined);
      expect(ctx.store.inbox.get(fresh)?.status).to.equal('deleted');
      expect(ctx.store.inbox.purgeDeleted()).to.equal(1);
      expect(ctx.store.inbox.purgeArchived()).to.equal(1);
      expect(ctx.store.inbox.get(archived)).to.equal(undefined);
    });
  });
});
