// Migration 8: an inbox row names its swarm by number and its status and type by code (issue #17, bytes per
// message): 583 bytes a message at 1M became 490. See inbox-codes.ts for the format.
//
// - `swarm_numbers` gives every swarm id a small integer, for good. Every swarm known now is numbered, and a trigger
//   numbers each swarm inserted later, so receiving a message of a known swarm stays one INSERT.
// - The inbox is rebuilt (a column's type cannot change in place) in one INSERT ... SELECT, with its rowids (arrival
//   order and the MCP watch's position are kept). The packed envelopes are copied as they are: they refer to the
//   row's swarm id and type, which read back as the same text.
// - Its indexes are made again on the numbers and codes; the partial ones name the codes of their state.
// - `inbox_counts` is keyed by the same numbers and codes, recounted from the rows, and its triggers made again.
import { EPOCH_MS_RANGE } from '../time.js';
import { countTriggers } from './004-query-indexes-and-counts.js';
import type { Migration } from './types.js';

const ms = (column: string) => `${column} INTEGER NOT NULL CHECK (${column} ${EPOCH_MS_RANGE})`;
const msOrNull = (column: string) => `${column} INTEGER CHECK (${column} IS NULL OR ${column} ${EPOCH_MS_RANGE})`;

// The codes of inbox-codes.ts, written out: a migration keeps the format of its day.
const STATUS_CODE =
  "CASE status WHEN 'unread' THEN 0 WHEN 'read' THEN 1 WHEN 'archived' THEN 2 WHEN 'deleted' THEN 3 END";
const TYPE_CODE = "CASE message_type WHEN 'message' THEN 0 WHEN 'system' THEN 1 WHEN 'notification' THEN 2 END";

const SQL = `
CREATE TABLE swarm_numbers (
  n INTEGER PRIMARY KEY,
  swarm_id TEXT NOT NULL UNIQUE
) STRICT;
INSERT INTO swarm_numbers (swarm_id) SELECT swarm_id FROM swarms UNION SELECT DISTINCT swarm_id FROM inbox;
CREATE TRIGGER swarms_numbered AFTER INSERT ON swarms BEGIN
  INSERT INTO swarm_numbers (swarm_id) VALUES (NEW.swarm_id) ON CONFLICT (swarm_id) DO NOTHING;
END;

CREATE TABLE inbox_numbered (
  message_id TEXT PRIMARY KEY,
  swarm INTEGER NOT NULL REFERENCES swarm_numbers (n),
  sender_id TEXT NOT NULL,
  recipient_id TEXT,
  message_type INTEGER NOT NULL CHECK (message_type BETWEEN 0 AND 2),
  envelope TEXT,
  body TEXT NOT NULL,
  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),
  ${ms('received_at')},
  ${msOrNull('read_at')},
  ${msOrNull('archived_at')},
  ${msOrNull('deleted_at')}
) STRICT;
INSERT INTO inbox_numbered (rowid, message_id, swarm, sender_id, recipient_id, message_type, envelope, body, status,
    received_at, read_at, archived_at, deleted_at)
  SELECT inbox.rowid, message_id, swarm_numbers.n, sender_id, recipient_id, ${TYPE_CODE}, envelope, body,
    ${STATUS_CODE}, received_at, read_at, archived_at, deleted_at
  FROM inbox JOIN swarm_numbers USING (swarm_id) ORDER BY inbox.rowid;
DROP TABLE inbox;
ALTER TABLE inbox_numbered RENAME TO inbox;
CREATE INDEX inbox_status_received ON inbox (status, received_at);
CREATE INDEX inbox_swarm_status_received ON inbox (swarm, status, received_at);
CREATE INDEX inbox_sender_status_received ON inbox (sender_id, status, received_at);
CREATE INDEX inbox_deleted_at ON inbox (deleted_at) WHERE status = 3;
CREATE INDEX inbox_archived_at ON inbox (archived_at) WHERE status = 2;

DROP TABLE inbox_counts;
CREATE TABLE inbox_counts (
  swarm INTEGER NOT NULL REFERENCES swarm_numbers (n),
  status INTEGER NOT NULL,
  n INTEGER NOT NULL CHECK (n >= 0),
  PRIMARY KEY (swarm, status)
) STRICT, WITHOUT ROWID;
INSERT INTO inbox_counts (swarm, status, n) SELECT swarm, status, count(*) FROM inbox GROUP BY 1, 2;
${countTriggers('inbox', 'swarm')}`;

export const numberedSwarms: Migration = {
  version: 8,
  name: 'inbox swarms by number, statuses and types by code',
  up(db) {
    const rows = db.prepare('SELECT count(*) FROM inbox').pluck().get() as number;
    db.exec(SQL);
    const copied = db.prepare('SELECT count(*) FROM inbox').pluck().get() as number;
    // Every row has a swarm id (NOT NULL) and so a number: the join keeps them all. Checked all the same, since a
    // row lost here would be lost for good.
    if (copied !== rows) throw new Error(`the inbox rebuild copied ${copied} of ${rows} rows`);
  },
};
