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
import { inTransaction, nowMsOf, prepareLazily, type RepositoryContext } from './context.js';
import { envelopeHash, serializeEnvelope } from './envelope.js';
import { invalidArgument, requireInteger, requireText, StateError } from './errors.js';
import {
  INBOX_STATUS_CODES,
  INBOX_WITH_SWARM_IDS,
  inboxStatusOf,
  MESSAGE_TYPE_CODES,
  messageTypeOf,
  swarmNumberOf,
  swarmNumbers,
} from './inbox-codes.js';
import { packEnvelope, unpackEnvelope } from './packed-envelope.js';
import { epochMsOf, timestampAt, timestampOrNull } from './time.js';

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
  receivedAt: string;
  readAt: string | null;
  archivedAt: string | null;
  deletedAt: string | null;
}

export type ReceiveResult = { status: 'stored' | 'duplicate' | 'conflict'; messageId: string };

export interface ReceiveOptions {
  receivedAt?: string;
  /** The message body when it is not the envelope's `content` (a sealed message, once decrypted). */
  body?: string;
}

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
  receive(envelope: Message, options?: ReceiveOptions): ReceiveResult;
  /** Stores a local notification (no envelope); returns its message id. */
  addNote(note: NewNote): string;
  /** Whether receiving into this swarm (its id in lower case) is a single INSERT: the swarm has its number. */
  numbersSwarm(swarmId: string): boolean;
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
  /** Retention by age: removes `status` rows received before `before`. */
  purgeReceivedBefore(status: RetainedStatus, before: string): number;
  /** Retention by count: in every swarm, removes `status` rows beyond the newest `keep`. */
  purgeBeyond(status: RetainedStatus, keep: number): number;
}

/** The states a retention policy trims. */
export type RetainedStatus = 'read' | 'archived';

// A row names its swarm by number (migration 8): the swarm id is read through swarm_numbers (INBOX_WITH_SWARM_IDS).
const COLUMNS = `message_id AS messageId, sn.swarm_id AS swarmId, sender_id AS senderId, recipient_id AS recipientId,
  message_type AS messageType, status, body, envelope, received_at AS receivedAt,
  read_at AS readAt, archived_at AS archivedAt, deleted_at AS deletedAt`;

/** A row as read: the envelope packed, times as epoch milliseconds (migration 6), status and type as codes (8). */
type InboxRow = Omit<
  InboxRecord,
  'status' | 'messageType' | 'envelope' | 'receivedAt' | 'readAt' | 'archivedAt' | 'deletedAt'
> & {
  status: number;
  messageType: number;
  envelope: string | null;
  receivedAt: number;
  readAt: number | null;
  archivedAt: number | null;
  deletedAt: number | null;
};

const STAMP: Record<Exclude<InboxTarget, 'purged'>, string> = {
  read: 'read_at',
  archived: 'archived_at',
  deleted: 'deleted_at',
};

// Listings read one index range in order, newest first, and stop after `limit` rows: the filters are equalities on
// the index's leading columns (status; swarm or sender, then status), ties broken by rowid (arrival order), which
// every index carries. `all` is three such reads merged (see list below).
const listSql = (
  filter: string,
) => `SELECT ${COLUMNS}, inbox.rowid AS seq FROM ${INBOX_WITH_SWARM_IDS} WHERE status = @status${filter}
  ORDER BY received_at DESC, inbox.rowid DESC LIMIT @limit`;
const IN_SWARM = ` AND swarm = ${swarmNumberOf('@swarmId')}`;
const { archived: ARCHIVED, deleted: DELETED } = INBOX_STATUS_CODES;

const moveSql = (to: Exclude<InboxTarget, 'purged'>, where: string) => {
  const from = INBOX_TRANSITIONS[to].map((state) => INBOX_STATUS_CODES[state]).join(', ');
  return `UPDATE inbox SET status = ${INBOX_STATUS_CODES[to]}, ${STAMP[to]} = ? WHERE ${where} AND +status IN (${from})`;
};
const ONE = 'message_id = ?';
const MANY = 'message_id IN (SELECT value FROM json_each(?))';
// Without statistics (a store is never ANALYZEd) the planner would rather walk every row of a status than look ids up
// one by one: `+status` keeps it off the status indexes, and INDEXED BY names the partial index a dated purge needs.

/** Every statement the inbox prepares, by name (test/state/query-plans.test.ts checks each one's plan). */
export const INBOX_SQL = {
  insert: `INSERT INTO inbox (message_id, swarm, sender_id, recipient_id, message_type, envelope, body,
    received_at) VALUES (@messageId, @swarm, @senderId, @recipientId, @messageType, @envelope, @body,
    @receivedAt) ON CONFLICT (message_id) DO NOTHING`,
  get: `SELECT ${COLUMNS} FROM ${INBOX_WITH_SWARM_IDS} WHERE message_id = ?`,
  statusOf: 'SELECT status FROM inbox WHERE message_id = ?',
  list: listSql(''),
  listBySwarm: listSql(IN_SWARM),
  listBySender: listSql(' AND sender_id = @senderId'),
  listBySwarmAndSender: listSql(`${IN_SWARM} AND sender_id = @senderId`),
  // Counts come from the counters the triggers of migration 4 keep: a handful of rows whatever the inbox holds.
  count: 'SELECT status, sum(n) AS n FROM inbox_counts GROUP BY status',
  countBySwarm: `SELECT status, n FROM inbox_counts WHERE swarm = ${swarmNumberOf('?')}`,
  purgeOne: `DELETE FROM inbox WHERE message_id = ? AND status = ${DELETED}`,
  purgeManyDeleted: `DELETE FROM inbox WHERE +status = ${DELETED} AND ${MANY}`,
  purgeDeleted: `DELETE FROM inbox WHERE status = ${DELETED}`,
  // The partial indexes' WHERE names the code as these do: the planner only uses one for a query that repeats it.
  purgeDeletedBefore: `DELETE FROM inbox INDEXED BY inbox_deleted_at WHERE status = ${DELETED} AND deleted_at < ?`,
  purgeArchived: `DELETE FROM inbox WHERE status = ${ARCHIVED}`,
  purgeArchivedBefore: `DELETE FROM inbox INDEXED BY inbox_archived_at WHERE status = ${ARCHIVED} AND archived_at < ?`,
  // Retention: by age along inbox_status_received; by count, only in the swarms the counters show over the cap, each
  // skipping its newest `keep` along inbox_swarm_status_received.
  purgeReceivedBefore: 'DELETE FROM inbox WHERE status = @status AND received_at < @before',
  swarmsOver: 'SELECT swarm FROM inbox_counts WHERE status = @status AND n > @keep',
  purgeBeyond: `DELETE FROM inbox WHERE rowid IN (SELECT rowid FROM inbox WHERE swarm = @swarm AND status = @status
    ORDER BY received_at DESC, rowid DESC LIMIT -1 OFFSET @keep)`,
  readOne: moveSql('read', ONE),
  readMany: moveSql('read', MANY),
  archivedOne: moveSql('archived', ONE),
  archivedMany: moveSql('archived', MANY),
  deletedOne: moveSql('deleted', ONE),
  deletedMany: moveSql('deleted', MANY),
} as const;

type ListedRow = InboxRow & { seq: number };

export function createInboxRepository(context: RepositoryContext): InboxRepository {
  const { db } = context;
  const s = prepareLazily(db, INBOX_SQL);
  const swarms = swarmNumbers(db);
  const move = {
    read: { one: s.readOne, many: s.readMany },
    archived: { one: s.archivedOne, many: s.archivedMany },
    deleted: { one: s.deletedOne, many: s.deletedMany },
  } satisfies Record<Exclude<InboxTarget, 'purged'>, { one: Statement; many: Statement }>;

  const list = (query: InboxQuery = {}): InboxRecord[] => {
    const status = query.status ?? 'all';
    const statuses = status === 'all' ? (['unread', 'read', 'archived'] as const) : [status];
    if (!statuses.every(isInboxStatus)) throw invalidArgument(`unknown inbox status ${status}`);
    const limit = requireInteger(query.limit ?? 20, 'limit', 1);
    const { swarmId, senderId } = query;
    const statement =
      swarmId !== undefined
        ? senderId !== undefined
          ? s.listBySwarmAndSender
          : s.listBySwarm
        : senderId !== undefined
          ? s.listBySender
          : s.list;
    // One ordered read per status, merged: at most `limit` rows each, so `all` costs three short index reads
    // where `status IN (...)` would have sorted every matching row.
    const rows = statuses.flatMap(
      (one) =>
        statement.all({
          status: INBOX_STATUS_CODES[one],
          swarmId: swarmId ?? null,
          senderId: senderId ?? null,
          limit,
        }) as ListedRow[],
    );
    if (statuses.length > 1) rows.sort(newestFirst);
    return rows.slice(0, limit).map(({ seq: _, ...row }) => toRecord(row));
  };

  return {
    receive(received, options = {}) {
      const { stored: envelope, json } = serializeEnvelope(received);
      const messageId = requireText(envelope.message_id, 'message_id').toLowerCase();
      const swarmId = requireText(envelope.swarm_id, 'swarm_id').toLowerCase();
      const senderId = requireText(envelope.sender?.agent_id, 'sender.agent_id');
      const body = options.body ?? envelope.content;
      const messageType = MESSAGE_TYPE_CODES[envelope.type];
      if (messageType === undefined) throw invalidArgument(`unknown message type ${envelope.type}`);
      const columns = { messageId, swarmId, senderId, recipient: envelope.recipient, messageType: envelope.type, body };
      const inserted = s.insert.run({
        messageId,
        swarm: swarms.numberOf(swarmId),
        senderId,
        recipientId: envelope.recipient,
        messageType,
        body,
        envelope: packEnvelope(json, columns),
        receivedAt: options.receivedAt === undefined ? nowMsOf(context) : epochMsOf(options.receivedAt),
      });
      if (inserted.changes === 1) return { status: 'stored', messageId };
      // First copy wins; the copy is compared with it by fingerprint (envelopeHash). A row with no envelope (a note,
      // a reference row that did not keep one) cannot be compared: the copy is a duplicate.
      const first = toRecord(s.get.get(messageId) as InboxRow).envelope;
      const same = first === null || envelopeHash(JSON.parse(first) as object) === envelopeHash(envelope);
      return { status: same ? 'duplicate' : 'conflict', messageId };
    },
    addNote(note) {
      const messageId = note.messageId ?? randomUUID();
      const messageType = MESSAGE_TYPE_CODES[note.messageType ?? 'notification'];
      if (messageType === undefined) throw invalidArgument(`unknown message type ${note.messageType}`);
      const inserted = s.insert.run({
        messageId,
        swarm: swarms.numberOf(requireText(note.swarmId, 'swarmId')),
        senderId: requireText(note.senderId, 'senderId'),
        recipientId: null,
        messageType,
        envelope: null,
        body: note.body,
        receivedAt: note.receivedAt === undefined ? nowMsOf(context) : epochMsOf(note.receivedAt),
      });
      if (inserted.changes !== 1) throw invalidArgument(`message ${messageId} already exists`, { messageId });
      return messageId;
    },
    numbersSwarm: (swarmId) => swarms.has(swarmId),
    get(messageId) {
      const row = s.get.get(messageId) as InboxRow | undefined;
      return row && toRecord(row);
    },
    list,
    recent: (swarmId, limit = 10) => list({ swarmId, limit }),
    count(filter = {}) {
      const counts: InboxCount = { unread: 0, read: 0, archived: 0, deleted: 0, total: 0 };
      const rows = (filter.swarmId === undefined ? s.count.all() : s.countBySwarm.all(filter.swarmId)) as {
        status: number;
        n: number;
      }[];
      for (const row of rows) {
        counts[inboxStatusOf(row.status)] = row.n;
        counts.total += row.n;
      }
      return counts;
    },
    transition(messageId, to) {
      const allowed = INBOX_TRANSITIONS[to];
      if (!allowed) throw invalidArgument(`unknown inbox transition target ${to}`);
      // Check and move under one IMMEDIATE transaction: no other writer can slip in between.
      return inTransaction(db, () => {
        const code = (s.statusOf.get(messageId) as { status: number } | undefined)?.status;
        if (code === undefined) {
          throw new StateError('MESSAGE_NOT_FOUND', `message ${messageId} not found`, { messageId });
        }
        const from = inboxStatusOf(code);
        if (from === to) return { messageId, from, to, changed: false };
        if (!allowed.includes(from)) {
          throw new StateError('INVALID_STATE_TRANSITION', `cannot move message ${messageId} from ${from} to ${to}`, {
            messageId,
            from,
            to,
          });
        }
        const changes =
          to === 'purged' ? s.purgeOne.run(messageId).changes : move[to].one.run(nowMsOf(context), messageId).changes;
        return { messageId, from, to, changed: changes === 1 };
      });
    },
    transitionMany(messageIds, to) {
      if (!INBOX_TRANSITIONS[to]) throw invalidArgument(`unknown inbox transition target ${to}`);
      if (messageIds.length === 0) return 0;
      const ids = JSON.stringify(messageIds);
      return to === 'purged' ? s.purgeManyDeleted.run(ids).changes : move[to].many.run(nowMsOf(context), ids).changes;
    },
    purgeDeleted: (options = {}) =>
      (options.before === undefined ? s.purgeDeleted.run() : s.purgeDeletedBefore.run(epochMsOf(options.before)))
        .changes,
    purgeArchived: (options = {}) =>
      (options.before === undefined ? s.purgeArchived.run() : s.purgeArchivedBefore.run(epochMsOf(options.before)))
        .changes,
    purgeReceivedBefore: (status, before) =>
      s.purgeReceivedBefore.run({ status: retained(status), before: epochMsOf(before) }).changes,
    purgeBeyond(status, keep) {
      const params = { status: retained(status), keep: requireInteger(keep, 'keep', 0) };
      let removed = 0;
      for (const swarm of s.swarmsOver.pluck().all(params) as number[]) {
        removed += s.purgeBeyond.run({ ...params, swarm }).changes;
      }
      return removed;
    },
  };
}

function isInboxStatus(value: unknown): value is InboxStatus {
  return value === 'unread' || value === 'read' || value === 'archived' || value === 'deleted';
}

/** The code of a state retention trims. */
function retained(status: RetainedStatus): number {
  if (status !== 'read' && status !== 'archived')
    throw invalidArgument(`retention applies to read or archived, not ${status}`);
  return INBOX_STATUS_CODES[status];
}

function newestFirst(a: ListedRow, b: ListedRow): number {
  if (a.receivedAt !== b.receivedAt) return b.receivedAt - a.receivedAt;
  return b.seq - a.seq;
}

function toRecord(row: InboxRow): InboxRecord {
  const { messageId, swarmId, senderId, recipientId, body } = row;
  const messageType = messageTypeOf(row.messageType);
  return {
    messageId,
    swarmId,
    senderId,
    recipientId,
    messageType,
    status: inboxStatusOf(row.status),
    body,
    envelope: unpackEnvelope(row.envelope, { messageId, swarmId, senderId, recipient: recipientId, messageType, body }),
    receivedAt: timestampAt(row.receivedAt),
    readAt: timestampOrNull(row.readAt),
    archivedAt: timestampOrNull(row.archivedAt),
    deletedAt: timestampOrNull(row.deletedAt),
  };
}
