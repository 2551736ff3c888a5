// The join request a joining agent POSTs (WIRE.md §5.1): unsigned, the invite token is the credential. The
// URL comes from the token's endpoint claim, never from the invite URL's authority. The token is checked
// before anything is sent (an expired one is refused here); its signature only when the caller knows the
// master's key, which a first-time joiner usually does not.
import type { JoinRequest } from '../../generated/types.js';
import type { VerifiedInviteToken } from './invite-token.js';
import { verifyInviteUrl } from './invite-url.js';
import { decodePublicKey, encodePublicKey } from './keys.js';
import { peerUrl, protocolHeaders } from './peer.js';

export interface Joiner {
  agentId: string;
  endpoint: string;
  publicKey: Uint8Array | string;
}

export interface JoinRequestOptions {
  now: Date;
  masterPublicKey?: Uint8Array | string;
}

export interface PreparedJoinRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  body: JoinRequest;
  invite: VerifiedInviteToken;
}

/** Throws the InviteTokenError of the first failed check, or InvalidPublicKeyError for a bad joiner key. */
export function buildJoinRequest(inviteUrl: string, joiner: Joiner, options: JoinRequestOptions): PreparedJoinRequest {
  const invite = verifyInviteUrl(inviteUrl, { now: options.now, publicKey: options.masterPublicKey });
  // Re-encode so that only the canonical 44-character form leaves this agent.
  const publicKey = encodePublicKey(
    typeof joiner.publicKey === 'string' ? decodePublicKey(joiner.publicKey) : joiner.publicKey,
  );
  return {
    method: 'POST',
    url: peerUrl(invite.claims.endpoint, 'join'),
    headers: protocolHeaders(joiner.agentId),
    body: {
      type: 'system',
      action: 'join_request',
      invite_token: invite.jwt,
      sender: { agent_id: joiner.agentId, endpoint: joiner.endpoint, public_key: publicKey },
    },
    invite,
  };
}
