// Migration 6: a stored message takes less than half the bytes it did (issue #17).
//
// - The envelope is packed against its row (packed-envelope.ts): its content is the row's body, stored once, and the
//   ids, type and key names it repeats are one character each; every reader gets the same text back, byte for byte.
// - The inbox's content hash is its 32 bytes, not 64 hex characters.
// - The inbox's times are integer epoch milliseconds (time.ts): 6 bytes where the text took 24, in the table and in
//   the three indexes that order by received_at.
// - A row of about 450 bytes instead of 820 also packs its 4 KiB pages better (a fifth of each page was left empty).
//
// The inbox is rebuilt (a column's type cannot change in place) with its rowids, so arrival order and the MCP watch's
// position are kept; its indexes and count triggers are made again, and the counters, untouched, stay exact. The
// outbox keeps its columns; its envelopes are packed in place.
import type { Database } from 'better-sqlite3';
import { outboxRecipient, packEnvelope } from '../packed-envelope.js';
import { EPOCH_MS_RANGE, epochMsOf } from '../time.js';
import { countTriggers } from './004-query-indexes-and-counts.js';
import type { Migration } from './types.js';

const ms = (column: string) => `${column} INTEGER NOT NULL CHECK (${column} ${EPOCH_MS_RANGE})`;
const msOrNull = (column: string) => `${column} INTEGER CHECK (${column} IS NULL OR ${column} ${EPOCH_MS_RANGE})`;

export const COMPACT_INBOX = `
CREATE TABLE inbox_compact (
  message_id TEXT PRIMARY KEY,
  swarm_id TEXT NOT NULL,
  sender_id TEXT NOT NULL,
  recipient_id TEXT,
  message_type TEXT NOT NULL CHECK (message_type IN ('message', 'system', 'notification')),
  envelope TEXT,
  body TEXT NOT NULL,
  content_hash BLOB CHECK (content_hash IS NULL OR length(content_hash) = 32),
  status TEXT NOT NULL DEFAULT 'unread' CHECK (status IN ('unread', 'read', 'archived', 'deleted')),
  ${ms('received_at')},
  ${msOrNull('read_at')},
  ${msOrNull('archived_at')},
  ${msOrNull('deleted_at')}
) STRICT`;

const INBOX_INDEXES = `
CREATE INDEX inbox_status_received ON inbox (status, received_at);
CREATE INDEX inbox_swarm_status_received ON inbox (swarm_id, status, received_at);
CREATE INDEX inbox_sender_status_received ON inbox (sender_id, status, received_at);
CREATE INDEX inbox_deleted_at ON inbox (deleted_at) WHERE status = 'deleted';
CREATE INDEX inbox_archived_at ON inbox (archived_at) WHERE status = 'archived';`;

/** Rows are moved this many at a time (a live iterator would block the writes on this connection). */
const CHUNK = 1000;

type Row = Record<string, unknown> & { rowid: number };

export const compactMessages: Migration = {
  version: 6,
  name: 'content stored once, envelopes packed, inbox hash as bytes and times as milliseconds',
  up(db) {
    rebuildInbox(db);
    packOutbox(db);
  },
};

function rebuildInbox(db: Database): void {
  db.exec(COMPACT_INBOX);
  const insert = db.prepare(`INSERT INTO inbox_compact (rowid, message_id, swarm_id, sender_id, recipient_id,
    message_type, envelope, body, content_hash, status, received_at, read_at, archived_at, deleted_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  forEachRow(db, 'inbox', (r) => {
    const messageId = r.message_id as string;
    const swarmId = r.swarm_id as string;
    const senderId = r.sender_id as string;
    const recipient = r.recipient_id as string | null;
    const messageType = r.message_type as string;
    const body = r.body as string;
    insert.run(
      r.rowid,
      messageId,
      swarmId,
      senderId,
      recipient,
      messageType,
      packEnvelope(r.envelope as string | null, { messageId, swarmId, senderId, recipient, messageType, body }),
      body,
      r.content_hash === null ? null : Buffer.from(r.content_hash as string, 'hex'),
      r.status,
      epochMsOf(r.received_at as string),
      msOrNullOf(r.read_at),
      msOrNullOf(r.archived_at),
      msOrNullOf(r.deleted_at),
    );
  });
  db.exec(`DROP TABLE inbox; ALTER TABLE inbox_compact RENAME TO inbox; ${INBOX_INDEXES} ${countTriggers('inbox')}`);
}

function packOutbox(db: Database): void {
  const update = db.prepare('UPDATE outbox SET envelope = ? WHERE rowid = ?');
  forEachRow(db, 'outbox', (r) => {
    if (r.envelope === null) return;
    const body = r.body as string;
    const packed = packEnvelope(r.envelope as string, {
      messageId: r.message_id as string,
      swarmId: r.swarm_id as string,
      recipient: outboxRecipient(r.broadcast as number, r.recipient_id as string),
      messageType: r.message_type as string,
      body,
    });
    update.run(packed, r.rowid);
  });
}

function forEachRow(db: Database, table: string, each: (row: Row) => void): void {
  const page = db.prepare(`SELECT rowid, * FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ${CHUNK}`);
  let last = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = page.all(last) as Row[];
    for (const row of rows) each(row);
    const end = rows.at(-1);
    if (end === undefined) return;
    last = end.rowid;
  }
}

function msOrNullOf(value: unknown): number | null {
  // The old columns were checked against the canonical form: every value parses exactly.
  return value === null ? null : epochMsOf(value as string);
}
