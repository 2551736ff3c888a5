// Join requests waiting for the master's decision in swarms that require approval. A request lives until it is
// approved (it becomes a member in the same transaction) or expires. A denied one is kept, marked, until the time it
// would have expired: the same invite presented again is then answered JOIN_DENIED instead of opening a new request.
import { inTransaction, lazyStatements, nowOf, type RepositoryContext } from './context.js';
import { requireHttps, requireText, StateError } from './errors.js';
import type { MemberRecord } from './swarms.js';
import { storageTimestamp } from './time.js';

export interface PendingJoinRecord {
  swarmId: string;
  agentId: string;
  endpoint: string;
  publicKey: string;
  tokenHash: string;
  requestedAt: string;
  expiresAt: string;
}

export interface NewPendingJoin {
  swarmId: string;
  agentId: string;
  endpoint: string;
  publicKey: string;
  tokenHash: string;
  expiresAt: string;
  requestedAt?: string;
}

export interface PendingJoinRepository {
  /** Records the request; asking again replaces endpoint, key, token and times. */
  request(join: NewPendingJoin): PendingJoinRecord;
  /** The unexpired request, if any. */
  get(swarmId: string, agentId: string): PendingJoinRecord | undefined;
  /** Unexpired requests, oldest first; all swarms when swarmId is absent. */
  list(swarmId?: string): PendingJoinRecord[];
  /** Turns the unexpired request into a member (joined now) in one transaction; undefined if there is none. */
  approve(swarmId: string, agentId: string): MemberRecord | undefined;
  /** Marks the unexpired request denied; false if there is none (or it was denied already). */
  deny(swarmId: string, agentId: string): boolean;
  /** Whether the request this invite (by its token hash) made was denied, and has not expired yet. */
  isDenied(swarmId: string, agentId: string, tokenHash: string): boolean;
  purgeExpired(): number;
}

const COLUMNS = `swarm_id AS swarmId, agent_id AS agentId, endpoint, public_key AS publicKey, token_hash AS tokenHash,
  requested_at AS requestedAt, expires_at AS expiresAt`;

export function createPendingJoinRepository(context: RepositoryContext): PendingJoinRepository {
  const { db } = context;
  const s = lazyStatements({
    upsert: () =>
      db.prepare(`INSERT INTO pending_joins (swarm_id, agent_id, endpoint, public_key, token_hash, requested_at,
      expires_at) VALUES (@swarmId, @agentId, @endpoint, @publicKey, @tokenHash, @requestedAt, @expiresAt)
      ON CONFLICT (swarm_id, agent_id) DO UPDATE SET endpoint = excluded.endpoint, public_key = excluded.public_key,
      token_hash = excluded.token_hash, requested_at = excluded.requested_at, expires_at = excluded.expires_at,
      denied_at = NULL`),
    get: () =>
      db.prepare(`SELECT ${COLUMNS} FROM pending_joins WHERE swarm_id = ? AND agent_id = ? AND expires_at > ?
      AND denied_at IS NULL`),
    listAll: () =>
      db.prepare(`SELECT ${COLUMNS} FROM pending_joins WHERE expires_at > ? AND denied_at IS NULL
      ORDER BY requested_at, agent_id`),
    listSwarm: () =>
      db.prepare(`SELECT ${COLUMNS} FROM pending_joins WHERE swarm_id = ? AND expires_at > ? AND denied_at IS NULL
      ORDER BY requested_at, agent_id`),
    delete: () => db.prepare('DELETE FROM pending_joins WHERE swarm_id = ? AND agent_id = ?'),
    deny: () =>
      db.prepare(`UPDATE pending_joins SET denied_at = @now WHERE swarm_id = @swarmId AND agent_id = @agentId
      AND denied_at IS NULL AND expires_at > @now`),
    denied: () =>
      db.prepare(`SELECT 1 FROM pending_joins WHERE swarm_id = ? AND agent_id = ? AND token_hash = ?
      AND denied_at IS NOT NULL AND expires_at > ?`),
    addMember: () =>
      db.prepare(`INSERT INTO swarm_members (swarm_id, agent_id, endpoint, public_key, joined_at)
      VALUES (@swarmId, @agentId, @endpoint, @publicKey, @joinedAt) ON CONFLICT (swarm_id, agent_id)
      DO UPDATE SET endpoint = excluded.endpoint, public_key = excluded.public_key`),
    purge: () => db.prepare('DELETE FROM pending_joins WHERE expires_at <= ?'),
    swarmExists: () => db.prepare('SELECT 1 FROM swarms WHERE swarm_id = ?'),
  });

  const get = (swarmId: string, agentId: string) =>
    s.get.get(swarmId, agentId, nowOf(context)) as PendingJoinRecord | undefined;

  return {
    request(join) {
      const record: PendingJoinRecord = {
        swarmId: requireText(join.swarmId, 'swarmId'),
        agentId: requireText(join.agentId, 'agentId'),
        endpoint: requireHttps(join.endpoint, 'endpoint'),
        publicKey: requireText(join.publicKey, 'publicKey'),
        tokenHash: requireText(join.tokenHash, 'tokenHash'),
        requestedAt: join.requestedAt === undefined ? nowOf(context) : storageTimestamp(join.requestedAt),
        expiresAt: storageTimestamp(join.expiresAt),
      };
      inTransaction(db, () => {
        if (s.swarmExists.get(record.swarmId) === undefined) {
          throw new StateError('SWARM_NOT_FOUND', `swarm ${record.swarmId} not found`, { swarmId: record.swarmId });
        }
        s.upsert.run(record);
      });
      return record;
    },
    get,
    list: (swarmId) =>
      (swarmId === undefined
        ? s.listAll.all(nowOf(context))
        : s.listSwarm.all(swarmId, nowOf(context))) as PendingJoinRecord[],
    approve(swarmId, agentId) {
      return inTransaction(db, () => {
        const pending = get(swarmId, agentId);
        if (!pending) return undefined;
        const member: MemberRecord = {
          agentId: pending.agentId,
          endpoint: pending.endpoint,
          publicKey: pending.publicKey,
          joinedAt: nowOf(context),
        };
        s.addMember.run({ swarmId, ...member });
        s.delete.run(swarmId, agentId);
        return member;
      });
    },
    deny: (swarmId, agentId) => s.deny.run({ swarmId, agentId, now: nowOf(context) }).changes === 1,
    isDenied: (swarmId, agentId, tokenHash) => s.denied.get(swarmId, agentId, tokenHash, nowOf(context)) !== undefined,
    purgeExpired: () => s.purge.run(nowOf(context)).changes,
  };
}
