// POST /message: the receiving pipeline. Each check answers with its own catalog code and stores nothing;
// the order is the spec's ([SRV-MSG-001]). Only a message that passes everything is stored, durably,
// before the answer; system effects are applied in the same transaction.
import type { IncomingHttpHeaders } from 'node:http';
import type { Message, MessageQueued, SystemContent } from '../../generated/types.js';
import { validateMessage } from '../../generated/validators/Message.js';
import { verifyEnvelope } from '../core/envelope-signature.js';
import { firstDuplicateName } from '../core/json-duplicates.js';
import { decodePublicKey } from '../core/keys.js';
import { stripTrailingSlashes } from '../core/peer.js';
import { advertisedVersions, PROTOCOL_V01, type ProtocolRules, rulesOf } from '../core/protocol.js';
import { openSealed } from '../core/sealed.js';
import { verifyMessage } from '../core/signature.js';
import { timestampToDate } from '../core/timestamp.js';
import { type SenderRecord, sameSender } from '../state/senders.js';
import { ApiError, schemaError } from './api-error.js';
import type { ServerContext } from './context.js';
import type { LimitDecision } from './rate-limit.js';
import { applySystemContent, authorizeSystemMessage, type SystemEffect } from './system-rules.js';

export const SUPPORTED_MAJOR = '0';

export interface AcceptedMessage {
  body: MessageQueued;
  /** The tighter of the sender and swarm limits, for the X-RateLimit-* headers. */
  limit?: LimitDecision;
  /** Work to run after the answer: wake the agent, fetch a new member's key. */
  after?: () => void;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function checkProtocolVersion(version: string, source: string, supported: string[] = [PROTOCOL_V01]): void {
  if (version.split('.')[0] !== SUPPORTED_MAJOR) {
    throw new ApiError('UNSUPPORTED_PROTOCOL_VERSION', `${source} ${version} is not supported`, { supported });
  }
}

function rateLimited(decision: LimitDecision, scope: string): ApiError {
  return new ApiError('RATE_LIMITED', `Rate limit exceeded (${scope})`, {
    retry_after: decision.resetSeconds,
    limit: decision.limit,
    scope,
  });
}

export async function acceptMessage(
  ctx: ServerContext,
  body: unknown,
  headers: IncomingHttpHeaders,
  /** The text `body` was parsed from, when the caller has it: a 0.2 envelope's names are checked in it. */
  bodyText?: string,
): Promise<AcceptedMessage> {
  if (!validateMessage(body)) throw schemaError(validateMessage.errors, 'Invalid message');
  const message = body as Message;
  const supported = advertisedVersions(ctx.options.protocol.v02);
  checkProtocolVersion(message.protocol_version, 'protocol_version', supported);
  const rules = rulesOf(message.protocol_version);
  if (rules === '0.2' && !ctx.options.protocol.v02) {
    throw new ApiError(
      'UNSUPPORTED_PROTOCOL_VERSION',
      `protocol_version ${message.protocol_version} is not spoken here`,
      {
        supported: [PROTOCOL_V01],
      },
    );
  }
  if (rules === '0.2' && bodyText !== undefined) {
    // [ESIG-003]: parsers disagree on which of two values of one name wins; a signature covers one reading only.
    const repeated = firstDuplicateName(bodyText);
    if (repeated !== undefined) {
      throw new ApiError('INVALID_JSON', `A 0.2 envelope may not repeat a name within an object (${repeated})`, {
        reason: 'duplicate name',
        pointer: repeated,
      });
    }
  }
  const protocolHeader = header(headers, 'x-swarm-protocol');
  if (protocolHeader !== undefined) checkProtocolVersion(protocolHeader, 'X-Swarm-Protocol', supported);
  const claimed = header(headers, 'x-agent-id');
  if (claimed !== undefined && claimed !== message.sender.agent_id) {
    throw new ApiError('AGENT_ID_MISMATCH', `X-Agent-ID ${claimed} is not the sender ${message.sender.agent_id}`);
  }
  const self = ctx.identity.agentId;
  if (message.recipient !== self && message.recipient !== 'broadcast') {
    throw new ApiError('WRONG_RECIPIENT', `This agent is ${self}, not ${message.recipient}`);
  }
  const swarmId = message.swarm_id.toLowerCase();
  const agentId = message.sender.agent_id;
  const senders = ctx.store.senders;
  let member = senders.cached(swarmId, agentId);
  const swarmKnown = () => ctx.store.swarms.exists(swarmId);
  let refusal = judgeSender(message, rules, swarmId, member, swarmKnown);
  if (refusal || member?.muted) {
    // A refusal or a drop is decided on what the database holds now, never on a record kept in memory.
    const fresh = senders.get(swarmId, agentId);
    if (!sameSender(fresh, member)) {
      member = fresh;
      refusal = judgeSender(message, rules, swarmId, member, swarmKnown);
    }
  }
  if (refusal) throw refusal;
  const admitted = member as SenderRecord; // judgeSender refuses a sender that is not found
  // NEG-DOWN-001: after the signature, so that only the member itself learns what we know of it.
  const protocol = ctx.options.protocol;
  const known = protocol.v02 ? ctx.store.peerProtocols.get(agentId, admitted.publicKey) : undefined;
  if (rules === '0.1' && protocol.refuseDowngrade && known?.speaksV02) {
    throw new ApiError(
      'PROTOCOL_DOWNGRADE',
      `${agentId} is known to speak protocol 0.2 here; a 0.1 message from it is refused`,
      { learnt: known.source, since: known.learntAt },
    );
  }
  const now = ctx.now();
  const sentAt = timestampToDate(message.timestamp)?.getTime();
  const window = ctx.options.replayWindowMs;
  if (sentAt === undefined || Math.abs(now - sentAt) > window) {
    throw new ApiError('TIMESTAMP_OUT_OF_WINDOW', `Timestamp ${message.timestamp} is outside the replay window`, {
      window_seconds: Math.round(window / 1000),
    });
  }
  if (message.expires_at) {
    const expiresAt = timestampToDate(message.expires_at)?.getTime();
    if (expiresAt !== undefined && expiresAt <= now) {
      throw new ApiError('MESSAGE_EXPIRED', `The message expired at ${message.expires_at}`);
    }
  }
  const text = sealedBody(ctx, message, rules, swarmId);
  // Counted only once the sender is authenticated, so nobody can spend another agent's quota.
  let limit: LimitDecision | undefined;
  if (ctx.limits.enabled) {
    const bySender = ctx.limits.sender.take(`${swarmId}\u0000${message.sender.agent_id}`);
    if (!bySender.allowed) throw rateLimited(bySender, 'sender');
    const bySwarm = ctx.limits.swarm.take(swarmId);
    if (!bySwarm.allowed) throw rateLimited(bySwarm, 'swarm');
    limit = bySender.remaining <= bySwarm.remaining ? bySender : bySwarm;
  }
  const queued: MessageQueued = { status: 'queued', message_id: message.message_id };
  if (admitted.muted) return { body: queued, limit }; // [SRV-MSG-002] acknowledged and dropped
  // The first verified 0.2 message of a member is learnt with it, in the same transaction (NEG-002).
  const learn = rules === '0.2' && !known?.speaksV02;
  const outcome = await ctx.store.write(
    (repositories) => {
      // The membership this transaction sees has the last word: a sender kicked, muted or re-keyed since the look-up
      // above is judged again here, before anything is stored.
      const standing = senders.current(swarmId, agentId, admitted);
      if (standing !== admitted) {
        const refused = judgeSender(message, rules, swarmId, standing, () => repositories.swarms.exists(swarmId));
        if (refused) throw refused;
        if (standing?.muted) return { dropped: true as const };
      }
      const result = repositories.inbox.receive(message, text === message.content ? undefined : { body: text });
      if (learn) repositories.peerProtocols.recordV02(agentId, admitted.publicKey, 'message');
      let effect: SystemEffect = { kind: 'none' };
      if (result.status === 'stored' && message.type === 'system') {
        // Judged on the membership inside this transaction; a refusal throws and rolls the row back. A
        // duplicate is not judged again: its first copy already was.
        const current = repositories.swarms.get(swarmId);
        if (!current) throw new ApiError('SWARM_NOT_FOUND', `Swarm ${swarmId} is not known here`);
        const content: SystemContent | null = authorizeSystemMessage(current, message, self);
        if (content) effect = applySystemContent(repositories, swarmId, message, content, self);
      }
      return { result, effect };
    },
    // A plain message is one INSERT, and every refusal above comes before it: it needs no savepoint.
    { oneChange: message.type !== 'system' && !learn },
  );
  if ('dropped' in outcome) return { body: queued, limit };
  if (outcome.result.status === 'conflict') {
    throw new ApiError('MESSAGE_ID_CONFLICT', `Another message with id ${message.message_id} was already accepted`);
  }
  if (outcome.result.status === 'duplicate') return { body: queued, limit };
  const { effect } = outcome;
  // No task is queued behind the answer when there is nothing to do (no wake hook, no key to fetch).
  if (rules === '0.1' && protocol.v02 && !known) lookUpInBackground(ctx, admitted, agentId);
  if (effect.kind !== 'fetchKey' && !ctx.hooks.received) return { body: queued, limit };
  return { body: queued, limit, after: () => afterStored(ctx, message, swarmId, effect, text) };
}

/** Each record's key, decoded once: records stay in memory across messages. A malformed key stays text, so
 * that verifyMessage says what is wrong with it. */
const decodedKeys = new WeakMap<SenderRecord, Uint8Array | string>();

function keyOf(member: SenderRecord): Uint8Array | string {
  let key = decodedKeys.get(member);
  if (key === undefined) {
    try {
      key = decodePublicKey(member.publicKey);
    } catch {
      key = member.publicKey;
    }
    decodedKeys.set(member, key);
  }
  return key;
}

/**
 * The sender checks in the spec's order: swarm known (404), a member (403), at its registered endpoint (403), with a
 * signature that verifies under its key (401). Returns the refusal, or undefined when the sender passes.
 */
function judgeSender(
  message: Message,
  rules: ProtocolRules,
  swarmId: string,
  member: SenderRecord | undefined,
  swarmExists: () => boolean,
): ApiError | undefined {
  if (!member) {
    // The swarm itself is only looked at when the sender is not found.
    if (!swarmExists()) return new ApiError('SWARM_NOT_FOUND', `Swarm ${swarmId} is not known here`);
    return new ApiError('NOT_MEMBER', `${message.sender.agent_id} is not a member of swarm ${swarmId}`);
  }
  if (stripTrailingSlashes(member.endpoint) !== stripTrailingSlashes(message.sender.endpoint)) {
    return new ApiError('ENDPOINT_MISMATCH', `${message.sender.endpoint} is not the registered endpoint of the sender`);
  }
  const verdict = rules === '0.2' ? verifyEnvelope(message, keyOf(member)) : verifyMessage(message, keyOf(member));
  if (!verdict.valid) return new ApiError('INVALID_SIGNATURE', `Signature does not verify: ${verdict.reason}`);
  return undefined;
}

function afterStored(
  ctx: ServerContext,
  message: Message,
  swarmId: string,
  effect: SystemEffect,
  content: string,
): void {
  const { hooks, logger } = ctx;
  if (effect.kind === 'fetchKey') void fetchMemberKey(ctx, swarmId, effect);
  if (!hooks.received) return;
  Promise.resolve()
    .then(() =>
      hooks.received?.({
        messageId: message.message_id,
        swarmId,
        senderId: message.sender.agent_id,
        recipient: message.recipient,
        type: message.type,
        priority: message.priority ?? 'normal',
        content,
      }),
    )
    .catch((error: unknown) => logger.log('warn', 'wake.failed', { error: String(error) }));
}

/** A reference master announces members without their key: fetch it from the member's /info. */
async function fetchMemberKey(
  ctx: ServerContext,
  swarmId: string,
  effect: Extract<SystemEffect, { kind: 'fetchKey' }>,
): Promise<void> {
  const { hooks, logger, store } = ctx;
  if (!hooks.fetchInfo) return;
  try {
    const info = await hooks.fetchInfo(effect.endpoint);
    if (info.agent_id !== effect.agentId) throw new Error(`/info names ${info.agent_id}, not ${effect.agentId}`);
    await store.write(({ swarms, keys }) => {
      if (!swarms.exists(swarmId)) return;
      const added = swarms.addMember(swarmId, {
        agentId: effect.agentId,
        endpoint: effect.endpoint,
        publicKey: info.public_key,
        joinedAt: effect.joinedAt,
      });
      // Announced twice, or joined meanwhile: the member's key on record stands, and so does the cache.
      if (added === 'added')
        keys.put({ agentId: effect.agentId, publicKey: info.public_key, endpoint: effect.endpoint });
    });
  } catch (error) {
    logger.log('warn', 'member_joined.key_fetch_failed', { agent_id: effect.agentId, error: String(error) });
  }
}

function sealedRefusal(reason: string): ApiError {
  return new ApiError('SEALED_CONTENT_INVALID', `Sealed content refused: ${reason}`, { reason });
}

/**
 * The body to store (SEAL-002, SEAL-003, SEAL-004): the content, or for a sealed message the plaintext when this
 * agent is a reader and the empty string when it is not. Checked after the signature and the clocks, so that
 * nobody makes us run a decryption for a message we would refuse anyway.
 */
function sealedBody(ctx: ServerContext, message: Message, rules: ProtocolRules, swarmId: string): string {
  if (message.sealed === undefined || message.sealed === null) return message.content;
  if (rules !== '0.2') throw sealedRefusal('sealed content needs a 0.2 envelope');
  if (message.type === 'system') throw sealedRefusal('a system message is never sealed');
  if (message.content !== '') throw sealedRefusal('the content of a sealed message is the empty string');
  const opened = openSealed({
    sealed: message.sealed,
    messageId: message.message_id,
    swarmId,
    senderId: message.sender.agent_id,
    agentId: ctx.identity.agentId,
    keyPair: ctx.identity.keyPair,
  });
  if (opened.status === 'invalid') throw sealedRefusal(opened.reason);
  return opened.status === 'opened' ? opened.content : '';
}

/** Looks up which versions a member that sent 0.1.0 speaks, once per member at a time, after the answer. */
function lookUpInBackground(ctx: ServerContext, member: SenderRecord, agentId: string): void {
  const negotiator = ctx.hooks.negotiator;
  if (!negotiator) return;
  const peer = { agentId, endpoint: member.endpoint, publicKey: member.publicKey };
  if (!negotiator.stale(peer)) return;
  negotiator
    .look(peer)
    .catch((error: unknown) =>
      ctx.logger.log('warn', 'protocol.look_up_failed', { agent_id: agentId, error: String(error) }),
    );
}
