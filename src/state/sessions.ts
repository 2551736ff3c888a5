// Wake sessions: per (swarm, peer), the id of the agent conversation to resume when that peer writes again.
import { lazyStatements, nowOf, type RepositoryContext } from './context.js';
import { requireInteger, requireText } from './errors.js';
import { storageTimestamp, timestampAt } from './time.js';

export type WakeSessionState = 'active' | 'idle' | 'suspended';

export interface WakeSessionRecord {
  swarmId: string;
  peerId: string;
  sessionId: string;
  lastActive: string;
  state: WakeSessionState;
}

export interface NewWakeSession {
  swarmId: string;
  peerId: string;
  sessionId: string;
  state?: WakeSessionState;
  lastActive?: string;
}

export interface WakeSessionRepository {
  /** Inserts or replaces the session of (swarm, peer). */
  upsert(session: NewWakeSession): WakeSessionRecord;
  get(swarmId: string, peerId: string): WakeSessionRecord | undefined;
  /** The session if it is `active` and was active within `idleTimeoutMs` (no side effect: purge removes stale ones). */
  getActive(swarmId: string, peerId: string, idleTimeoutMs: number): WakeSessionRecord | undefined;
  /** Sets last_active to now. */
  touch(swarmId: string, peerId: string): boolean;
  delete(swarmId: string, peerId: string): boolean;
  /** Ordered by last activity, newest first. */
  list(): WakeSessionRecord[];
  /** Removes sessions idle for longer than `idleTimeoutMs`. */
  purgeExpired(idleTimeoutMs: number): number;
}

const COLUMNS = 'swarm_id AS swarmId, peer_id AS peerId, session_id AS sessionId, last_active AS lastActive, state';

export function createWakeSessionRepository(context: RepositoryContext): WakeSessionRepository {
  const { db } = context;
  const s = lazyStatements({
    upsert: () =>
      db.prepare(`INSERT INTO wake_sessions (swarm_id, peer_id, session_id, last_active, state)
      VALUES (@swarmId, @peerId, @sessionId, @lastActive, @state) ON CONFLICT (swarm_id, peer_id) DO UPDATE SET
      session_id = excluded.session_id, last_active = excluded.last_active, state = excluded.state`),
    get: () => db.prepare(`SELECT ${COLUMNS} FROM wake_sessions WHERE swarm_id = ? AND peer_id = ?`),
    getActive: () =>
      db.prepare(`SELECT ${COLUMNS} FROM wake_sessions
      WHERE swarm_id = ? AND peer_id = ? AND state = 'active' AND last_active >= ?`),
    touch: () => db.prepare('UPDATE wake_sessions SET last_active = ? WHERE swarm_id = ? AND peer_id = ?'),
    delete: () => db.prepare('DELETE FROM wake_sessions WHERE swarm_id = ? AND peer_id = ?'),
    list: () => db.prepare(`SELECT ${COLUMNS} FROM wake_sessions ORDER BY last_active DESC, swarm_id, peer_id`),
    purge: () => db.prepare('DELETE FROM wake_sessions WHERE last_active < ?'),
  });
  const cutoff = (idleTimeoutMs: number) =>
    timestampAt(context.clock() - requireInteger(idleTimeoutMs, 'idleTimeoutMs', 0));

  return {
    upsert(session) {
      const record: WakeSessionRecord = {
        swarmId: requireText(session.swarmId, 'swarmId'),
        peerId: requireText(session.peerId, 'peerId'),
        sessionId: requireText(session.sessionId, 'sessionId'),
        lastActive: session.lastActive === undefined ? nowOf(context) : storageTimestamp(session.lastActive),
        state: session.state ?? 'active',
      };
      s.upsert.run(record);
      return record;
    },
    get: (swarmId, peerId) => s.get.get(swarmId, peerId) as WakeSessionRecord | undefined,
    getActive: (swarmId, peerId, idleTimeoutMs) =>
      s.getActive.get(swarmId, peerId, cutoff(idleTimeoutMs)) as WakeSessionRecord | undefined,
    touch: (swarmId, peerId) => s.touch.run(nowOf(context), swarmId, peerId).changes === 1,
    delete: (swarmId, peerId) => s.delete.run(swarmId, peerId).changes === 1,
    list: () => s.list.all() as WakeSessionRecord[],
    purgeExpired: (idleTimeoutMs) => s.purge.run(cutoff(idleTimeoutMs)).changes,
  };
}
