// POST /join on the admitting agent: token checks of WIRE.md §4 each with its own code, atomic use
// counting, approval, identity protection, and the master-signed member_joined for everyone else.
import type { JoinAccepted, JoinPending, JoinRequest } from '../../generated/types.js';
import { validateJoinRequest } from '../../generated/validators/JoinRequest.js';
import { composeSystemMessage, deliveriesTo, enqueueMessage, type SenderIdentity } from '../client/compose.js';
import { ProtocolError } from '../core/errors.js';
import { decodeInviteToken, inviteTokenKey, verifyInviteToken } from '../core/invite-token.js';
import { decodePublicKey } from '../core/keys.js';
import { memberJoinedContent } from '../core/system-content.js';
import { formatTimestamp } from '../core/timestamp.js';
import type { Repositories } from '../state/repositories.js';
import type { MemberRecord, SwarmRecord } from '../state/swarms.js';
import { ApiError, schemaError } from './api-error.js';
import type { ServerContext } from './context.js';

export type JoinAnswer = { status: 200; body: JoinAccepted } | { status: 202; body: JoinPending };

function fromProtocolError(error: unknown): never {
  if (error instanceof ProtocolError) throw new ApiError(error.code, error.message, null, { cause: error });
  throw error;
}

export function acceptedBody(swarm: SwarmRecord): JoinAccepted {
  return {
    status: 'accepted',
    swarm_id: swarm.swarmId,
    swarm_name: swarm.name,
    members: swarm.members.map((m) => ({ agent_id: m.agentId, endpoint: m.endpoint, public_key: m.publicKey })),
    master: swarm.masterId,
    settings: {
      allow_member_invite: swarm.settings.allowMemberInvite,
      require_approval: swarm.settings.requireApproval,
    },
  };
}

/** Which key must have signed the token, and whether this agent may admit with it. */
function issuerKey(ctx: ServerContext, swarm: SwarmRecord, kid: string | undefined): string {
  const self = ctx.identity.agentId;
  const issuer = kid ?? swarm.masterId;
  if (issuer !== swarm.masterId && !swarm.settings.allowMemberInvite) {
    throw new ApiError('INVITES_DISABLED', `Swarm ${swarm.swarmId} does not allow member invites`);
  }
  // The master admits with any valid token; a member admits only with the tokens it issued itself.
  if (self !== swarm.masterId && issuer !== self) {
    throw new ApiError('NOT_MASTER', `${self} is not the master of swarm ${swarm.swarmId}`);
  }
  const member = swarm.members.find((m) => m.agentId === issuer);
  if (!member) throw new ApiError('INVITES_DISABLED', `The token's issuer ${issuer} is not a member`);
  return member.publicKey;
}

export async function acceptJoin(ctx: ServerContext, body: unknown): Promise<JoinAnswer> {
  if (!validateJoinRequest(body)) throw schemaError(validateJoinRequest.errors, 'Invalid join request');
  const request = body as JoinRequest;
  const jwt = request.invite_token;
  let kid: string | undefined;
  let swarmId: string;
  try {
    const decoded = decodeInviteToken(jwt);
    kid = decoded.header.kid;
    if (typeof decoded.payload.swarm_id !== 'string' || decoded.payload.swarm_id === '') {
      throw new ApiError('INVALID_TOKEN', 'JWT payload missing swarm_id claim');
    }
    swarmId = decoded.payload.swarm_id.toLowerCase();
  } catch (error) {
    fromProtocolError(error);
  }
  const swarm = ctx.store.swarms.get(swarmId);
  if (!swarm) throw new ApiError('SWARM_NOT_FOUND', `Swarm '${swarmId}' not found`);
  const publicKey = issuerKey(ctx, swarm, kid);
  try {
    verifyInviteToken(jwt, { now: new Date(ctx.now()), publicKey, endpoint: ctx.identity.endpoint });
  } catch (error) {
    fromProtocolError(error);
  }
  try {
    decodePublicKey(request.sender.public_key);
  } catch (error) {
    fromProtocolError(error);
  }
  const joiner = request.sender;
  const existing = swarm.members.find((m) => m.agentId === joiner.agent_id);
  if (existing) {
    if (existing.publicKey !== joiner.public_key) {
      throw new ApiError('AGENT_ID_TAKEN', `${joiner.agent_id} is already a member with another key`);
    }
    return { status: 200, body: acceptedBody(swarm) }; // [SRV-JOIN-003] idempotent re-join, no side effects
  }
  const tokenHash = inviteTokenKey(jwt);
  const outcome = await ctx.store.write((repositories) => admit(ctx, repositories, swarmId, request, tokenHash));
  if (outcome.queued) ctx.hooks.outboxQueued?.();
  return outcome.answer;
}

function admit(
  ctx: ServerContext,
  repositories: Repositories,
  swarmId: string,
  request: JoinRequest,
  tokenHash: string,
): { answer: JoinAnswer; queued: boolean } {
  const { swarms, pendingJoins } = repositories;
  const joiner = request.sender;
  const swarm = swarms.get(swarmId);
  if (!swarm) throw new ApiError('SWARM_NOT_FOUND', `Swarm '${swarmId}' not found`);
  // Re-checked inside the transaction: two concurrent first joins of one agent admit it once.
  const raced = swarm.members.find((m) => m.agentId === joiner.agent_id);
  if (raced) {
    if (raced.publicKey !== joiner.public_key) throw new ApiError('AGENT_ID_TAKEN', `${joiner.agent_id} is taken`);
    return { answer: { status: 200, body: acceptedBody(swarm) }, queued: false };
  }
  // [SRV-JOIN-006] Before the token is redeemed again: the answer to that invite was no.
  if (pendingJoins.isDenied(swarmId, joiner.agent_id, tokenHash)) {
    throw new ApiError('JOIN_DENIED', `The master denied the request of ${joiner.agent_id} to join swarm ${swarmId}`);
  }
  if (swarm.settings.requireApproval) {
    const pending = pendingJoins.get(swarmId, joiner.agent_id);
    if (!pending) redeem(repositories, request.invite_token);
    pendingJoins.request({
      swarmId,
      agentId: joiner.agent_id,
      endpoint: joiner.endpoint,
      publicKey: joiner.public_key,
      tokenHash,
      expiresAt: formatTimestamp(new Date(ctx.now() + ctx.options.pendingJoinTtlMs)),
    });
    const message = `Swarm '${swarmId}' requires master approval`;
    return { answer: { status: 202, body: { status: 'pending', swarm_id: swarmId, message } }, queued: false };
  }
  redeem(repositories, request.invite_token);
  const joinedAt = formatTimestamp(new Date(ctx.now()));
  swarms.addMember(swarmId, {
    agentId: joiner.agent_id,
    endpoint: joiner.endpoint,
    publicKey: joiner.public_key,
    joinedAt,
  });
  const queued = announceMember(ctx.identity, ctx.now, repositories, swarm, {
    agentId: joiner.agent_id,
    endpoint: joiner.endpoint,
    publicKey: joiner.public_key,
    joinedAt,
  });
  return { answer: { status: 200, body: acceptedBody(swarms.get(swarmId) as SwarmRecord) }, queued };
}

/** Spends one use of the token; a token we never recorded is unlimited (issued elsewhere with our key). */
function redeem(repositories: Repositories, jwt: string): void {
  const result = repositories.invites.redeem(jwt);
  if (result.status === 'exhausted') throw new ApiError('TOKEN_EXHAUSTED', 'The invite token has been used up');
  if (result.status === 'revoked') throw new ApiError('TOKEN_REVOKED', 'The invite token was revoked');
  if (result.status === 'expired') throw new ApiError('TOKEN_EXPIRED', 'The invite token has expired');
}

/**
 * After a member is added: a local note, and a master-signed member_joined (carrying the new key) queued
 * for every member except ourselves and the newcomer. Returns whether anything was queued.
 */
export function announceMember(
  self: SenderIdentity,
  now: () => number,
  repositories: Repositories,
  swarm: SwarmRecord,
  member: MemberRecord,
): boolean {
  const content = memberJoinedContent({
    swarm_id: swarm.swarmId,
    agent_id: member.agentId,
    endpoint: member.endpoint,
    joined_at: member.joinedAt,
    public_key: member.publicKey,
  });
  repositories.inbox.addNote({
    swarmId: swarm.swarmId,
    senderId: member.agentId,
    messageType: 'system',
    body: JSON.stringify({ ...content, initiated_by: null, reason: null }),
  });
  const message = composeSystemMessage(self, swarm.swarmId, 'broadcast', content, now);
  const deliveries = deliveriesTo(swarm.members, [self.agentId, member.agentId]);
  return enqueueMessage(repositories, message, deliveries) > 0;
}
