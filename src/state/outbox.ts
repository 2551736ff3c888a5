// The durable outbox: one row per message per recipient (a broadcast fans out to a row per member), worked by a
// delivery worker:
//
//   queued ──claimDue──▶ sending ──markDelivered──▶ delivered
//     ▲                    │  └──────markFailed────▶ failed
//     └───scheduleRetry────┘
//
// A claim is a lease: a worker that dies leaves `sending` rows whose lease runs out, and releaseLeases puts them
// back in the queue (on start-up, or periodically). Every step is one conditional statement, so two workers (two
// processes on one file) never deliver the same row twice at the same time.

import type { Message, MessageType, OutboxCount, OutboxStatus } from '../../generated/types.js';
import { inTransaction, nowOf, prepareLazily, type RepositoryContext } from './context.js';
import { serializeEnvelope } from './envelope.js';
import { invalidArgument, requireInteger, requireText } from './errors.js';
import { outboxRecipient, packEnvelope, unpackEnvelope } from './packed-envelope.js';
import { storageTimestamp, timestampAt } from './time.js';

export interface OutboxRecord {
  messageId: string;
  /** The member this row delivers to. */
  recipientId: string;
  swarmId: string;
  /** Whether the message was addressed to `broadcast`. */
  broadcast: boolean;
  messageType: MessageType;
  /** Where to POST; null means the member's current endpoint. */
  endpoint: string | null;
  /** The signed envelope as JSON text (null only for rows adopted from the reference). */
  envelope: string | null;
  body: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string | null;
  leaseUntil: string | null;
  lastError: string | null;
  lastStatusCode: number | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface OutboxDelivery {
  recipientId: string;
  /** Fixes the target (e.g. a kicked agent no longer in the member list); default: the member's endpoint. */
  endpoint?: string | null;
}

export interface NewOutboxMessage {
  envelope: Message;
  deliveries: readonly OutboxDelivery[];
  /** First attempt not before this instant; default now. */
  notBefore?: string;
}

/** A claimed delivery. `endpoint` is null when the recipient is no longer a member and none was fixed. */
export interface OutboxJob {
  messageId: string;
  recipientId: string;
  swarmId: string;
  endpoint: string | null;
  envelope: string;
  /** Including this one. */
  attempts: number;
  leaseUntil: string;
}

export interface OutboxQuery {
  swarmId?: string;
  status?: OutboxStatus;
  /** Default 20. */
  limit?: number;
}

export interface OutboxRepository {
  /** Queues the envelope once per delivery; a (message, recipient) already queued is skipped. Returns rows added. */
  enqueue(message: NewOutboxMessage): number;
  /** Moves up to `limit` due rows from queued to sending under a lease of `leaseMs`, oldest due first. */
  claimDue(options?: { limit?: number; leaseMs?: number }): OutboxJob[];
  /** sending → delivered. False if the row is not (or no longer) being sent. */
  markDelivered(messageId: string, recipientId: string, outcome?: { statusCode?: number }): boolean;
  /** sending → queued, next attempt after `delayMs`. */
  scheduleRetry(
    messageId: string,
    recipientId: string,
    outcome: { error: string; statusCode?: number; delayMs: number },
  ): boolean;
  /** queued|sending → failed, for good. */
  markFailed(messageId: string, recipientId: string, outcome: { error: string; statusCode?: number }): boolean;
  /** Requeues `sending` rows whose lease has run out (all of them with `all`, for a sole worker starting up). */
  releaseLeases(options?: { all?: boolean }): number;
  /** Every row of a message, one per recipient. */
  get(messageId: string): OutboxRecord[];
  /** Newest first. */
  list(query?: OutboxQuery): OutboxRecord[];
  count(filter?: { swarmId?: string }): OutboxCount;
  /** When the earliest queued row falls due (for the worker's sleep), or undefined when nothing is queued. */
  nextDueAt(): string | undefined;
  /** Removes delivered rows delivered before `before`. */
  purgeDelivered(options: { before: string }): number;
}

const COLUMNS = `message_id AS messageId, recipient_id AS recipientId, swarm_id AS swarmId, broadcast,
  message_type AS messageType, endpoint, envelope, body, status, attempts, next_attempt_at AS nextAttemptAt,
  lease_until AS leaseUntil, last_error AS lastError, last_status_code AS lastStatusCode, created_at AS createdAt,
  delivered_at AS deliveredAt`;

/** A row as read: `envelope` packed against the row (migration 6). */
type OutboxRow = Omit<OutboxRecord, 'broadcast'> & { broadcast: number };

const toRecord = (row: OutboxRow): OutboxRecord => ({
  ...row,
  broadcast: row.broadcast === 1,
  envelope: unpackEnvelope(row.envelope, packingColumns(row)),
});

function packingColumns(row: {
  messageId: string;
  swarmId: string;
  broadcast: number;
  recipientId: string;
  messageType: string;
  body: string;
}) {
  const { messageId, swarmId, messageType, body } = row;
  return { messageId, swarmId, recipient: outboxRecipient(row.broadcast, row.recipientId), messageType, body };
}

// Listings read one index in order and stop after `limit` rows; each filter combination has its own statement so
// that the planner can use the index matching it (an `@x IS NULL OR col = @x` filter would read every row).
const listSql = (where: string) => `SELECT ${COLUMNS} FROM outbox${where} ORDER BY created_at DESC, rowid DESC
  LIMIT @limit`;
const ROW = 'message_id = @messageId AND recipient_id = @recipientId';

/** Every statement the outbox prepares, by name (test/state/query-plans.test.ts checks each one's plan). */
export const OUTBOX_SQL = {
  insert: `INSERT INTO outbox (message_id, recipient_id, swarm_id, broadcast, message_type, endpoint,
    envelope, body, next_attempt_at, created_at) VALUES (@messageId, @recipientId, @swarmId, @broadcast, @messageType,
    @endpoint, @envelope, @body, @notBefore, @now) ON CONFLICT (message_id, recipient_id) DO NOTHING`,
  // The worker's pick walks the partial index outbox_due (queued rows only) from the oldest due time. INDEXED BY:
  // without statistics (a store is never ANALYZEd) the planner would pick outbox_status_created and sort every
  // queued row.
  claim: `UPDATE outbox SET status = 'sending', attempts = attempts + 1, lease_until = @leaseUntil,
      next_attempt_at = NULL
    WHERE rowid IN (SELECT rowid FROM outbox INDEXED BY outbox_due WHERE status = 'queued' AND next_attempt_at <= @now
      ORDER BY next_attempt_at, rowid LIMIT @limit)
    RETURNING message_id AS messageId, recipient_id AS recipientId, swarm_id AS swarmId, endpoint, envelope,
      attempts, lease_until AS leaseUntil, broadcast, message_type AS messageType, body`,
  memberEndpoint: 'SELECT endpoint FROM swarm_members WHERE swarm_id = ? AND agent_id = ?',
  delivered: `UPDATE outbox SET status = 'delivered', delivered_at = @now, lease_until = NULL,
    last_status_code = @statusCode, last_error = NULL WHERE ${ROW} AND +status = 'sending'`,
  retry: `UPDATE outbox SET status = 'queued', next_attempt_at = @retryAt, lease_until = NULL,
    last_error = @error, last_status_code = @statusCode WHERE ${ROW} AND +status = 'sending'`,
  failed: `UPDATE outbox SET status = 'failed', next_attempt_at = NULL, lease_until = NULL,
    last_error = @error, last_status_code = @statusCode WHERE ${ROW} AND +status IN ('queued', 'sending')`,
  release: `UPDATE outbox INDEXED BY outbox_leases SET status = 'queued', next_attempt_at = @now, lease_until = NULL
    WHERE status = 'sending' AND lease_until <= @now`,
  releaseAll: `UPDATE outbox SET status = 'queued', next_attempt_at = @now, lease_until = NULL
    WHERE status = 'sending'`,
  get: `SELECT ${COLUMNS} FROM outbox WHERE message_id = ? ORDER BY recipient_id`,
  list: listSql(''),
  listBySwarm: listSql(' WHERE swarm_id = @swarmId'),
  listByStatus: listSql(' WHERE status = @status'),
  listBySwarmAndStatus: listSql(' WHERE swarm_id = @swarmId AND status = @status'),
  // Counts come from the counters the triggers of migration 4 keep: a handful of rows whatever the outbox holds.
  count: 'SELECT status, sum(n) AS n FROM outbox_counts GROUP BY status',
  countBySwarm: 'SELECT status, n FROM outbox_counts WHERE swarm_id = ?',
  nextDue: "SELECT min(next_attempt_at) FROM outbox INDEXED BY outbox_due WHERE status = 'queued'",
  purgeDelivered: "DELETE FROM outbox INDEXED BY outbox_delivered_at WHERE status = 'delivered' AND delivered_at < ?",
} as const;

export function createOutboxRepository(context: RepositoryContext): OutboxRepository {
  const { db } = context;
  const s = prepareLazily(db, OUTBOX_SQL);

  return {
    enqueue(message) {
      if (message.deliveries.length === 0) throw invalidArgument('an outbox message needs at least one delivery');
      const { stored: envelope, json } = serializeEnvelope(message.envelope);
      const now = nowOf(context);
      const base = {
        messageId: requireText(envelope.message_id, 'message_id').toLowerCase(),
        swarmId: requireText(envelope.swarm_id, 'swarm_id').toLowerCase(),
        broadcast: envelope.recipient === 'broadcast' ? 1 : 0,
        messageType: envelope.type,
        body: envelope.content,
        notBefore: message.notBefore === undefined ? now : storageTimestamp(message.notBefore),
        now,
      };
      // A broadcast's rows pack alike (their recipient is `broadcast`): pack once.
      const packedBroadcast =
        base.broadcast === 1 ? packEnvelope(json, packingColumns({ ...base, recipientId: '' })) : null;
      return inTransaction(db, () => {
        let added = 0;
        for (const delivery of message.deliveries) {
          const recipientId = requireText(delivery.recipientId, 'recipientId');
          const packed = packedBroadcast ?? packEnvelope(json, packingColumns({ ...base, recipientId }));
          added += s.insert.run({
            ...base,
            recipientId,
            endpoint: delivery.endpoint ?? null,
            envelope: packed,
          }).changes;
        }
        return added;
      });
    },
    claimDue(options = {}) {
      const limit = requireInteger(options.limit ?? 10, 'limit', 1);
      const leaseMs = requireInteger(options.leaseMs ?? 30_000, 'leaseMs', 1);
      const nowMs = context.clock();
      return inTransaction(db, () => {
        const claimed = s.claim.all({
          now: timestampAt(nowMs),
          leaseUntil: timestampAt(nowMs + leaseMs),
          limit,
        }) as (OutboxJob & { broadcast: number; messageType: string; body: string })[];
        return claimed.map((row) => {
          const { messageId, recipientId, swarmId, endpoint, attempts, leaseUntil } = row;
          return {
            messageId,
            recipientId,
            swarmId,
            endpoint: endpoint ?? (s.memberEndpoint.pluck().get(swarmId, recipientId) as string | undefined) ?? null,
            envelope: unpackEnvelope(row.envelope, packingColumns(row)) as string,
            attempts,
            leaseUntil,
          };
        });
      });
    },
    markDelivered: (messageId, recipientId, outcome = {}) =>
      s.delivered.run({ messageId, recipientId, now: nowOf(context), statusCode: outcome.statusCode ?? null })
        .changes === 1,
    scheduleRetry(messageId, recipientId, outcome) {
      const delayMs = requireInteger(outcome.delayMs, 'delayMs', 0);
      return (
        s.retry.run({
          messageId,
          recipientId,
          retryAt: timestampAt(context.clock() + delayMs),
          error: outcome.error,
          statusCode: outcome.statusCode ?? null,
        }).changes === 1
      );
    },
    markFailed: (messageId, recipientId, outcome) =>
      s.failed.run({ messageId, recipientId, error: outcome.error, statusCode: outcome.statusCode ?? null }).changes ===
      1,
    releaseLeases: (options = {}) => (options.all ? s.releaseAll : s.release).run({ now: nowOf(context) }).changes,
    get: (messageId) => (s.get.all(messageId.toLowerCase()) as OutboxRow[]).map(toRecord),
    list(query = {}) {
      const { swarmId, status } = query;
      const statement =
        swarmId !== undefined
          ? status !== undefined
            ? s.listBySwarmAndStatus
            : s.listBySwarm
          : status !== undefined
            ? s.listByStatus
            : s.list;
      const rows = statement.all({
        swarmId: swarmId ?? null,
        status: status ?? null,
        limit: requireInteger(query.limit ?? 20, 'limit', 1),
      }) as OutboxRow[];
      return rows.map(toRecord);
    },
    count(filter = {}) {
      const counts: OutboxCount = { queued: 0, sending: 0, delivered: 0, failed: 0, total: 0 };
      const rows = (filter.swarmId === undefined ? s.count.all() : s.countBySwarm.all(filter.swarmId)) as {
        status: OutboxStatus;
        n: number;
      }[];
      for (const row of rows) {
        counts[row.status] = row.n;
        counts.total += row.n;
      }
      return counts;
    },
    nextDueAt: () => (s.nextDue.pluck().get() as string | null) ?? undefined,
    purgeDelivered: (options) => s.purgeDelivered.run(storageTimestamp(options.before)).changes,
  };
}
