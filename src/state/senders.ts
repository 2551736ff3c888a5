// What the receiving hot path needs to know about a sender, in one indexed query: its registered endpoint and key
// in the swarm, and whether it (anywhere) or the swarm is muted.
//
// The hot path asks for the same few senders over and over, so members are kept in memory, and dropped whenever
// members, mutes or swarms change: on this connection, temporary triggers say so the moment it happens; for any
// other connection or process, `PRAGMA data_version` tells, read inside each write transaction. A cached record
// can therefore lag behind another process's commit only until this connection's next write transaction, where
// `current` settles it, and callers decide a refusal or a drop only on `get`, which always reads the database.
import type { Database } from 'better-sqlite3';
import type { RepositoryContext } from './context.js';

export interface SenderRecord {
  endpoint: string;
  publicKey: string;
  /** The agent or the swarm is muted: its messages are acknowledged and dropped. */
  muted: boolean;
}

export interface SenderLookup {
  /** The member `agentId` of swarm `swarmId` as the database holds it now, or undefined (not one, or no swarm). */
  get(swarmId: string, agentId: string): SenderRecord | undefined;
  /** The same from memory when it can be; may not yet reflect another process's last commit (see above). */
  cached(swarmId: string, agentId: string): SenderRecord | undefined;
  /**
   * Inside a write transaction on this connection: `record` itself while it still is what the database holds,
   * otherwise what the database holds now (undefined when the sender is no longer a member).
   */
  current(swarmId: string, agentId: string, record: SenderRecord): SenderRecord | undefined;
}

/** The tables whose changes can change a sender's record. */
const WATCHED = ['swarms', 'swarm_members', 'muted_agents', 'muted_swarms'] as const;
const CHANGED = 'swarm_sender_records_changed';

export function createSenderLookup(context: RepositoryContext): SenderLookup {
  const { db } = context;
  const statement = db.prepare(`SELECT endpoint, public_key AS publicKey,
      EXISTS (SELECT 1 FROM muted_agents WHERE agent_id = ?) OR EXISTS (SELECT 1 FROM muted_swarms WHERE swarm_id = ?)
        AS muted
    FROM swarm_members WHERE swarm_id = ? AND agent_id = ?`);
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const members = new Map<string, SenderRecord>();
  let seenVersion: unknown;
  let watching = false;

  const get = (swarmId: string, agentId: string): SenderRecord | undefined => {
    const row = statement.get(agentId, swarmId, swarmId, agentId) as
      | { endpoint: string; publicKey: string; muted: number }
      | undefined;
    return row && { endpoint: row.endpoint, publicKey: row.publicKey, muted: row.muted === 1 };
  };
  // Unambiguous: the swarm id comes first and is a UUID, which never holds a NUL.
  const keyOf = (swarmId: string, agentId: string) => `${swarmId}\u0000${agentId}`;

  return {
    get,
    cached(swarmId, agentId) {
      if (!watching) {
        // Set up on first use: CLI commands that write once never pay for it.
        watchChanges(db, () => members.clear());
        watching = true;
      }
      const key = keyOf(swarmId, agentId);
      const known = members.get(key);
      if (known) return known;
      const record = get(swarmId, agentId);
      // Only members are kept (strangers could fill memory), and only what is committed: never from inside a
      // transaction, which may still roll back.
      if (record && !db.inTransaction) members.set(key, record);
      return record;
    },
    current(swarmId, agentId, record) {
      const version = dataVersion.get();
      if (version !== seenVersion) {
        seenVersion = version;
        members.clear();
      }
      if (members.get(keyOf(swarmId, agentId)) === record) return record;
      const now = get(swarmId, agentId);
      return now && sameSender(now, record) ? record : now;
    },
  };
}

/** Two look-ups found the same record (or both found none). */
export function sameSender(a: SenderRecord | undefined, b: SenderRecord | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.endpoint === b.endpoint && a.publicKey === b.publicKey && a.muted === b.muted;
}

/** Calls `changed` whenever this connection inserts, updates or deletes a row of a watched table. */
function watchChanges(db: Database, changed: () => void): void {
  db.function(CHANGED, { deterministic: false }, () => {
    changed();
    return null;
  });
  // TEMP triggers live only in this connection: nothing is written to the database file or its schema.
  for (const table of WATCHED) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ${CHANGED}_${table}_${event.toLowerCase()}
        AFTER ${event} ON main.${table} BEGIN SELECT ${CHANGED}(); END`);
    }
  }
}
