// Export, schema 2.0.0: every swarm, member, mute, cached key, non-deleted inbox row and outbox row (the reference
// caps inbox and outbox at the 100 newest and crashes on any outbox row). Read in one transaction, so the document
// is a consistent snapshot.
//
// `exportState` returns the document as an object (validated whole against spec/schemas/ExportV2.json).
// `streamExport` writes the same bytes as `JSON.stringify(document, null, 2) + '\n'` while it reads: the small
// envelope parts (swarms, mutes, keys) are read and validated once, then inbox and outbox rows are iterated from
// their statements, each checked with its row validator and written in chunks that wait for the sink. Its memory
// does not depend on how many messages are stored.
import type { Database } from 'better-sqlite3';
import type {
  ExportInboxRow,
  ExportOutboxRow,
  ExportV2,
  PublicKeyEntry,
  StateMember,
  SwarmMembership,
} from '../../generated/types.js';
import { validateExportInboxRow } from '../../generated/validators/ExportInboxRow.js';
import { validateExportOutboxRow } from '../../generated/validators/ExportOutboxRow.js';
import { validateExportV2 } from '../../generated/validators/ExportV2.js';
import { openConnection } from './connection.js';
import type { RepositoryContext } from './context.js';
import { StateError } from './errors.js';
import { INBOX_STATUS_CODES, INBOX_WITH_SWARM_IDS, inboxStatusOf, messageTypeOf } from './inbox-codes.js';
import { outboxRecipient, unpackEnvelope } from './packed-envelope.js';
import { type Clock, timestampAt, timestampOrNull } from './time.js';

/** Receives the export text piece by piece; a returned promise holds the next piece back (backpressure). */
export type ExportSink = (chunk: string) => Promise<void> | undefined;

export interface ExportSummary {
  schema_version: '2.0.0';
  exported_at: string;
  swarms: number;
  public_keys: number;
  muted_agents: number;
  muted_swarms: number;
  inbox: number;
  outbox: number;
}

type ExportHead = Omit<ExportV2, 'inbox' | 'outbox'>;
/** Rows as read: envelopes packed against their row, inbox times as epoch milliseconds (migration 6). */
type RawInboxRow = Omit<
  ExportInboxRow,
  'message_type' | 'status' | 'received_at' | 'read_at' | 'archived_at' | 'deleted_at'
> & {
  message_type: number;
  status: number;
  received_at: number;
  read_at: number | null;
  archived_at: number | null;
  deleted_at: number | null;
};
type RawOutboxRow = Omit<ExportOutboxRow, 'broadcast'> & { broadcast: number };

// Swarms by number, status and type by code (migration 8): read back as their text.
const INBOX_SQL = `SELECT message_id, sn.swarm_id AS swarm_id, sender_id, recipient_id, message_type,
    body AS content, received_at, status, read_at, archived_at, deleted_at, envelope
  FROM ${INBOX_WITH_SWARM_IDS}
  WHERE status <> ${INBOX_STATUS_CODES.deleted} ORDER BY received_at, message_id`;
const OUTBOX_SQL = `SELECT message_id, swarm_id, recipient_id, message_type, body AS content, created_at, status,
    delivered_at, last_error AS error, attempts, next_attempt_at, last_status_code AS last_status, broadcast, envelope
  FROM outbox ORDER BY created_at, message_id, recipient_id`;
/** Text is handed to the sink in pieces of about this size. */
const CHUNK_CHARS = 64 * 1024;

export function exportState(context: RepositoryContext, agentId: string): ExportV2 {
  const { db } = context;
  const read = db.transaction(
    (): ExportV2 => ({
      ...readHead(db, agentId, context.clock),
      inbox: (db.prepare(INBOX_SQL).all() as RawInboxRow[]).map(inboxRow),
      outbox: (db.prepare(OUTBOX_SQL).all() as RawOutboxRow[]).map(outboxRow),
    }),
  );
  const document = read();
  if (!validateExportV2(document)) throw exportInvalid(validateExportV2.errors);
  return document;
}

/**
 * Writes the export of the store file at `path` to `sink` as it reads it, on a read-only connection of its own
 * holding one read transaction (a snapshot: writers on other connections go on meanwhile). A row that does not
 * validate stops it with EXPORT_INVALID after the rows before it were written: callers writing a file write a
 * temporary one and rename it only on success.
 */
export async function streamExport(
  path: string,
  clock: Clock,
  agentId: string,
  sink: ExportSink,
): Promise<ExportSummary> {
  const db = openConnection(path);
  try {
    db.exec('BEGIN');
    const head = readHead(db, agentId, clock);
    // The envelope is validated once, with empty lists standing for the rows validated one by one below.
    const shell = { ...head, inbox: [], outbox: [] };
    if (!validateExportV2(shell)) throw exportInvalid(validateExportV2.errors);
    const out = new ChunkWriter(sink);
    await out.write(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "inbox": `);
    const rawInbox = db.prepare(INBOX_SQL).iterate() as Iterable<RawInboxRow>;
    const inbox = await writeRows(out, 'inbox', mapRows(rawInbox, inboxRow), (row) =>
      validateExportInboxRow(row) ? undefined : validateExportInboxRow.errors,
    );
    await out.write(',\n  "outbox": ');
    const raw = db.prepare(OUTBOX_SQL).iterate() as Iterable<RawOutboxRow>;
    const outbox = await writeRows(out, 'outbox', mapRows(raw, outboxRow), (row) =>
      validateExportOutboxRow(row) ? undefined : validateExportOutboxRow.errors,
    );
    await out.write('\n}\n');
    await out.flush();
    db.exec('COMMIT');
    return {
      schema_version: head.schema_version,
      exported_at: head.exported_at,
      swarms: Object.keys(head.swarms).length,
      public_keys: Object.keys(head.public_keys).length,
      muted_agents: head.muted_agents.length,
      muted_swarms: head.muted_swarms.length,
      inbox,
      outbox,
    };
  } finally {
    db.close();
  }
}

/** Writes `[ ... ]` as JSON.stringify would at depth 1 with 2-space indentation; returns how many rows. */
async function writeRows<T>(
  out: ChunkWriter,
  list: 'inbox' | 'outbox',
  rows: Iterable<T>,
  check: (row: T) => unknown,
): Promise<number> {
  let count = 0;
  for (const row of rows) {
    const errors = check(row);
    if (errors !== undefined) throw exportInvalid(prefixed(errors, `/${list}/${count}`));
    // JSON text has no raw newline inside strings, so indenting after each newline indents whole lines.
    const text = JSON.stringify(row, null, 2).replaceAll('\n', '\n    ');
    await out.write(`${count === 0 ? '[\n    ' : ',\n    '}${text}`);
    count += 1;
  }
  await out.write(count === 0 ? '[]' : '\n  ]');
  return count;
}

function* mapRows<T, U>(rows: Iterable<T>, map: (row: T) => U): Generator<U> {
  for (const row of rows) yield map(row);
}

/** Gathers small pieces into chunks of about CHUNK_CHARS, awaiting the sink only when it asks to wait. */
class ChunkWriter {
  #pending = '';
  readonly #sink: ExportSink;

  constructor(sink: ExportSink) {
    this.#sink = sink;
  }

  async write(text: string): Promise<void> {
    this.#pending += text;
    if (this.#pending.length >= CHUNK_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#pending === '') return;
    const chunk = this.#pending;
    this.#pending = '';
    await this.#sink(chunk);
  }
}

function readHead(db: Database, agentId: string, clock: Clock): ExportHead {
  const swarms: Record<string, SwarmMembership> = {};
  const members = new Map<string, StateMember[]>();
  for (const row of db
    .prepare(`SELECT swarm_id, agent_id, endpoint, public_key, joined_at FROM swarm_members
      ORDER BY swarm_id, joined_at, agent_id`)
    .all() as (StateMember & { swarm_id: string })[]) {
    const { swarm_id, ...member } = row;
    const list = members.get(swarm_id) ?? [];
    list.push(member);
    members.set(swarm_id, list);
  }
  for (const row of db
    .prepare(`SELECT swarm_id, name, master_id, joined_at, allow_member_invite, require_approval FROM swarms
      ORDER BY swarm_id`)
    .all() as SwarmRow[]) {
    swarms[row.swarm_id] = {
      swarm_id: row.swarm_id,
      name: row.name,
      master: row.master_id,
      members: (members.get(row.swarm_id) ?? []) as SwarmMembership['members'],
      joined_at: row.joined_at,
      settings: { allow_member_invite: row.allow_member_invite === 1, require_approval: row.require_approval === 1 },
    };
  }
  const publicKeys: Record<string, PublicKeyEntry> = {};
  for (const row of db
    .prepare('SELECT agent_id, public_key, endpoint, fetched_at FROM public_keys ORDER BY agent_id')
    .all() as { agent_id: string; public_key: string; endpoint: string | null; fetched_at: string }[]) {
    publicKeys[row.agent_id] = {
      public_key: row.public_key,
      fetched_at: row.fetched_at,
      ...(row.endpoint ? { endpoint: row.endpoint } : {}),
    };
  }
  const ids = (sql: string) => db.prepare(sql).pluck().all() as string[];
  return {
    schema_version: '2.0.0',
    agent_id: agentId,
    exported_at: timestampAt(clock()),
    swarms,
    muted_swarms: ids('SELECT swarm_id FROM muted_swarms ORDER BY swarm_id'),
    muted_agents: ids('SELECT agent_id FROM muted_agents ORDER BY agent_id'),
    public_keys: publicKeys,
  };
}

// Both keep the keys in the order selected: the document's bytes follow it.
function inboxRow(row: RawInboxRow): ExportInboxRow {
  const { message_id, swarm_id, sender_id, recipient_id, content } = row;
  const message_type = messageTypeOf(row.message_type);
  const columns = {
    messageId: message_id,
    swarmId: swarm_id,
    senderId: sender_id,
    recipient: recipient_id ?? null,
    messageType: message_type,
    body: content,
  };
  return {
    ...row,
    message_type,
    status: inboxStatusOf(row.status),
    received_at: timestampAt(row.received_at),
    read_at: timestampOrNull(row.read_at),
    archived_at: timestampOrNull(row.archived_at),
    deleted_at: timestampOrNull(row.deleted_at),
    envelope: unpackEnvelope(row.envelope ?? null, columns),
  };
}

function outboxRow(row: RawOutboxRow): ExportOutboxRow {
  const columns = {
    messageId: row.message_id,
    swarmId: row.swarm_id,
    recipient: outboxRecipient(row.broadcast, row.recipient_id),
    messageType: row.message_type,
    body: row.content,
  };
  return { ...row, broadcast: row.broadcast === 1, envelope: unpackEnvelope(row.envelope ?? null, columns) };
}

function exportInvalid(errors: unknown): StateError {
  return new StateError('EXPORT_INVALID', 'the stored state does not form a valid 2.0.0 export', { errors });
}

/** Row validator errors, their instancePath made relative to the whole document. */
function prefixed(errors: unknown, pointer: string): unknown {
  if (!Array.isArray(errors)) return errors;
  return errors.map((error: { instancePath?: string }) => ({
    ...error,
    instancePath: `${pointer}${error.instancePath ?? ''}`,
  }));
}

interface SwarmRow {
  swarm_id: string;
  name: string;
  master_id: string;
  joined_at: string;
  allow_member_invite: number;
  require_approval: number;
}
