// Adoption of a database written by the Python reference (schema_versions 1.0.0 / 2.0.0 / 2.1.0): its tables are
// renamed aside, our schema is created, every row is copied with timestamps normalised and statuses mapped, and
// the reference tables are dropped, all inside migration 1's transaction. Afterwards the file is ours only.
import type { Database, Statement } from 'better-sqlite3';
import { classifyStoredContent } from '../envelope.js';
import { StateError } from '../errors.js';
import { canonicalOrNull, storageTimestamp } from '../time.js';
import type { MigrationContext } from './types.js';

export const KNOWN_REFERENCE_VERSIONS = ['1.0.0', '2.0.0', '2.1.0'] as const;

/** Reference tables in an order that drops children before parents. */
const REFERENCE_TABLES = [
  'swarm_members',
  'swarms',
  'message_queue',
  'muted_agents',
  'muted_swarms',
  'public_keys',
  'sdk_sessions',
  'inbox',
  'outbox',
  'schema_versions',
] as const;

const aside = (table: string) => `reference_${table}`;

type Row = Record<string, unknown>;

export function tableExists(db: Database, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/** The reference's recorded schema versions, or [] when the file is not a reference database. */
export function detectReferenceVersions(db: Database): string[] {
  if (!tableExists(db, 'schema_versions')) return [];
  return (db.prepare('SELECT version FROM schema_versions ORDER BY version').all() as { version: string }[]).map(
    (row) => row.version,
  );
}

export function renameReferenceTables(db: Database): void {
  for (const table of REFERENCE_TABLES) {
    if (tableExists(db, table)) db.exec(`ALTER TABLE ${table} RENAME TO ${aside(table)}`);
  }
}

export function adoptReferenceTables(db: Database, context: MigrationContext): void {
  const roleOf = (master: string) =>
    context.agentId !== undefined && master === context.agentId ? 'master' : 'member';

  copy(db, 'swarms', (r) => [
    'INSERT INTO swarms (swarm_id, name, master_id, role, joined_at, allow_member_invite, require_approval) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [
      r.swarm_id,
      r.name,
      r.master,
      roleOf(String(r.master)),
      ts(r.joined_at),
      bit(r.allow_member_invite),
      bit(r.require_approval),
    ],
  ]);
  copy(db, 'swarm_members', (r) => [
    'INSERT INTO swarm_members (swarm_id, agent_id, endpoint, public_key, joined_at) VALUES (?, ?, ?, ?, ?)',
    [r.swarm_id, r.agent_id, r.endpoint, r.public_key, ts(r.joined_at)],
  ]);
  for (const table of ['muted_agents', 'muted_swarms'] as const) {
    const id = table === 'muted_agents' ? 'agent_id' : 'swarm_id';
    copy(db, table, (r) => [
      `INSERT INTO ${table} (${id}, muted_at, reason) VALUES (?, ?, ?)`,
      [r[id], ts(r.muted_at), r.reason ?? null],
    ]);
  }
  copy(db, 'public_keys', (r) => [
    'INSERT INTO public_keys (agent_id, public_key, endpoint, fetched_at) VALUES (?, ?, ?, ?)',
    [r.agent_id, r.public_key, r.endpoint || null, ts(r.fetched_at)],
  ]);
  copy(db, 'sdk_sessions', (r) => [
    'INSERT INTO wake_sessions (swarm_id, peer_id, session_id, last_active, state) VALUES (?, ?, ?, ?, ?)',
    [r.swarm_id, r.peer_id, r.session_id, ts(r.last_active), sessionState(r.state)],
  ]);
  // The inbox first: the reference's own 2.0.0 migration already moved message_queue rows there, and the first
  // copy wins.
  copy(db, 'inbox', (r) => inboxInsert(r, String(r.status), r.read_at, r.deleted_at ?? null));
  copy(db, 'message_queue', (r) => inboxInsert(r, queueStatus(r.status), r.processed_at, null));
  copy(db, 'outbox', (r) => {
    const status = r.status === 'failed' ? 'failed' : 'delivered';
    const sentAt = ts(r.sent_at);
    return [
      `INSERT INTO outbox (message_id, recipient_id, swarm_id, broadcast, message_type, body, status, attempts,
         last_error, created_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
      [
        r.message_id,
        r.recipient_id,
        r.swarm_id,
        r.recipient_id === 'broadcast' ? 1 : 0,
        r.message_type,
        r.content,
        status,
        r.error ?? null,
        sentAt,
        status === 'delivered' ? sentAt : null,
      ],
    ];
  });

  for (const table of REFERENCE_TABLES) {
    if (tableExists(db, aside(table))) db.exec(`DROP TABLE ${aside(table)}`);
  }
}

function inboxInsert(r: Row, status: string, readAt: unknown, deletedAt: unknown): [string, unknown[]] {
  const messageId = String(r.message_id);
  const stored = classifyStoredContent(messageId, String(r.content));
  // The reference keeps no archive time, and deleted_at only since 2.1.0: use the earliest instant they can have.
  const readAtCanonical = canonicalOrNull(readAt as string | null);
  const earliest = readAtCanonical ?? ts(r.received_at);
  const archivedAt = status === 'archived' ? earliest : null;
  return [
    `INSERT OR IGNORE INTO inbox (message_id, swarm_id, sender_id, recipient_id, message_type, envelope, body,
       content_hash, status, received_at, read_at, archived_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      messageId,
      r.swarm_id,
      r.sender_id,
      r.recipient_id ?? null,
      r.message_type,
      stored.envelope,
      stored.body,
      // The hash column of schema 1, dropped by migration 7: duplicates are told from the envelope itself.
      null,
      status,
      ts(r.received_at),
      readAtCanonical,
      archivedAt,
      canonicalOrNull(deletedAt as string | null) ?? (status === 'deleted' ? earliest : null),
    ],
  ];
}

/** The reference's own message_queue → inbox mapping (BEHAVIOUR §1.1). */
function queueStatus(status: unknown): string {
  if (status === 'completed' || status === 'failed') return 'read';
  return 'unread';
}

function sessionState(state: unknown): string {
  return state === 'idle' || state === 'suspended' ? state : 'active';
}

function ts(value: unknown): string {
  return storageTimestamp(String(value));
}

function bit(value: unknown): number {
  return value ? 1 : 0;
}

/** Copies a renamed reference table in rowid chunks (a live iterator would block the inserts). */
function copy(db: Database, table: string, map: (row: Row) => [string, unknown[]]): void {
  if (!tableExists(db, aside(table))) return;
  const select = db.prepare(`SELECT rowid AS _rowid, * FROM ${aside(table)} WHERE rowid > ? ORDER BY rowid LIMIT 500`);
  const statements = new Map<string, Statement>();
  let last = -Infinity;
  for (;;) {
    const rows = select.all(last) as Row[];
    if (rows.length === 0) return;
    for (const row of rows) {
      last = Number(row._rowid);
      let sql: string;
      let params: unknown[];
      try {
        [sql, params] = map(row);
      } catch (error) {
        throw new StateError(
          'MIGRATION_FAILED',
          `cannot adopt row ${last} of reference table ${table}`,
          { table, row },
          { cause: error },
        );
      }
      let statement = statements.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      statement.run(...params);
    }
  }
}
