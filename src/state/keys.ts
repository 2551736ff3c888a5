// Cache of peers' public keys (fetched from /info or learned from member_joined), freshest write wins.
import { lazyStatements, nowOf, type RepositoryContext } from './context.js';
import { requireHttps, requireText } from './errors.js';
import { storageTimestamp } from './time.js';

export interface PublicKeyRecord {
  agentId: string;
  publicKey: string;
  endpoint: string | null;
  fetchedAt: string;
}

export interface NewPublicKey {
  agentId: string;
  publicKey: string;
  endpoint?: string | null;
  /** Any ISO 8601 date-time; default now. */
  fetchedAt?: string;
}

export interface KeyRepository {
  put(entry: NewPublicKey): PublicKeyRecord;
  get(agentId: string): PublicKeyRecord | undefined;
  delete(agentId: string): boolean;
  /** Ordered by agentId. */
  list(): PublicKeyRecord[];
}

const COLUMNS = 'agent_id AS agentId, public_key AS publicKey, endpoint, fetched_at AS fetchedAt';

export function createKeyRepository(context: RepositoryContext): KeyRepository {
  const { db } = context;
  const s = lazyStatements({
    upsert: () =>
      db.prepare(`INSERT INTO public_keys (agent_id, public_key, endpoint, fetched_at)
      VALUES (@agentId, @publicKey, @endpoint, @fetchedAt) ON CONFLICT (agent_id) DO UPDATE SET
      public_key = excluded.public_key, endpoint = excluded.endpoint, fetched_at = excluded.fetched_at`),
    get: () => db.prepare(`SELECT ${COLUMNS} FROM public_keys WHERE agent_id = ?`),
    delete: () => db.prepare('DELETE FROM public_keys WHERE agent_id = ?'),
    list: () => db.prepare(`SELECT ${COLUMNS} FROM public_keys ORDER BY agent_id`),
  });
  return {
    put(entry) {
      const record: PublicKeyRecord = {
        agentId: requireText(entry.agentId, 'agentId'),
        publicKey: requireText(entry.publicKey, 'publicKey'),
        endpoint: entry.endpoint ? requireHttps(entry.endpoint, 'endpoint') : null,
        fetchedAt: entry.fetchedAt === undefined ? nowOf(context) : storageTimestamp(entry.fetchedAt),
      };
      s.upsert.run(record);
      return record;
    },
    get: (agentId) => s.get.get(agentId) as PublicKeyRecord | undefined,
    delete: (agentId) => s.delete.run(agentId).changes === 1,
    list: () => s.list.all() as PublicKeyRecord[],
  };
}
