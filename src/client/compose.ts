// Composing outgoing messages: sign a draft as this agent and queue it in the durable outbox, one row per
// recipient. Every send goes through here (CLI, server-side announcements, the library), so a message
// an agent decided to send is on disk before anyone is told it was sent.
import type { Message, SystemContent } from '../../generated/types.js';
import type { MessageDraft } from '../core/envelope.js';
import type { KeyPair } from '../core/keys.js';
import { signMessage } from '../core/signature.js';
import { serializeSystemContent } from '../core/system-content.js';
import type { OutboxDelivery } from '../state/outbox.js';
import type { Repositories } from '../state/repositories.js';
import type { MemberRecord } from '../state/swarms.js';

export interface SenderIdentity {
  agentId: string;
  endpoint: string;
  keyPair: KeyPair;
}

export function composeMessage(
  identity: SenderIdentity,
  draft: Omit<MessageDraft, 'sender'>,
  now: () => number = Date.now,
): Message {
  return signMessage(
    { ...draft, sender: { agent_id: identity.agentId, endpoint: identity.endpoint } },
    identity.keyPair,
    {
      now: () => new Date(now()),
    },
  );
}

/** `newId`, when given, makes the message_id (tests and vectors pin it). */
export function composeSystemMessage(
  identity: SenderIdentity,
  swarmId: string,
  recipient: string,
  content: SystemContent,
  now?: () => number,
  newId?: () => string,
): Message {
  return composeMessage(
    identity,
    {
      recipient,
      swarm_id: swarmId,
      type: 'system',
      content: serializeSystemContent(content),
      ...(newId ? { message_id: newId() } : {}),
    },
    now,
  );
}

/**
 * Every member but the sender (and any excluded), as outbox deliveries. By default each row follows the
 * member's current endpoint; `fixEndpoints` pins today's, for messages sent just before the member or the
 * whole swarm is forgotten here (leave, kick, dissolve): a row without one would find no member to send to.
 */
export function deliveriesTo(
  members: readonly MemberRecord[],
  exclude: readonly string[],
  options: { fixEndpoints?: boolean } = {},
): OutboxDelivery[] {
  return members
    .filter((m) => !exclude.includes(m.agentId))
    .map((m) => ({ recipientId: m.agentId, endpoint: options.fixEndpoints ? m.endpoint : null }));
}

/** Queues the message for each delivery; returns how many rows were added. */
export function enqueueMessage(
  repositories: Repositories,
  message: Message,
  deliveries: readonly OutboxDelivery[],
): number {
  if (deliveries.length === 0) return 0;
  return repositories.outbox.enqueue({ envelope: message, deliveries });
}
