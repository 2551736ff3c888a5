// Sealed content, protocol 0.2 ([SEAL-002], [SEAL-003]): a sealed message the agent is a reader of is opened and
// accepted, one it is not a reader of is accepted as it came, and one that breaks a sealed rule is refused
// SEALED_CONTENT_INVALID. Each refused message is signed validly by its sender, so that only the sealed rule can
// refuse it. Like the other 0.2 checks they come from the run's 0.2 identity and need an agent that lists 0.2.0.
import { randomUUID } from 'node:crypto';
import type { AgentInfo, Message, SealedContent } from '../../../generated/types.js';
import { decodeBase64Strict, encodeBase64 } from '../../core/base64.js';
import { sealContent } from '../../core/sealed.js';
import { expectAccepted, expectRefused } from '../judge.js';
import type { Check, CheckContext, Identity, Section } from '../model.js';
import { messageOf, sealedFor, sendAs, speaking02 } from './protocol-02.js';
import { memberAt } from './signature.js';

/** A sealed 0.2 message of `from` under `messageId`: content empty, `sealed` as given, marked as the suite's. */
function sealedMessage(
  ctx: CheckContext,
  from: Identity,
  messageId: string,
  sealed: SealedContent,
  draft: Partial<Message> = {},
  protocol: '0.1' | '0.2' = '0.2',
): Message {
  return messageOf(
    ctx,
    from,
    'sealed',
    // The content is sealed: the metadata carries the suite's mark, for an operator looking for what it left.
    { message_id: messageId, content: '', sealed, metadata: { note: `${ctx.contentPrefix} sealed` }, ...draft },
    { protocol },
  );
}

/** The agent's wrapped key with one byte of its box changed: still 80 bytes of valid base64. */
function tamperedKey(sealed: SealedContent, self: string): SealedContent {
  return {
    ...sealed,
    keys: sealed.keys.map((entry) => {
      if (entry.agent_id !== self) return entry;
      const bytes = decodeBase64Strict(entry.wrapped) as Uint8Array;
      bytes[48] = (bytes[48] as number) ^ 0x01;
      return { ...entry, wrapped: encodeBase64(bytes) };
    }),
  };
}

const reader: Check = {
  id: 'sealed.reader',
  requirement: 'SEAL-002',
  category: 'correctness',
  expected: 'a sealed 0.2 message the agent is a reader of, that opens with its key, is accepted 200 queued',
  needs: { members: 1, v02Member: true },
  async run(ctx) {
    const self = await speaking02(ctx);
    const from = ctx.v02Member();
    const id = randomUUID();
    const answer = await sendAs(ctx, sealedMessage(ctx, from, id, sealedFor(ctx, from, self, id, 'for the agent')));
    expectAccepted(answer, 'correctness');
  },
};

const notReader: Check = {
  id: 'sealed.not-reader',
  requirement: 'SEAL-003',
  category: 'correctness',
  expected:
    'a sealed 0.2 broadcast whose readers do not include the agent is accepted 200 queued and not judged by a key it does not hold (the suite sees the answer only: whether the ciphertext is stored as received is up to the agent\u2019s store, [SEAL-004])',
  needs: { members: 1, v02Member: true },
  async run(ctx) {
    await speaking02(ctx);
    const from = ctx.v02Member();
    const other = memberAt(ctx, 0);
    const id = randomUUID();
    const sealed = sealContent({
      content: `${ctx.contentPrefix} for other readers`,
      messageId: id,
      swarmId: ctx.swarm?.swarmId ?? '',
      senderId: from.agentId,
      readers: [
        { agentId: from.agentId, publicKey: from.publicKey },
        { agentId: other.agentId, publicKey: other.publicKey },
      ],
    });
    expectAccepted(await sendAs(ctx, sealedMessage(ctx, from, id, sealed)), 'correctness');
  },
};

interface Breach {
  name: string;
  expected: string;
  /** The message, signed validly by its sender; `self` is the agent, a reader of it. */
  build(ctx: CheckContext, from: Identity, self: AgentInfo): Message;
  /** Sent by a 0.1.0 member rather than the 0.2 identity. */
  v01?: boolean;
}

const breaches: Breach[] = [
  {
    name: 'other-message',
    expected: 'a sealed message whose ciphertext is bound to another message id is refused 400 SEALED_CONTENT_INVALID',
    build: (ctx, from, self) =>
      sealedMessage(ctx, from, randomUUID(), sealedFor(ctx, from, self, randomUUID(), 'bound to another message')),
  },
  {
    name: 'tampered-key',
    expected:
      'a sealed message whose key wrapped for the agent was changed (one byte) before signing is refused 400 SEALED_CONTENT_INVALID',
    build: (ctx, from, self) => {
      const id = randomUUID();
      return sealedMessage(ctx, from, id, tamperedKey(sealedFor(ctx, from, self, id, 'a bad key'), self.agent_id));
    },
  },
  {
    name: 'content',
    expected: 'a sealed message whose content is not the empty string is refused 400 SEALED_CONTENT_INVALID',
    build: (ctx, from, self) => {
      const id = randomUUID();
      return sealedMessage(ctx, from, id, sealedFor(ctx, from, self, id, 'sealed'), {
        content: `${ctx.contentPrefix} in the clear beside sealed content`,
      });
    },
  },
  {
    name: 'system',
    expected: 'a sealed message of type system is refused 400 SEALED_CONTENT_INVALID',
    build: (ctx, from, self) => {
      const id = randomUUID();
      return sealedMessage(ctx, from, id, sealedFor(ctx, from, self, id, 'a sealed system message'), {
        type: 'system',
      });
    },
  },
  {
    name: 'reader-twice',
    expected: 'a sealed message that lists the agent twice among its readers is refused 400 SEALED_CONTENT_INVALID',
    build: (ctx, from, self) => {
      const id = randomUUID();
      const sealed = sealedFor(ctx, from, self, id, 'a reader twice');
      return sealedMessage(ctx, from, id, {
        ...sealed,
        keys: [...sealed.keys, sealed.keys[0] as SealedContent['keys'][0]],
      });
    },
  },
  {
    name: 'v01-envelope',
    v01: true,
    expected:
      'a 0.1.0 message carrying sealed content (signed under 0.1.0 by a member that never sent 0.2) is refused 400 SEALED_CONTENT_INVALID',
    build: (ctx, from, self) => {
      const id = randomUUID();
      return sealedMessage(ctx, from, id, sealedFor(ctx, from, self, id, 'sealed in 0.1.0'), {}, '0.1');
    },
  },
];

function breachCheck(breach: Breach): Check {
  return {
    id: `sealed.refused.${breach.name}`,
    requirement: 'SEAL-002',
    category: 'security',
    expected: breach.expected,
    needs: breach.v01 ? { members: 1 } : { members: 1, v02Member: true },
    async run(ctx) {
      const self = await speaking02(ctx);
      // A 0.1.0 message must come from a member the agent has not seen speak 0.2, or it is refused as a downgrade.
      const from = breach.v01 ? memberAt(ctx, 0) : ctx.v02Member();
      expectRefused(await sendAs(ctx, breach.build(ctx, from, self)), 'SEALED_CONTENT_INVALID', 'security');
    },
  };
}

export const sealedSection: Section = {
  id: 'sealed',
  title: 'Protocol 0.2: sealed content',
  checks: [reader, notReader, ...breaches.map(breachCheck)],
};
