// Protocol 0.2 as a receiver speaks it ([NEG-001], [MSG-VER-002], [ESIG-002], [NEG-DOWN-001], [SRV-MSG-007]): what
// /info advertises, the whole-envelope signature (every key covered: a copy with any key changed, added or removed
// is refused, and a 0.1.0 signature does not pass for a 0.2 one), the refusal of a downgrade, and where the new
// refusals sit in the pipeline. Every message here comes from the run's 0.2 identity (`ctx.v02Member()`), never
// from a member the 0.1.0 checks use: once an agent has accepted a 0.2 message from an identity it refuses that
// identity's 0.1.0 messages for good. The checks run only against an agent whose /info lists 0.2.0.
import { randomUUID } from 'node:crypto';
import type { RequirementId } from '../../../generated/requirements.js';
import type { AgentInfo, Message } from '../../../generated/types.js';
import { encodeBase64 } from '../../core/base64.js';
import { envelopeSigningInput } from '../../core/envelope-signature.js';
import { ed25519Sign, type Signer } from '../../core/keys.js';
import { peerUrl } from '../../core/peer.js';
import { PROTOCOL_V01, PROTOCOL_V02, speaksV02 } from '../../core/protocol.js';
import { sealContent } from '../../core/sealed.js';
import { memberKickedContent, serializeSystemContent } from '../../core/system-content.js';
import { formatTimestamp } from '../../core/timestamp.js';
import { postMessage, type SigningOptions, signedMessage } from '../identities.js';
import { expectAccepted, expectRefused, summarize } from '../judge.js';
import {
  type Answer,
  type Check,
  type CheckContext,
  CheckFailed,
  CheckSkipped,
  type ErrorCode,
  type Identity,
  type Section,
} from '../model.js';
import { signatureOver } from './signature.js';

const MINUTE = 60 * 1000;
/** Far outside any replay window an agent should set. */
const HOUR = 60 * MINUTE;

/** `0.1.0, 0.2.0`, or what an absent list means. */
function listed(versions: unknown): string {
  return Array.isArray(versions) ? versions.join(', ') || 'nothing' : 'no protocol_versions, i.e. 0.1.0 alone';
}

/** The agent's /info, whatever it lists; a check that cannot read it is skipped. */
async function readInfo(ctx: CheckContext): Promise<AgentInfo> {
  const answer = await ctx.send(() => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'info') }));
  const info = answer.body as Partial<AgentInfo> | undefined;
  if (answer.status !== 200 || typeof info?.agent_id !== 'string' || typeof info.public_key !== 'string') {
    throw new CheckSkipped(`GET /info gave no agent_id and public_key (${summarize(answer)})`);
  }
  return info as AgentInfo;
}

/**
 * The agent's /info when it lists 0.2 (its id and key make it a reader of sealed messages); otherwise the check is
 * skipped, saying what is missing: 0.2 is optional, and an agent that does not advertise it is judged as 0.1.0.
 */
export async function speaking02(ctx: CheckContext): Promise<AgentInfo> {
  const info = await readInfo(ctx);
  if (!speaksV02(info.protocol_versions)) {
    throw new CheckSkipped(
      `needs an agent that speaks 0.2: its /info protocol_versions does not list 0.2.0 (${listed(info.protocol_versions)})`,
    );
  }
  return info;
}

function swarmIdOf(ctx: CheckContext): string {
  if (!ctx.swarm) throw new CheckSkipped('no swarm was joined');
  return ctx.swarm.swarmId;
}

/** A message of `from` signed as `protocol` says, timestamped `at` ms from now; `draft` overrides before signing. */
export function messageOf(
  ctx: CheckContext,
  from: Identity,
  what: string,
  draft: Parameters<typeof signedMessage>[2] = {},
  options: { at?: number; protocol?: SigningOptions['protocol'] } = {},
): Message {
  return signedMessage(
    from,
    swarmIdOf(ctx),
    { content: `${ctx.contentPrefix} 0.2: ${what}`, ...draft },
    { protocol: options.protocol ?? '0.2', now: () => new Date(ctx.now() + (options.at ?? 0)) },
  );
}

/**
 * Signs an envelope exactly as given under [ESIG-001], whatever keys it has: for envelopes a sender's own
 * `signEnvelope` would not write (unknown keys, `null`s, a sealed system message), whose signature must still hold.
 */
export function signWhole(unsigned: Record<string, unknown>, signer: Signer): Message {
  const { signature: _old, ...rest } = unsigned;
  const input = envelopeSigningInput(rest);
  if (!input.ok) throw new TypeError(`cannot sign: ${input.reason}`);
  return { ...rest, signature: encodeBase64(ed25519Sign(input.bytes, signer)) } as unknown as Message;
}

/** Sends the same body on every attempt (a 429 waited out sends it again, not a new message). */
export function sendAs(ctx: CheckContext, message: object): Promise<Answer> {
  return ctx.send(() => postMessage(ctx.endpoint, message));
}

/** Runs one step of a check, its failure message prefixed with the step, so a report says which step failed. */
async function step(what: string, judge: () => void | Promise<void>): Promise<void> {
  try {
    await judge();
  } catch (error) {
    if (error instanceof CheckFailed) throw new CheckFailed(error.category, `${what}: ${error.message}`);
    throw error;
  }
}

/** Sends a valid 0.2 message of `from` that the agent must accept: from then on it knows `from` speaks 0.2. */
export async function teach02(ctx: CheckContext, from: Identity): Promise<void> {
  const answer = await sendAs(ctx, messageOf(ctx, from, 'shows this identity speaks 0.2'));
  await step('a valid 0.2 message first', () => expectAccepted(answer, 'correctness'));
}

const advertised: Check = {
  id: 'protocol-02.advertised',
  requirement: 'NEG-001',
  also: ['MSG-VER-002'],
  category: 'correctness',
  expected:
    'an agent that accepts a 0.2 message lists 0.2.0 (and 0.1.0) in /info protocol_versions, and one that lists 0.2.0 accepts one',
  needs: { members: 1, v02Member: true },
  async run(ctx) {
    const info = await readInfo(ctx);
    const versions = info.protocol_versions;
    const from = ctx.v02Member();
    const answer = await sendAs(ctx, messageOf(ctx, from, 'is 0.2 advertised?'));
    const accepted = answer.status === 200;
    const lists02 = speaksV02(versions);
    if (accepted && !lists02) {
      // An agent that stores whatever it can parse (as the Python reference does) accepts 0.2 without speaking it:
      // a 0.2 message whose signature does not verify tells the two apart.
      const forged = messageOf(ctx, from, 'is 0.2 verified at all?');
      const control = await sendAs(ctx, { ...forged, content: `${forged.content} (changed after signing)` });
      if (control.status === 200) {
        throw new CheckSkipped(
          `the agent accepts 0.2 messages whose signature does not verify (${summarize(control)}): it verifies none, which the signature checks report, so whether it speaks 0.2 cannot be told`,
        );
      }
      throw new CheckFailed(
        'correctness',
        `accepted a 0.2 message (${summarize(answer)}) but /info lists ${listed(versions)}: no peer will send it 0.2`,
      );
    }
    if (lists02 && !accepted) {
      throw new CheckFailed(
        'correctness',
        `/info lists ${listed(versions)} but a 0.2 message signed as [ESIG-001] says was refused (${summarize(answer)})`,
      );
    }
    if (!lists02) {
      ctx.note(
        `the agent speaks 0.1.0 alone: it refused the 0.2 message (${summarize(answer)}) and lists ${listed(versions)}`,
      );
      return;
    }
    const list = versions as string[];
    if (!list.includes(PROTOCOL_V02) || !list.includes(PROTOCOL_V01)) {
      throw new CheckFailed(
        'format',
        `/info lists ${listed(versions)}; an agent that accepts 0.2 lists 0.1.0 and 0.2.0`,
      );
    }
  },
};

const validEnvelope: Check = {
  id: 'protocol-02.signature.valid',
  requirement: 'ESIG-002',
  also: ['MSG-VER-002'],
  category: 'correctness',
  expected:
    'a 0.2 message signed over its whole envelope, with every optional key and nested metadata, is accepted 200 queued',
  needs: { members: 1, v02Member: true },
  async run(ctx) {
    await speaking02(ctx);
    const from = ctx.v02Member();
    const message = messageOf(ctx, from, 'every optional key', {
      in_reply_to: randomUUID(),
      thread_id: randomUUID(),
      priority: 'high',
      expires_at: formatTimestamp(new Date(ctx.now() + HOUR)),
      metadata: { conformance: { case: 'valid', depth: { n: 1, flag: true } }, note: 'ünïcødé ✓' },
    });
    expectAccepted(await sendAs(ctx, message), 'correctness');
  },
};

const validUnknownAndNull: Check = {
  id: 'protocol-02.signature.unknown-key-and-null',
  requirement: 'ESIG-002',
  also: ['MSG-ENV-002'],
  category: 'correctness',
  expected:
    'a 0.2 message whose signature covers an unknown top-level key and a null optional key is accepted 200 queued: they are verified as parsed, not dropped first',
  needs: { members: 1, v02Member: true },
  async run(ctx) {
    await speaking02(ctx);
    const from = ctx.v02Member();
    const base = messageOf(ctx, from, 'an unknown key and a null, both signed') as unknown as Record<string, unknown>;
    const message = signWhole({ ...base, thread_id: null, x_conformance: { signed: [1, 'two', null] } }, from.keyPair);
    expectAccepted(await sendAs(ctx, message), 'correctness');
  },
};

interface Tampering {
  name: string;
  how: string;
  /** The envelope with one key changed, added or removed. */
  change(envelope: Record<string, unknown>): Record<string, unknown>;
}

type Nested = { conformance: { case: string; depth: { n: number } } };

/** Each changes one key of a valid envelope after signing, in a way no check before the signature refuses. */
const tamperings: Tampering[] = [
  { name: 'priority', how: 'priority changed from high to low', change: (e) => ({ ...e, priority: 'low' }) },
  {
    name: 'sender-endpoint',
    // The registered endpoint with a trailing '/' passes the endpoint check ([MSG-AUTH-002]); 0.1.0 signs neither.
    how: "sender.endpoint given a trailing '/'",
    change: (e) => {
      const sender = e.sender as { agent_id: string; endpoint: string };
      return { ...e, sender: { ...sender, endpoint: `${sender.endpoint}/` } };
    },
  },
  {
    name: 'metadata-nested',
    how: 'a value nested two levels deep in metadata changed',
    change: (e) => {
      const { conformance } = e.metadata as Nested;
      return { ...e, metadata: { conformance: { ...conformance, depth: { n: conformance.depth.n + 1 } } } };
    },
  },
  { name: 'unknown-key', how: 'an unknown key added', change: (e) => ({ ...e, x_conformance_added: 'after signing' }) },
  { name: 'null-added', how: 'in_reply_to: null added', change: (e) => ({ ...e, in_reply_to: null }) },
  {
    name: 'key-removed',
    how: 'thread_id removed',
    change: ({ thread_id: _removed, ...rest }) => rest,
  },
];

/**
 * The copy is sent first, then the original under the same id, then the copy again. A conforming agent refuses the
 * copy both times and stores the original as new. An agent that stored the copy refuses the original as a conflict
 * (where it compares more than the content); one that verifies the six 0.1.0 fields alone takes the second copy
 * for a duplicate of the original and answers 200.
 */
function tampered(tampering: Tampering): Check {
  return {
    id: `protocol-02.signature.tampered.${tampering.name}`,
    requirement: 'ESIG-002',
    also: ['MSG-VER-002'],
    category: 'security',
    expected: `a 0.2 message with ${tampering.how} after signing is refused 401 INVALID_SIGNATURE, before and after the original is accepted`,
    needs: { members: 1, v02Member: true },
    async run(ctx) {
      await speaking02(ctx);
      const from = ctx.v02Member();
      const original = messageOf(ctx, from, `${tampering.name} tampered after signing`, {
        thread_id: randomUUID(),
        priority: 'high',
        metadata: { conformance: { case: tampering.name, depth: { n: 1 } } },
      });
      const copy = tampering.change(original as unknown as Record<string, unknown>);
      const first = await sendAs(ctx, copy);
      await step('the tampered copy', () => expectRefused(first, 'INVALID_SIGNATURE', 'security'));
      const answer = await sendAs(ctx, original);
      if (answer.status === 409) {
        throw new CheckFailed(
          'security',
          `the tampered copy was stored: the original under its id was then refused ${summarize(answer)}`,
        );
      }
      await step('the original after the copy', () => expectAccepted(answer, 'correctness'));
      const again = await sendAs(ctx, copy);
      await step('the tampered copy after the original was accepted', () =>
        expectRefused(again, 'INVALID_SIGNATURE', 'security'),
      );
    },
  };
}

/**
 * [ESIG-003]: the body names a key twice, the last value the one signed, so a verifier that keeps the last value
 * finds the signature good (and one that keeps the first finds it bad): only the rule itself refuses it. The same
 * message written once must then be accepted, so the refusal stored nothing.
 */
function repeatedName(where: 'top-level' | 'nested'): Check {
  return {
    id: `protocol-02.duplicate-name.${where}`,
    requirement: 'ESIG-003',
    category: 'security',
    expected:
      where === 'top-level'
        ? 'a 0.2 message whose body has `priority` twice (low, then the signed high) is refused 400 INVALID_JSON; the message written once is then accepted'
        : 'a 0.2 message whose body has a name twice inside `metadata` is refused 400 INVALID_JSON; the message written once is then accepted',
    needs: { members: 1, v02Member: true },
    async run(ctx) {
      await speaking02(ctx);
      const from = ctx.v02Member();
      const original = messageOf(ctx, from, `a name written twice, ${where}`, {
        priority: 'high',
        metadata: { conformance: { case: where, n: 2 } },
      });
      const text = JSON.stringify(original);
      // Within a JSON string a quote is escaped, so these openings occur only as structure.
      const body =
        where === 'top-level'
          ? `{"priority":"low",${text.slice(1)}`
          : text.replace('{"conformance":{', '{"conformance":{"n":1,');
      const answer = await ctx.send(() => ({ ...postMessage(ctx.endpoint, original), body }));
      await step('the body with the repeated name', () => expectRefused(answer, 'INVALID_JSON', 'security'));
      const once = await sendAs(ctx, original);
      await step('the same message written once', () => expectAccepted(once, 'correctness'));
    },
  };
}

const v01Signature: Check = {
  id: 'protocol-02.signature.v01-rules',
  requirement: 'MSG-VER-002',
  also: ['ESIG-002'],
  category: 'security',
  expected:
    'a 0.2.0 envelope carrying a 0.1.0 signature (over the six fields) is refused 401 INVALID_SIGNATURE: a 0.2 envelope is verified under the 0.2 rules only',
  needs: { members: 1, v02Member: true },
  async run(ctx) {
    await speaking02(ctx);
    const from = ctx.v02Member();
    const message = messageOf(ctx, from, 'signed under the 0.1.0 rules');
    const answer = await sendAs(ctx, { ...message, signature: signatureOver(message, from.keyPair) });
    expectRefused(answer, 'INVALID_SIGNATURE', 'security');
  },
};

const downgrade: Check = {
  id: 'protocol-02.downgrade',
  requirement: 'NEG-DOWN-001',
  category: 'security',
  expected:
    'after a 0.2 message of a member was accepted, a valid 0.1.0 message of that member is refused 403 PROTOCOL_DOWNGRADE',
  needs: { members: 1, v02Member: true },
  async run(ctx) {
    await speaking02(ctx);
    const from = ctx.v02Member();
    await teach02(ctx, from);
    const answer = await sendAs(ctx, messageOf(ctx, from, 'a downgrade to 0.1.0', {}, { protocol: '0.1' }));
    expectRefused(answer, 'PROTOCOL_DOWNGRADE', 'security');
  },
};

interface Pair {
  earlier: string;
  later: string;
  code: ErrorCode;
  also: RequirementId[];
  expected: string;
  /** The member must first be known to speak 0.2. */
  learnt?: boolean;
  build(ctx: CheckContext, from: Identity, self: AgentInfo): object;
}

/** A sealed object for the agent and the sender that opens under `messageId` (in this swarm, from `from`). */
export function sealedFor(ctx: CheckContext, from: Identity, self: AgentInfo, messageId: string, text: string) {
  return sealContent({
    content: `${ctx.contentPrefix} ${text}`,
    messageId,
    swarmId: swarmIdOf(ctx),
    senderId: from.agentId,
    readers: [
      { agentId: self.agent_id, publicKey: self.public_key },
      { agentId: from.agentId, publicKey: from.publicKey },
    ],
  });
}

/** A 0.2 sealed message that breaks a sealed rule only by its non-empty content. */
function sealedWithContent(ctx: CheckContext, from: Identity, self: AgentInfo, draft: Partial<Message>): Message {
  const messageId = randomUUID();
  return messageOf(ctx, from, 'sealed, yet with content', {
    message_id: messageId,
    sealed: sealedFor(ctx, from, self, messageId, 'sealed'),
    ...draft,
  });
}

const pairs: Pair[] = [
  {
    earlier: 'signature',
    later: 'downgrade',
    code: 'INVALID_SIGNATURE',
    also: ['NEG-DOWN-001'],
    learnt: true,
    expected:
      'a 0.1.0 message of a member known to speak 0.2, changed after signing, is refused 401 INVALID_SIGNATURE: only the member itself learns what the agent knows of it',
    build: (ctx, from) => {
      const message = messageOf(ctx, from, 'downgrade, changed after signing', {}, { protocol: '0.1' });
      return { ...message, content: `${message.content} (changed after signing)` };
    },
  },
  {
    earlier: 'downgrade',
    later: 'timestamp',
    code: 'PROTOCOL_DOWNGRADE',
    also: ['NEG-DOWN-001', 'MSG-TS-002'],
    learnt: true,
    expected:
      'a 0.1.0 message of a member known to speak 0.2, timestamped an hour ago, is refused 403 PROTOCOL_DOWNGRADE',
    build: (ctx, from) => messageOf(ctx, from, 'downgrade, an hour old', {}, { protocol: '0.1', at: -HOUR }),
  },
  {
    earlier: 'signature',
    later: 'sealed',
    code: 'INVALID_SIGNATURE',
    also: ['SEAL-002'],
    expected:
      'a sealed 0.2 message with content, changed after signing, is refused 401 INVALID_SIGNATURE: nothing is opened before the signature holds',
    build: (ctx, from, self) => {
      const message = sealedWithContent(ctx, from, self, {});
      return { ...message, content: `${message.content} (changed after signing)` };
    },
  },
  {
    earlier: 'expiry',
    later: 'sealed',
    code: 'MESSAGE_EXPIRED',
    also: ['SEAL-002', 'MSG-EXP-001'],
    expected: 'an expired sealed 0.2 message with content is refused 400 MESSAGE_EXPIRED',
    build: (ctx, from, self) =>
      sealedWithContent(ctx, from, self, { expires_at: formatTimestamp(new Date(ctx.now() - MINUTE)) }),
  },
  {
    earlier: 'sealed',
    later: 'authority',
    code: 'SEALED_CONTENT_INVALID',
    also: ['SEAL-002', 'SYS-AUTH-001'],
    expected:
      'a sealed system message carrying a member_kicked from a member that is not the master is refused 400 SEALED_CONTENT_INVALID',
    // The kicked id is no member's: an agent that skips both rules removes nobody the run needs.
    build: (ctx, from, self) =>
      sealedWithContent(ctx, from, self, {
        type: 'system',
        content: serializeSystemContent(memberKickedContent(`${from.agentId}-nobody`)),
      }),
  },
];

function orderCheck(pair: Pair): Check {
  return {
    id: `protocol-02.order.${pair.earlier}-before-${pair.later}`,
    requirement: 'SRV-MSG-007',
    also: ['SRV-MSG-001', ...pair.also],
    category: 'correctness',
    expected: pair.expected,
    needs: { members: 1, v02Member: true },
    async run(ctx) {
      const self = await speaking02(ctx);
      const from = ctx.v02Member();
      if (pair.learnt) await teach02(ctx, from);
      const message = pair.build(ctx, from, self);
      expectRefused(await sendAs(ctx, message), pair.code, 'security');
    },
  };
}

export const protocol02Section: Section = {
  id: 'protocol-02',
  title: 'Protocol 0.2: negotiation, whole-envelope signatures, downgrades',
  checks: [
    advertised,
    validEnvelope,
    validUnknownAndNull,
    ...tamperings.map(tampered),
    repeatedName('top-level'),
    repeatedName('nested'),
    v01Signature,
    downgrade,
    ...pairs.map(orderCheck),
  ],
};
