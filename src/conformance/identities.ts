// The suite's own agents: fresh key pairs with recognisable ids, and the requests they send (signed messages,
// join requests, the member_left that ends a run). Nothing here talks to the network; the runner sends.
import { randomBytes } from 'node:crypto';
import type { JoinRequest, Message } from '../../generated/types.js';
import type { MessageDraft } from '../core/envelope.js';
import { signEnvelope } from '../core/envelope-signature.js';
import { parseInviteUrl } from '../core/invite-url.js';
import { encodePublicKey, generateSeed, keyPairFromSeed } from '../core/keys.js';
import { peerUrl, protocolHeaders, stripTrailingSlashes } from '../core/peer.js';
import { PROTOCOL_V01, PROTOCOL_V02, rulesOf } from '../core/protocol.js';
import { signMessage } from '../core/signature.js';
import { memberLeftContent, serializeSystemContent } from '../core/system-content.js';
import type { Identity, Outgoing } from './model.js';

/** The content prefix of every message the suite sends, so an operator can find (and purge) what it left. */
export const CONTENT_PREFIX = 'swarm-conformance:';

/** Where identities claim to live when the suite has no listener: a name that can never resolve. */
const NOWHERE = 'conformance.invalid';

/** A run tag (6 hex digits) shared by every identity of one run, so two runs never collide. */
export function runTag(): string {
  return randomBytes(3).toString('hex');
}

/** A fresh identity: `conformance-<tag>-<label>`, at `<base>/<agent_id>` or at an address that cannot resolve. */
export function createIdentity(tag: string, label: string, listenerBase?: string): Identity {
  const keyPair = keyPairFromSeed(generateSeed());
  const agentId = `conformance-${tag}-${label}`;
  const endpoint = listenerBase
    ? `${stripTrailingSlashes(listenerBase)}/${agentId}`
    : `https://${agentId}.${NOWHERE}/swarm`;
  return { agentId, keyPair, publicKey: encodePublicKey(keyPair.publicKey), endpoint };
}

export interface SigningOptions {
  now?: () => Date;
  /** `0.2`: a 0.2.0 envelope signed whole ([ESIG-001]); default a 0.1.0 one signed over its six fields. */
  protocol?: '0.1' | '0.2';
}

/** A message from `from`, signed, with the suite's content prefix; `draft` overrides any field before signing. */
export function signedMessage(
  from: Identity,
  swarmId: string,
  draft: Partial<MessageDraft> = {},
  options: SigningOptions = {},
): Message {
  const sign = options.protocol === '0.2' ? signEnvelope : signMessage;
  return sign(
    {
      sender: { agent_id: from.agentId, endpoint: from.endpoint },
      recipient: 'broadcast',
      swarm_id: swarmId,
      type: 'message',
      content: `${CONTENT_PREFIX} hello`,
      ...draft,
    },
    from.keyPair,
    options.now ? { now: options.now } : undefined,
  );
}

/**
 * POST <endpoint>/message with the protocol headers of `claimed` (default: the body's sender); a 0.2 envelope goes
 * with `X-Swarm-Protocol: 0.2.0`, as a 0.2 sender sends it, and anything else with 0.1.0.
 */
export function postMessage(endpoint: string, message: object, claimed?: string | null): Outgoing {
  const { sender, protocol_version: version } = message as {
    sender?: { agent_id?: unknown };
    protocol_version?: unknown;
  };
  const id = claimed === undefined ? (typeof sender?.agent_id === 'string' ? sender.agent_id : 'conformance') : claimed;
  const headerVersion = rulesOf(version) === '0.2' ? PROTOCOL_V02 : PROTOCOL_V01;
  return {
    method: 'POST',
    url: peerUrl(endpoint, 'message'),
    headers: id === null ? { 'Content-Type': 'application/json' } : protocolHeaders(id, headerVersion),
    body: JSON.stringify(message),
  };
}

/** The join request body for `joiner` with the invite URL's raw token (WIRE.md §5.1), sent as-is. */
export function joinBody(
  invite: string,
  joiner: Identity,
  overrides: Partial<JoinRequest['sender']> = {},
): JoinRequest {
  return {
    type: 'system',
    action: 'join_request',
    invite_token: parseInviteUrl(invite).jwt,
    sender: { agent_id: joiner.agentId, endpoint: joiner.endpoint, public_key: joiner.publicKey, ...overrides },
  };
}

/** POST <endpoint>/join with an arbitrary body (a check may break any part of it). */
export function postJoin(endpoint: string, body: object, agentId: string): Outgoing {
  return {
    method: 'POST',
    url: peerUrl(endpoint, 'join'),
    headers: protocolHeaders(agentId),
    body: JSON.stringify(body),
  };
}

/** The signed `member_left` with which an identity leaves the swarm, under the protocol it speaks there. */
export function leaveMessage(from: Identity, swarmId: string, protocol: SigningOptions['protocol'] = '0.1'): Message {
  return signedMessage(
    from,
    swarmId,
    { type: 'system', content: serializeSystemContent(memberLeftContent(from.agentId)) },
    { protocol },
  );
}
