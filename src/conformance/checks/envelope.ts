// What a receiver must take in that a strict reading of the envelope would refuse: upper-case UUIDs
// ([ID-UUID-001]), optional keys sent as null and keys it does not know ([MSG-ENV-002]), a repeated message
// ([SRV-MSG-003], [MSG-ID-001]), and its two kinds of recipient. Each check has a member send one or two messages
// the agent must accept, from a member of its own so that no sender's rate limit fills up.
import type { Message } from '../../../generated/types.js';
import type { MessageDraft } from '../../core/envelope.js';
import { peerUrl } from '../../core/peer.js';
import { postMessage, signedMessage } from '../identities.js';
import { expectAccepted, expectRefused, summarize } from '../judge.js';
import { type Answer, type Check, type CheckContext, CheckSkipped, type Identity, type Section } from '../model.js';

/** The optional keys whose schema allows `null` (priority does not: an explicit null priority is invalid). */
const NULLABLE_KEYS = ['in_reply_to', 'thread_id', 'expires_at', 'attachments', 'references', 'metadata'] as const;

/**
 * A valid message from the `index`-th member (the checks spread their messages over the members), with `content`
 * after the suite's prefix and `draft` overriding any other field before signing.
 */
function memberMessage(ctx: CheckContext, index: number, content: string, draft: Partial<MessageDraft> = {}): Message {
  if (!ctx.swarm) throw new Error('the run joined no swarm, yet a member check ran');
  const from = ctx.members[index % ctx.members.length] as Identity;
  return signedMessage(
    from,
    ctx.swarm.swarmId,
    { content: `${ctx.contentPrefix} envelope: ${content}`, ...draft },
    { now: () => new Date(ctx.now()) },
  );
}

/** Sends what `build` makes (rebuilt after a 429) and returns the answer with the message last sent. */
async function deliver<T extends object>(ctx: CheckContext, build: () => T): Promise<{ answer: Answer; sent: T }> {
  let sent: T | undefined;
  const answer = await ctx.send(() => {
    sent = build();
    return postMessage(ctx.endpoint, sent);
  });
  return { answer, sent: sent as T };
}

/** The copy the wire carries: message_id and swarm_id in upper case, the signature made over their lower case. */
function upperCaseIds(message: Message): Message {
  return { ...message, message_id: message.message_id.toUpperCase(), swarm_id: message.swarm_id.toUpperCase() };
}

/** The agent's own agent_id, as its /info says. */
async function agentIdOf(ctx: CheckContext): Promise<string> {
  const info = await ctx.send(() => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'info') }));
  const agentId = (info.body as { agent_id?: unknown } | undefined)?.agent_id;
  if (info.status !== 200 || typeof agentId !== 'string') {
    throw new CheckSkipped(`GET /info does not name the agent (${summarize(info)})`);
  }
  return agentId;
}

const checks: Check[] = [
  {
    id: 'envelope.uuid.upper-case',
    requirement: 'ID-UUID-001',
    category: 'correctness',
    expected:
      'a message whose message_id and swarm_id arrive in upper case, signed over their lower-case form, is accepted',
    needs: { members: 1 },
    async run(ctx) {
      const { answer } = await deliver(ctx, () => upperCaseIds(memberMessage(ctx, 0, 'upper-case UUIDs')));
      expectAccepted(answer, 'correctness');
    },
  },
  {
    id: 'envelope.optional.null',
    requirement: 'MSG-ENV-002',
    category: 'correctness',
    expected: `a message whose optional keys ${NULLABLE_KEYS.join(', ')} are all null is accepted`,
    needs: { members: 1 },
    async run(ctx) {
      const nulls = Object.fromEntries(NULLABLE_KEYS.map((key) => [key, null]));
      const { answer } = await deliver(ctx, () => ({
        ...memberMessage(ctx, 1, 'optional keys sent as null'),
        ...nulls,
      }));
      expectAccepted(answer, 'correctness');
    },
  },
  {
    id: 'envelope.unknown-key',
    requirement: 'MSG-ENV-002',
    category: 'correctness',
    expected: 'a message with a top-level key the protocol does not define is accepted (the key ignored)',
    needs: { members: 1 },
    async run(ctx) {
      const { answer } = await deliver(ctx, () => ({
        ...memberMessage(ctx, 2, 'an unknown top-level key'),
        x_conformance_unknown: { note: 'a key no version of the protocol defines', list: [1, 2] },
      }));
      expectAccepted(answer, 'correctness');
    },
  },
  {
    id: 'envelope.duplicate.identical',
    requirement: 'SRV-MSG-003',
    also: ['MSG-ID-001'],
    category: 'correctness',
    expected: 'the same message sent twice is answered 200 both times',
    needs: { members: 1 },
    async run(ctx) {
      const first = await deliver(ctx, () => memberMessage(ctx, 0, 'sent twice'));
      expectAccepted(first.answer, 'correctness');
      const second = await ctx.send(() => postMessage(ctx.endpoint, first.sent));
      expectAccepted(second, 'correctness');
      ctx.note('both copies were answered 200; whether the agent kept one copy only cannot be seen from outside');
    },
  },
  {
    id: 'envelope.duplicate.upper-case-identical',
    requirement: 'ID-UUID-001',
    also: ['SRV-MSG-003', 'MSG-ID-001'],
    category: 'correctness',
    expected:
      'a copy of an accepted message with its message_id and swarm_id in upper case (the same ids) is answered 200',
    needs: { members: 1 },
    async run(ctx) {
      const first = await deliver(ctx, () => memberMessage(ctx, 2, 'sent again with its ids in upper case'));
      expectAccepted(first.answer, 'correctness');
      // The same signature: it was made over the lower-case ids, which are the ids of both copies.
      expectAccepted(await ctx.send(() => postMessage(ctx.endpoint, upperCaseIds(first.sent))), 'correctness');
    },
  },
  {
    id: 'envelope.duplicate.conflict',
    requirement: 'MSG-ID-001',
    also: ['SRV-MSG-003'],
    category: 'security',
    expected:
      'a message re-using an accepted message_id with other content (signed anew) is refused 409 MESSAGE_ID_CONFLICT',
    needs: { members: 1 },
    async run(ctx) {
      const first = await deliver(ctx, () => memberMessage(ctx, 1, 'the first with this id'));
      expectAccepted(first.answer, 'correctness');
      const { answer } = await deliver(ctx, () =>
        memberMessage(ctx, 1, 'other content under the same id', { message_id: first.sent.message_id }),
      );
      expectRefused(answer, 'MESSAGE_ID_CONFLICT', 'security');
    },
  },
  {
    id: 'envelope.duplicate.conflict-upper-case',
    requirement: 'ID-UUID-001',
    also: ['MSG-ID-001', 'SRV-MSG-003'],
    category: 'security',
    expected:
      'a message re-using an accepted message_id in upper case with other content is refused 409 MESSAGE_ID_CONFLICT',
    needs: { members: 1 },
    async run(ctx) {
      const first = await deliver(ctx, () => memberMessage(ctx, 2, 'the first with this id, in lower case'));
      expectAccepted(first.answer, 'correctness');
      const { answer } = await deliver(ctx, () =>
        upperCaseIds(memberMessage(ctx, 2, 'other content under the same id', { message_id: first.sent.message_id })),
      );
      expectRefused(answer, 'MESSAGE_ID_CONFLICT', 'security');
    },
  },
  {
    id: 'envelope.recipient.self',
    requirement: 'MSG-RCPT-001',
    category: 'correctness',
    expected: "a message addressed to the agent's own agent_id (as GET /info names it) is accepted",
    needs: { members: 1 },
    async run(ctx) {
      const self = await agentIdOf(ctx);
      const { answer } = await deliver(ctx, () =>
        memberMessage(ctx, 0, 'addressed to the agent by name', { recipient: self }),
      );
      expectAccepted(answer, 'correctness');
    },
  },
  {
    id: 'envelope.recipient.broadcast',
    requirement: 'MSG-RCPT-001',
    category: 'correctness',
    expected: 'a message addressed to broadcast is accepted',
    needs: { members: 1 },
    async run(ctx) {
      const { answer } = await deliver(ctx, () =>
        memberMessage(ctx, 1, 'addressed to broadcast', { recipient: 'broadcast' }),
      );
      expectAccepted(answer, 'correctness');
    },
  },
];

export const envelopeSection: Section = {
  id: 'envelope',
  title: 'The envelope: identifiers, optional keys, duplicates, recipients',
  checks,
};
