// Joining a swarm with an invite URL (WIRE.md §5). The token is checked locally first (URL vs payload swarm_id,
// expiry) so that a stale invite sends nothing; the request goes to the endpoint named in the token; the swarm is
// saved only once the master has admitted us.
import type { JoinAccepted, Member } from '../../generated/types.js';
import { buildJoinRequest } from '../core/join-request.js';
import { decodePublicKey, encodePublicKey } from '../core/keys.js';
import type { Store } from '../state/store.js';
import type { SenderIdentity } from './compose.js';
import { type PeerRequestOptions, postJoin } from './peer-request.js';
import { type ClientResult, errorFromThrown, fail, ok } from './result.js';

export type JoinResult =
  | { status: 'accepted'; swarmId: string; name: string; masterId: string; members: Member[] }
  | { status: 'pending'; swarmId: string; message: string };

export interface JoinContext {
  store: Store;
  identity: SenderIdentity;
  request: PeerRequestOptions;
  now: () => number;
}

export async function joinSwarm(ctx: JoinContext, inviteUrl: string): Promise<ClientResult<JoinResult>> {
  const { identity } = ctx;
  let prepared: ReturnType<typeof buildJoinRequest>;
  try {
    prepared = buildJoinRequest(
      inviteUrl,
      { agentId: identity.agentId, endpoint: identity.endpoint, publicKey: identity.keyPair.publicKey },
      { now: new Date(ctx.now()) },
    );
  } catch (error) {
    return { error: errorFromThrown(error) };
  }
  const { claims } = prepared.invite;
  const answer = await postJoin(claims.endpoint, prepared.body, ctx.request);
  if (answer.error) return answer;
  if (answer.data.status === 202) {
    return ok({ status: 'pending', swarmId: answer.data.body.swarm_id, message: answer.data.body.message });
  }
  const accepted = answer.data.body;
  const problem = checkAccepted(accepted, claims.swarm_id, identity);
  if (problem) return fail('INVALID_RESPONSE', `Join answer from ${claims.endpoint}: ${problem}`);
  // The answer's `master` (ours) names the current master; a reference master sends none: the token's then.
  const masterId = accepted.master ?? claims.master;
  const swarmId = accepted.swarm_id.toLowerCase();
  try {
    await ctx.store.write(({ swarms, keys }) => {
      swarms.save({
        swarmId,
        name: accepted.swarm_name,
        masterId,
        role: masterId === identity.agentId ? 'master' : 'member',
        ...(accepted.settings
          ? {
              settings: {
                allowMemberInvite: accepted.settings.allow_member_invite,
                requireApproval: accepted.settings.require_approval,
              },
            }
          : {}),
        members: accepted.members.map((m) => ({ agentId: m.agent_id, endpoint: m.endpoint, publicKey: m.public_key })),
      });
      for (const m of accepted.members) {
        if (m.agent_id !== identity.agentId)
          keys.put({ agentId: m.agent_id, publicKey: m.public_key, endpoint: m.endpoint });
      }
    });
  } catch (error) {
    return { error: errorFromThrown(error) };
  }
  return ok({ status: 'accepted', swarmId, name: accepted.swarm_name, masterId, members: accepted.members });
}

/** What makes an admission unusable: another swarm, a list without us (with our key), a malformed key. */
function checkAccepted(accepted: JoinAccepted, swarmId: string, identity: SenderIdentity): string | undefined {
  if (accepted.swarm_id.toLowerCase() !== swarmId.toLowerCase()) {
    return `it names swarm ${accepted.swarm_id}, the token ${swarmId}`;
  }
  const ownKey = encodePublicKey(identity.keyPair.publicKey);
  if (!accepted.members.some((m) => m.agent_id === identity.agentId && m.public_key === ownKey)) {
    return `the member list does not hold ${identity.agentId} with our key`;
  }
  for (const member of accepted.members) {
    try {
      decodePublicKey(member.public_key);
    } catch {
      return `member ${member.agent_id} has a malformed public key`;
    }
  }
  return undefined;
}
