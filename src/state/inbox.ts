// The inbox and its state machine:
//
//   unread ──▶ read ──▶ archived ──▶ deleted ──▶ purged (the row is removed)
//
// with the shortcuts unread → archived and unread|read → deleted. A transition to the state a message is already
// in changes nothing and reports `changed: false`; any other move not listed raises INVALID_STATE_TRANSITION and
// changes nothing. There is no way back.
import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { InboxCount, InboxStatus, Message, MessageType } from '../../generated/types.js';
import { inTransaction, lazyStatements, nowOf, type RepositoryContext } from './context.js';
import { serializeEnvelope } from './envelope.js';
import { invalidArgument, requireInteger, requireText, StateError } from './errors.js';
import { storageTimestamp } from './time.js';

export type InboxTarget = 'read' | 'archived' | 'deleted' | 'purged';

/** Which states each target may be reached from. */
export const INBOX_TRANSITIONS: Readonly<Record<InboxTarget, readonly InboxStatus[]>> = {
  read: ['unread'],
  archived: ['unread', 'read'],
  deleted: ['unread', 'read', 'archived'],
  purged: ['deleted'],
};

export interface InboxRecord {
  messageId: string;
  swarmId: string;
  senderId: string;
  /** `broadcast`, an agent id, or null for local notifications. */
  recipientId: string | null;
  messageType: MessageType;
  status: InboxStatus;
  /** The message body (the envelope's `content`), or the stored text of a local note or an adopted reference row. */
  body: string;
  /** The received envelope as JSON text; null for local notes and reference rows that did not keep one. */
  envelope: string | null;
  contentHash: string | null;
  receivedAt: string;
  readAt: string | null;
  archivedAt: string | null;
  deletedAt: string | null;
}

export type ReceiveResult = { status: 'stored' | 'duplicate' | 'conflict'; messageId: string };

export interface NewNote {
  messageId?: string;
  swarmId: string;
  senderId: string;
  messageType?: MessageType;
  body: string;
  receivedAt?: string;
}

export interface InboxQuery {
  /** One state, or `all` = unread + read + archived (never deleted). Default `all`. */
  status?: InboxStatus | 'all';
  swarmId?: string;
  senderId?: string;
  /** Default 20. */
  limit?: number;
}

export interface TransitionResult {
  messageId: string;
  from: InboxStatus;
  to: InboxTarget;
  changed: boolean;
}

export interface InboxRepository {
  /** Stores a received envelope once: `duplicate` for the same content again, `conflict` for different content. */
  receive(envelope: Message, options?: { receivedAt?: string }): ReceiveResult;
  /** Stores a local notification (no envelope); returns its message id. */
  addNote(note: NewNote): string;
  get(messageId: string): InboxRecord | undefined;
  /** Newest first. */
  list(query?: InboxQuery): InboxRecord[];
  /** The newest non-deleted messages of a swarm (context for a woken agent). */
  recent(swarmId: string, limit?: number): InboxRecord[];
  /** Per status; `total` counts every stored row, deleted ones included. */
  count(filter?: { swarmId?: string }): InboxCount;
  /** MESSAGE_NOT_FOUND, INVALID_STATE_TRANSITION, or the transition done (or already in place). */
  transition(messageId: string, to: InboxTarget): TransitionResult;
  /** Moves every listed message that may legally move; unknown ids and illegal ones are skipped. Returns rows changed. */
  transitionMany(messageIds: readonly string[], to: InboxTarget): number;
  /** Removes deleted rows (deleted before `before`, if given). */
  purgeDeleted(options?: { before?: string }): number;
  /** Removes archived rows (archived before `before`, if given). */
  purgeArchived(options?: { before?: string }): number;
}

const COLUMNS = `message_id AS messageId, swarm_id AS swarmId, sender_id AS senderId, recipient_id AS recipientId,
  message_type AS messageType, status, body, envelope, content_hash AS contentHash, received_at AS receivedAt,
  read_at AS readAt, archived_at AS archivedAt, deleted_at AS deletedAt`;

const STAMP: Record<Exclude<InboxTarget, 'purged'>, string> = {
  read: 'read_at',
  archived: 'archived_at',
  deleted: 'deleted_at',
};

export function createInboxRepository(context: RepositoryContext): InboxRepository {
  const { db } = context;
  const s = lazyStatements({
    insert: () =>
      db.prepare(`INSERT INTO inbox (message_id, swarm_id, sender_id, recipient_id, message_type, envelope, body,
      content_hash, received_at) VALUES (@messageId, @swarmId, @senderId, @recipientId, @messageType, @envelope, @body,
      @contentHash, @receivedAt) ON CONFLICT (message_id) DO NOTHING`),
    hashOf: () => db.prepare('SELECT content_hash AS contentHash FROM inbox WHERE message_id = ?'),
    get: () => db.prepare(`SELECT ${COLUMNS} FROM inbox WHERE message_id = ?`),
    statusOf: () => db.prepare('SELECT status FROM inbox WHERE message_id = ?').pluck(),
    list: () =>
      db.prepare(`SELECT ${COLUMNS} FROM inbox
      WHERE status IN (SELECT value FROM json_each(@statuses))
        AND (@swarmId IS NULL OR swarm_id = @swarmId) AND (@senderId IS NULL OR sender_id = @senderId)
      ORDER BY received_at DESC, message_id DESC LIMIT @limit`),
    count: () =>
      db.prepare(`SELECT status, count(*) AS n FROM inbox WHERE @swarmId IS NULL OR swarm_id = @swarmId
      GROUP BY status`),
    purgeOne: () => db.prepare("DELETE FROM inbox WHERE message_id = ? AND status = 'deleted'"),
    purgeManyDeleted: () =>
      db.prepare(`DELETE FROM inbox WHERE status = 'deleted'
      AND message_id IN (SELECT value FROM json_each(?))`),
    purgeDeleted: () =>
      db.prepare(`DELETE FROM inbox WHERE status = 'deleted' AND (@before IS NULL OR deleted_at < @before)`),
    purgeArchived: () =>
      db.prepare(`DELETE FROM inbox WHERE status = 'archived'
      AND (@before IS NULL OR archived_at < @before)`),
  });
  const move = Object.fromEntries(
    Object.entries(STAMP).map(([to, column]) => {
      const from = INBOX_TRANSITIONS[to as InboxTarget].map((state) => `'${state}'`).join(', ');
      return [
        to,
        {
          one: db.prepare(
            `UPDATE inbox SET status = '${to}', ${column} = ? WHERE message_id = ? AND status IN (${from})`,
          ),
          many: db.prepare(`UPDATE inbox SET status = '${to}', ${column} = ?
            WHERE message_id IN (SELECT value FROM json_each(?)) AND status IN (${from})`),
        },
      ];
    }),
  ) as Record<Exclude<InboxTarget, 'purged'>, { one: Statement; many: Statement }>;

  const list = (query: InboxQuery = {}): InboxRecord[] => {
    const status = query.status ?? 'all';
    const statuses = status === 'all' ? ['unread', 'read', 'archived'] : [status];
    if (!statuses.every(isInboxStatus)) throw invalidArgument(`unknown inbox status ${status}`);
    return s.list.all({
      statuses: JSON.stringify(statuses),
      swarmId: query.swarmId ?? null,
      senderId: query.senderId ?? null,
      limit: requireInteger(query.limit ?? 20, 'limit', 1),
    }) as InboxRecord[];
  };

  return {
    receive(received, options = {}) {
      const { stored: envelope, json, hash: contentHash } = serializeEnvelope(received);
      const messageId = requireText(envelope.message_id, 'message_id').toLowerCase();
      const inserted = s.insert.run({
        messageId,
        swarmId: requireText(envelope.swarm_id, 'swarm_id').toLowerCase(),
        senderId: requireText(envelope.sender?.agent_id, 'sender.agent_id'),
        recipientId: envelope.recipient,
        messageType: envelope.type,
        envelope: json,
        body: envelope.content,
        contentHash,
        receivedAt: options.receivedAt === undefined ? nowOf(context) : storageTimestamp(options.receivedAt),
      });
      if (inserted.changes === 1) return { status: 'stored', messageId };
      // First copy wins. A row adopted from the reference has no hash: it cannot be compared, so it is a duplicate.
      const stored = s.hashOf.get(messageId) as { contentHash: string | null };
      const same = stored.contentHash === null || stored.contentHash === contentHash;
      return { status: same ? 'duplicate' : 'conflict', messageId };
    },
    addNote(note) {
      const messageId = note.messageId ?? randomUUID();
      const inserted = s.insert.run({
        messageId,
        swarmId: requireText(note.swarmId, 'swarmId'),
        senderId: requireText(note.senderId, 'senderId'),
        recipientId: null,
        messageType: note.messageType ?? 'notification',
        envelope: null,
        body: note.body,
        contentHash: null,
        receivedAt: note.receivedAt === undefined ? nowOf(context) : storageTimestamp(note.receivedAt),
      });
      if (inserted.changes !== 1) throw invalidArgument(`message ${messageId} already exists`, { messageId });
      return messageId;
    },
    get: (messageId) => s.get.get(messageId) as InboxRecord | undefined,
    list,
    recent: (swarmId, limit = 10) => list({ swarmId, limit }),
    count(filter = {}) {
      const counts: InboxCount = { unread: 0, read: 0, archived: 0, deleted: 0, total: 0 };
      for (const row of s.count.all({ swarmId: filter.swarmId ?? null }) as { status: InboxStatus; n: number }[]) {
        counts[row.status] = row.n;
        counts.total += row.n;
      }
      return counts;
    },
    transition(messageId, to) {
      const allowed = INBOX_TRANSITIONS[to];
      if (!allowed) throw invalidArgument(`unknown inbox transition target ${to}`);
      // Check and move under one IMMEDIATE transaction: no other writer can slip in between.
      return inTransaction(db, () => {
        const from = s.statusOf.get(messageId) as InboxStatus | undefined;
        if (from === undefined) {
          throw new StateError('MESSAGE_NOT_FOUND', `message ${messageId} not found`, { messageId });
        }
        if (from === to) return { messageId, from, to, changed: false };
        if (!allowed.includes(from)) {
          throw new StateError('INVALID_STATE_TRANSITION', `cannot move message ${messageId} from ${from} to ${to}`, {
            messageId,
            from,
            to,
          });
        }
        const changes =
          to === 'purged' ? s.purgeOne.run(messageId).changes : move[to].one.run(nowOf(context), messageId).changes;
        return { messageId, from, to, changed: changes === 1 };
      });
    },
    transitionMany(messageIds, to) {
      if (!INBOX_TRANSITIONS[to]) throw invalidArgument(`unknown inbox transition target ${to}`);
      if (messageIds.length === 0) return 0;
      const ids = JSON.stringify(messageIds);
      return to === 'purged' ? s.purgeManyDeleted.run(ids).changes : move[to].many.run(nowOf(context), ids).changes;
    },
    purgeDeleted: (options = {}) => s.purgeDeleted.run({ before: beforeOf(options.before) }).changes,
    purgeArchived: (options = {}) => s.purgeArchived.run({ before: beforeOf(options.before) }).changes,
  };
}

function isInboxStatus(value: unknown): value is InboxStatus {
  return value === 'unread' || value === 'read' || value === 'archived' || value === 'deleted';
}

function beforeOf(before: string | undefined): string | null {
  return before === undefined ? null : storageTimestamp(before);
}
