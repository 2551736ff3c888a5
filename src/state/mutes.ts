// Mutes are global: a muted agent is muted in every swarm. Muting again replaces the time and the reason.
import { nowOf, type RepositoryContext } from './context.js';
import { requireText } from './errors.js';

export type MuteKind = 'agent' | 'swarm';

export interface MuteRecord {
  id: string;
  mutedAt: string;
  reason: string | null;
}

export interface MuteRepository {
  mute(kind: MuteKind, id: string, reason?: string | null): MuteRecord;
  /** Whether it was muted. */
  unmute(kind: MuteKind, id: string): boolean;
  isMuted(kind: MuteKind, id: string): boolean;
  get(kind: MuteKind, id: string): MuteRecord | undefined;
  /** Ordered by id. */
  list(kind: MuteKind): MuteRecord[];
}

export function createMuteRepository(context: RepositoryContext): MuteRepository {
  const statements = (table: string, idColumn: string) => ({
    upsert: context.db.prepare(`INSERT INTO ${table} (${idColumn}, muted_at, reason) VALUES (?, ?, ?)
      ON CONFLICT (${idColumn}) DO UPDATE SET muted_at = excluded.muted_at, reason = excluded.reason`),
    delete: context.db.prepare(`DELETE FROM ${table} WHERE ${idColumn} = ?`),
    get: context.db.prepare(
      `SELECT ${idColumn} AS id, muted_at AS mutedAt, reason FROM ${table} WHERE ${idColumn} = ?`,
    ),
    list: context.db.prepare(
      `SELECT ${idColumn} AS id, muted_at AS mutedAt, reason FROM ${table} ORDER BY ${idColumn}`,
    ),
  });
  const byKind = { agent: statements('muted_agents', 'agent_id'), swarm: statements('muted_swarms', 'swarm_id') };
  const table = (kind: MuteKind) => {
    const s = byKind[kind];
    if (!s) throw new TypeError(`unknown mute kind ${kind}`);
    return s;
  };

  return {
    mute(kind, id, reason = null) {
      const record = { id: requireText(id, 'id'), mutedAt: nowOf(context), reason };
      table(kind).upsert.run(record.id, record.mutedAt, record.reason);
      return record;
    },
    unmute: (kind, id) => table(kind).delete.run(id).changes === 1,
    isMuted: (kind, id) => table(kind).get.get(id) !== undefined,
    get: (kind, id) => table(kind).get.get(id) as MuteRecord | undefined,
    list: (kind) => table(kind).list.all() as MuteRecord[],
  };
}
