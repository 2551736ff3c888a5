// Invite tokens issued by this agent, keyed by SHA-256 of the JWT text (the token itself is never stored).
// Redemption is one conditional UPDATE, so concurrent joins, in this process or another, cannot overspend a token.
import { createHash } from 'node:crypto';
import { lazyStatements, nowOf, type RepositoryContext } from './context.js';
import { requireInteger, requireText } from './errors.js';
import { canonicalOrNull, storageTimestamp } from './time.js';

export interface InviteRecord {
  tokenHash: string;
  swarmId: string;
  issuedBy: string;
  issuedAt: string;
  expiresAt: string | null;
  maxUses: number | null;
  uses: number;
  revokedAt: string | null;
}

export interface NewInvite {
  /** The compact JWT as handed out (inside the swarm:// URL). */
  token: string;
  swarmId: string;
  issuedBy: string;
  issuedAt?: string;
  expiresAt?: string | null;
  /** Absent or null: unlimited. */
  maxUses?: number | null;
}

export type RedeemResult =
  | { status: 'ok'; uses: number; remaining: number | null }
  | { status: 'exhausted' | 'revoked' | 'expired' | 'unknown' };

export interface InviteRepository {
  issue(invite: NewInvite): InviteRecord;
  /** Spends one use if the token is known, not revoked, not expired and not used up. */
  redeem(token: string): RedeemResult;
  /** Whether the token was known and not yet revoked. */
  revoke(token: string): boolean;
  /** The same by the token's hash, for an invite whose URL is lost (only the hash is stored). */
  revokeByHash(tokenHash: string): boolean;
  get(token: string): InviteRecord | undefined;
  /** Ordered by issue time. */
  list(swarmId: string): InviteRecord[];
}

export function inviteTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const COLUMNS = `token_hash AS tokenHash, swarm_id AS swarmId, issued_by AS issuedBy, issued_at AS issuedAt,
  expires_at AS expiresAt, max_uses AS maxUses, uses, revoked_at AS revokedAt`;

export function createInviteRepository(context: RepositoryContext): InviteRepository {
  const { db } = context;
  const s = lazyStatements({
    insert: () =>
      db.prepare(`INSERT INTO invites (token_hash, swarm_id, issued_by, issued_at, expires_at, max_uses)
      VALUES (@tokenHash, @swarmId, @issuedBy, @issuedAt, @expiresAt, @maxUses)`),
    redeem: () =>
      db.prepare(`UPDATE invites SET uses = uses + 1
      WHERE token_hash = @tokenHash AND revoked_at IS NULL AND (max_uses IS NULL OR uses < max_uses)
        AND (expires_at IS NULL OR expires_at > @now)
      RETURNING uses, max_uses AS maxUses`),
    revoke: () => db.prepare('UPDATE invites SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL'),
    get: () => db.prepare(`SELECT ${COLUMNS} FROM invites WHERE token_hash = ?`),
    list: () => db.prepare(`SELECT ${COLUMNS} FROM invites WHERE swarm_id = ? ORDER BY issued_at, token_hash`),
  });
  const get = (token: string) => s.get.get(inviteTokenHash(token)) as InviteRecord | undefined;

  return {
    issue(invite) {
      const record: InviteRecord = {
        tokenHash: inviteTokenHash(requireText(invite.token, 'token')),
        swarmId: requireText(invite.swarmId, 'swarmId'),
        issuedBy: requireText(invite.issuedBy, 'issuedBy'),
        issuedAt: invite.issuedAt === undefined ? nowOf(context) : storageTimestamp(invite.issuedAt),
        expiresAt: canonicalOrNull(invite.expiresAt),
        maxUses: invite.maxUses == null ? null : requireInteger(invite.maxUses, 'maxUses', 1),
        uses: 0,
        revokedAt: null,
      };
      s.insert.run(record);
      return record;
    },
    redeem(token) {
      const now = nowOf(context);
      const spent = s.redeem.get({ tokenHash: inviteTokenHash(token), now }) as
        | { uses: number; maxUses: number | null }
        | undefined;
      if (spent)
        return {
          status: 'ok',
          uses: spent.uses,
          remaining: spent.maxUses === null ? null : spent.maxUses - spent.uses,
        };
      // Not spent: say why (reading after the failed UPDATE is only a diagnosis, the decision was atomic).
      const invite = get(token);
      if (!invite) return { status: 'unknown' };
      if (invite.revokedAt !== null) return { status: 'revoked' };
      if (invite.expiresAt !== null && invite.expiresAt <= now) return { status: 'expired' };
      return { status: 'exhausted' };
    },
    revoke: (token) => s.revoke.run(nowOf(context), inviteTokenHash(token)).changes === 1,
    revokeByHash: (tokenHash) => s.revoke.run(nowOf(context), tokenHash).changes === 1,
    get,
    list: (swarmId) => s.list.all(swarmId) as InviteRecord[],
  };
}
