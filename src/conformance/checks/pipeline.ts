// The receiving pipeline's order ([SRV-MSG-001]): a message that breaks two rules must be refused with the code of
// the rule that comes first. Each check takes a member's otherwise valid message and breaks two neighbouring rules,
// so an agent that checks them in another order answers with the later code. A conforming agent accepts nothing
// here; an agent that accepts one of these messages has skipped both rules, which is a security failure.
import { randomUUID } from 'node:crypto';
import type { RequirementId } from '../../../generated/requirements.js';
import type { Message } from '../../../generated/types.js';
import { protocolHeaders } from '../../core/peer.js';
import { memberKickedContent, serializeSystemContent } from '../../core/system-content.js';
import { formatTimestamp } from '../../core/timestamp.js';
import { joinBody, postJoin, postMessage, signedMessage } from '../identities.js';
import { expectRefused, summarize } from '../judge.js';
import type { Check, CheckContext, ErrorCode, Identity, Outgoing, Section, SwarmUnderTest } from '../model.js';

const MINUTE = 60 * 1000;
/** Far outside any replay window an agent should set (the default is 5 minutes either side). */
const HOUR = 60 * MINUTE;
/** An endpoint no member registered. */
const ELSEWHERE = 'https://elsewhere.conformance.invalid/swarm';

/** The swarm and the members a check was promised by its `needs` (the runner skips it otherwise). */
function joined(ctx: CheckContext): SwarmUnderTest {
  if (!ctx.swarm) throw new Error('the run joined no swarm, yet a member check ran');
  return ctx.swarm;
}

/** A member's message, valid but for what `draft` changes before signing; `at` shifts its timestamp. */
function memberMessage(
  ctx: CheckContext,
  from: Identity,
  what: string,
  draft: Parameters<typeof signedMessage>[2] = {},
  at = 0,
): Message {
  return signedMessage(
    from,
    joined(ctx).swarmId,
    { content: `${ctx.contentPrefix} pipeline order: ${what}`, ...draft },
    { now: () => new Date(ctx.now() + at) },
  );
}

/** The same message with its content changed after signing: the signature no longer verifies. */
function tampered(message: Message): Message {
  return { ...message, content: `${message.content} (changed after signing)` };
}

/** A recipient that is neither this agent nor `broadcast`. */
function someoneElse(): string {
  return `not-this-agent-${randomUUID()}`;
}

/** A member other than `from`: the agent-id checks claim to be it. */
function otherMember(ctx: CheckContext): Identity {
  return ctx.members[1] as Identity;
}

interface Pair {
  earlier: string;
  later: string;
  code: ErrorCode;
  also: RequirementId[];
  members: number;
  expected: string;
  build(ctx: CheckContext, from: Identity): Outgoing;
}

function orderCheck(pair: Pair): Check {
  return {
    id: `pipeline.order.${pair.earlier}-before-${pair.later}`,
    requirement: 'SRV-MSG-001',
    also: pair.also,
    category: 'correctness',
    expected: pair.expected,
    needs: { members: pair.members },
    async run(ctx) {
      const from = ctx.members[0] as Identity;
      expectRefused(await ctx.send(() => pair.build(ctx, from)), pair.code, 'security');
    },
  };
}

const pairs: Pair[] = [
  {
    earlier: 'size',
    later: 'media-type',
    code: 'PAYLOAD_TOO_LARGE',
    also: [],
    members: 1,
    expected: 'a message past the size limit, sent as text/plain, is refused 413 PAYLOAD_TOO_LARGE',
    build: (ctx, from) => ({
      ...postMessage(ctx.endpoint, memberMessage(ctx, from, `size ${'x'.repeat(ctx.oversizeBytes)}`)),
      headers: { ...protocolHeaders(from.agentId), 'Content-Type': 'text/plain' },
    }),
  },
  {
    earlier: 'media-type',
    later: 'json',
    code: 'UNSUPPORTED_MEDIA_TYPE',
    also: [],
    members: 1,
    expected: 'a cut-off message sent as text/plain is refused 415 UNSUPPORTED_MEDIA_TYPE',
    build: (ctx, from) => {
      const outgoing = postMessage(ctx.endpoint, memberMessage(ctx, from, 'media type'));
      return {
        ...outgoing,
        headers: { ...outgoing.headers, 'Content-Type': 'text/plain' },
        body: outgoing.body?.slice(0, -1),
      };
    },
  },
  {
    earlier: 'schema',
    later: 'protocol-version',
    code: 'INVALID_FORMAT',
    also: ['MSG-VER-001'],
    members: 1,
    expected: 'a message of protocol major version 9 with a priority outside the schema is refused 400 INVALID_FORMAT',
    // Neither key is signed: the copy keeps a valid signature.
    build: (ctx, from) =>
      postMessage(ctx.endpoint, {
        ...memberMessage(ctx, from, 'schema'),
        protocol_version: '9.0.0',
        priority: 'urgent',
      }),
  },
  {
    earlier: 'protocol-version',
    later: 'agent-id',
    code: 'UNSUPPORTED_PROTOCOL_VERSION',
    also: ['MSG-VER-001', 'HDR-001'],
    members: 2,
    expected:
      'a message of protocol major version 9 whose X-Agent-ID names another member is refused 400 UNSUPPORTED_PROTOCOL_VERSION',
    build: (ctx, from) =>
      postMessage(
        ctx.endpoint,
        { ...memberMessage(ctx, from, 'protocol version'), protocol_version: '9.0.0' },
        otherMember(ctx).agentId,
      ),
  },
  {
    earlier: 'agent-id',
    later: 'recipient',
    code: 'AGENT_ID_MISMATCH',
    also: ['HDR-001', 'MSG-RCPT-001'],
    members: 2,
    expected: 'a message to another agent whose X-Agent-ID names another member is refused 403 AGENT_ID_MISMATCH',
    build: (ctx, from) =>
      postMessage(
        ctx.endpoint,
        memberMessage(ctx, from, 'agent id', { recipient: someoneElse() }),
        otherMember(ctx).agentId,
      ),
  },
  {
    earlier: 'recipient',
    later: 'swarm',
    code: 'WRONG_RECIPIENT',
    also: ['MSG-RCPT-001', 'MSG-SWARM-001'],
    members: 1,
    expected: 'a message to another agent in a swarm nobody created is refused 403 WRONG_RECIPIENT',
    build: (ctx, from) =>
      postMessage(
        ctx.endpoint,
        memberMessage(ctx, from, 'recipient', { recipient: someoneElse(), swarm_id: randomUUID() }),
      ),
  },
  {
    earlier: 'swarm',
    later: 'membership',
    code: 'SWARM_NOT_FOUND',
    also: ['MSG-SWARM-001', 'MSG-AUTH-002'],
    members: 1,
    expected: 'a message from an agent that never joined, to a swarm nobody created, is refused 404 SWARM_NOT_FOUND',
    build: (ctx) =>
      postMessage(ctx.endpoint, memberMessage(ctx, ctx.newIdentity('outsider'), 'swarm', { swarm_id: randomUUID() })),
  },
  {
    earlier: 'membership',
    later: 'signature',
    code: 'NOT_MEMBER',
    also: ['MSG-AUTH-002', 'MSG-SIG-002'],
    members: 1,
    expected:
      'a message to the swarm from an agent that never joined, with a signature that does not verify, is refused 403 NOT_MEMBER',
    build: (ctx) => postMessage(ctx.endpoint, tampered(memberMessage(ctx, ctx.newIdentity('outsider'), 'membership'))),
  },
  {
    earlier: 'endpoint',
    later: 'signature',
    code: 'ENDPOINT_MISMATCH',
    also: ['MSG-AUTH-002', 'MSG-SIG-002'],
    members: 1,
    expected:
      "a member's message claiming another endpoint than its registered one, with a signature that does not verify, is refused 403 ENDPOINT_MISMATCH",
    build: (ctx, from) =>
      postMessage(
        ctx.endpoint,
        tampered(memberMessage(ctx, from, 'endpoint', { sender: { agent_id: from.agentId, endpoint: ELSEWHERE } })),
      ),
  },
  {
    earlier: 'signature',
    later: 'timestamp',
    code: 'INVALID_SIGNATURE',
    also: ['MSG-SIG-002', 'MSG-TS-003'],
    members: 1,
    expected: "a member's message signed an hour ago whose signature does not verify is refused 401 INVALID_SIGNATURE",
    build: (ctx, from) => postMessage(ctx.endpoint, tampered(memberMessage(ctx, from, 'signature', {}, -HOUR))),
  },
  {
    earlier: 'timestamp',
    later: 'expiry',
    code: 'TIMESTAMP_OUT_OF_WINDOW',
    also: ['MSG-TS-003', 'MSG-EXP-001'],
    members: 1,
    expected:
      "a member's message signed an hour ago that expired half an hour ago is refused 400 TIMESTAMP_OUT_OF_WINDOW",
    build: (ctx, from) =>
      postMessage(
        ctx.endpoint,
        memberMessage(ctx, from, 'timestamp', { expires_at: formatTimestamp(new Date(ctx.now() - HOUR / 2)) }, -HOUR),
      ),
  },
];

/**
 * The last pair: a forged kick (a member that is not the master removing another member) that has also expired.
 * An agent that accepts it may have removed the victim: the check then joins it again.
 */
const expiryBeforeAuthority: Check = {
  id: 'pipeline.order.expiry-before-authority',
  requirement: 'SRV-MSG-001',
  also: ['MSG-EXP-001', 'SRV-MSG-005', 'SYS-AUTH-001'],
  category: 'correctness',
  expected:
    'an expired member_kicked of a member, sent by a member that is not the master, is refused 400 MESSAGE_EXPIRED',
  needs: { members: 2 },
  async run(ctx) {
    const swarm = joined(ctx);
    const [from, victim] = ctx.members as [Identity, Identity];
    const answer = await ctx.send(() =>
      postMessage(
        ctx.endpoint,
        signedMessage(
          from,
          swarm.swarmId,
          {
            type: 'system',
            content: serializeSystemContent(memberKickedContent(victim.agentId)),
            expires_at: formatTimestamp(new Date(ctx.now() - MINUTE)),
          },
          { now: () => new Date(ctx.now()) },
        ),
      ),
    );
    if (answer.status >= 200 && answer.status < 300) await rejoin(ctx, swarm, victim);
    expectRefused(answer, 'MESSAGE_EXPIRED', 'security');
  },
};

/** Joins a member the agent may have removed again (a fresh join), or gives it up when the agent refuses. */
async function rejoin(ctx: CheckContext, swarm: SwarmUnderTest, member: Identity): Promise<void> {
  const answer = await ctx.send(() => postJoin(ctx.endpoint, joinBody(swarm.invite, member), member.agentId));
  if (answer.status === 200) {
    ctx.note(`the forged kick was accepted: ${member.agentId} joined again (${summarize(answer)})`);
  } else {
    ctx.forget(member);
    ctx.note(
      `the forged kick was accepted and ${member.agentId} could not join again (${summarize(answer)}): it is gone`,
    );
  }
}

export const pipelineSection: Section = {
  id: 'pipeline',
  title: 'The receiving pipeline, in its order',
  checks: [...pairs.map(orderCheck), expiryBeforeAuthority],
};
