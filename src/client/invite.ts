// Issuing an invite, as `swarm invite` and the MCP `invite` tool both do: claims naming this agent's endpoint, an
// EdDSA token signed with its key (naming itself in `kid` when a member issues it), and the record that lets its
// uses be counted and the invite revoked (only the token's SHA-256 is kept).
import type { InviteTokenClaims } from '../../generated/types.js';
import { createInviteToken } from '../core/invite-token.js';
import { createInviteUrl } from '../core/invite-url.js';
import type { KeyPair } from '../core/keys.js';
import { inviteTokenHash } from '../state/invites.js';
import type { Store } from '../state/store.js';

export interface InviteIssuer {
  agentId: string;
  endpoint: string;
  keyPair: KeyPair;
}

export interface InviteLimits {
  /** Hours until it expires; absent: never. */
  expiresHours?: number;
  /** Joins it admits; absent: unlimited. */
  maxUses?: number;
}

export interface IssuedInvite {
  url: string;
  swarmId: string;
  tokenHash: string;
  expiresAt: string | null;
  maxUses: number | null;
}

/**
 * Signs and records an invite to `swarm`. The caller has checked that the issuer may invite (its master, or a member
 * where the swarm allows member invites).
 */
export async function issueInvite(
  store: Store,
  issuer: InviteIssuer,
  swarm: { swarmId: string; masterId: string },
  limits: InviteLimits,
  now = Date.now(),
): Promise<IssuedInvite> {
  const expiresAt =
    limits.expiresHours === undefined ? undefined : new Date(now + limits.expiresHours * 3_600_000).toISOString();
  const claims: InviteTokenClaims = {
    swarm_id: swarm.swarmId,
    master: swarm.masterId,
    endpoint: issuer.endpoint,
    iat: Math.floor(now / 1000),
    ...(expiresAt === undefined ? {} : { expires_at: expiresAt }),
    ...(limits.maxUses === undefined ? {} : { max_uses: limits.maxUses }),
  };
  const byMember = swarm.masterId !== issuer.agentId;
  const jwt = createInviteToken(claims, issuer.keyPair, byMember ? { kid: issuer.agentId } : {});
  await store.write(({ invites }) =>
    invites.issue({
      token: jwt,
      swarmId: swarm.swarmId,
      issuedBy: issuer.agentId,
      issuedAt: new Date(now).toISOString(),
      expiresAt: expiresAt ?? null,
      maxUses: limits.maxUses ?? null,
    }),
  );
  return {
    url: createInviteUrl(claims, jwt),
    swarmId: swarm.swarmId,
    tokenHash: inviteTokenHash(jwt),
    expiresAt: expiresAt ?? null,
    maxUses: limits.maxUses ?? null,
  };
}
