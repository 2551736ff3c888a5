// Who may send, as what, to whom: the sender must be a member of the swarm at its registered endpoint and sign
// with the key the agent holds for it; X-Agent-ID, when present, must name the sender; the recipient must be the
// agent or `broadcast`. Every refusal here leaves nothing behind; the accepted messages are the members' own.
import type { Message } from '../../../generated/types.js';
import type { MessageDraft } from '../../core/envelope.js';
import { peerUrl } from '../../core/peer.js';
import { postMessage, signedMessage } from '../identities.js';
import { expectAccepted, expectRefused, summarize } from '../judge.js';
import {
  type Answer,
  type Check,
  type CheckContext,
  CheckSkipped,
  type Identity,
  type Section,
  type SwarmUnderTest,
} from '../model.js';

/** The swarm the members joined; a check that needs members only runs when there is one. */
export function joinedSwarm(ctx: CheckContext): SwarmUnderTest {
  if (!ctx.swarm) throw new CheckSkipped('no swarm was joined');
  return ctx.swarm;
}

/** The first `count` members, named in the order the run joined them. */
export function membersOf(ctx: CheckContext, count: 1): [Identity];
export function membersOf(ctx: CheckContext, count: 2): [Identity, Identity];
export function membersOf(ctx: CheckContext, count: number): Identity[] {
  if (ctx.members.length < count)
    throw new CheckSkipped(`needs ${count} members, ${ctx.members.length} are in the swarm`);
  return ctx.members.slice(0, count);
}

/** A message from `from`, signed with its key on the suite's clock, its content starting with the suite's prefix. */
export function memberMessage(
  ctx: CheckContext,
  from: Identity,
  words: string,
  draft: Partial<MessageDraft> = {},
): Message {
  const swarm = joinedSwarm(ctx);
  return signedMessage(
    from,
    swarm.swarmId,
    { content: `${ctx.contentPrefix} ${words}`, ...draft },
    { now: () => new Date(ctx.now()) },
  );
}

/** Sends a plain message of `from` as a peer does (built anew on a retry: a fresh id and timestamp). */
export function sendPlain(ctx: CheckContext, from: Identity, words: string): Promise<Answer> {
  return ctx.send(() => postMessage(ctx.endpoint, memberMessage(ctx, from, words)));
}

/** The agent's own id, as its /info states it: the one recipient besides `broadcast` it must take. */
export async function agentIdOf(ctx: CheckContext): Promise<string> {
  const answer = await ctx.send(() => ({ method: 'GET', url: peerUrl(ctx.endpoint, 'info') }));
  const agentId = (answer.body as { agent_id?: unknown } | undefined)?.agent_id;
  if (answer.status !== 200 || typeof agentId !== 'string') {
    throw new CheckSkipped(`the agent's own id is needed: GET /info answered ${summarize(answer)}`);
  }
  return agentId;
}

const checks: Check[] = [
  {
    id: 'membership.non-member',
    requirement: 'SRV-MSG-001',
    also: ['MSG-AUTH-002'],
    category: 'security',
    expected: 'a correctly signed message from an agent that never joined the swarm is refused 403 NOT_MEMBER',
    needs: { members: 1 },
    async run(ctx) {
      const outsider = ctx.newIdentity('outsider');
      const answer = await ctx.send(() =>
        postMessage(ctx.endpoint, memberMessage(ctx, outsider, 'from an agent that never joined')),
      );
      expectRefused(answer, 'NOT_MEMBER', 'security');
    },
  },
  {
    id: 'membership.impersonation',
    requirement: 'MSG-AUTH-002',
    also: ['MSG-SIG-002'],
    category: 'security',
    expected:
      "a message that claims a member's agent_id and endpoint but is signed with another key is refused 401 INVALID_SIGNATURE",
    needs: { members: 1 },
    async run(ctx) {
      const [member] = membersOf(ctx, 1);
      // Its own key pair, the member's name and address: the key must come from the agent's records, not the claim.
      const impostor: Identity = { ...ctx.newIdentity('impostor'), agentId: member.agentId, endpoint: member.endpoint };
      const answer = await ctx.send(() =>
        postMessage(ctx.endpoint, memberMessage(ctx, impostor, `signed by a key that is not ${member.agentId}'s`)),
      );
      expectRefused(answer, 'INVALID_SIGNATURE', 'security');
    },
  },
  {
    id: 'membership.endpoint.other-member',
    requirement: 'MSG-AUTH-002',
    category: 'security',
    expected: "a member's message whose sender.endpoint is another member's endpoint is refused 403 ENDPOINT_MISMATCH",
    needs: { members: 2 },
    async run(ctx) {
      const [member, other] = membersOf(ctx, 2);
      const answer = await ctx.send(() =>
        postMessage(
          ctx.endpoint,
          memberMessage(ctx, member, "claiming another member's endpoint", {
            sender: { agent_id: member.agentId, endpoint: other.endpoint },
          }),
        ),
      );
      expectRefused(answer, 'ENDPOINT_MISMATCH', 'security');
    },
  },
  {
    id: 'membership.endpoint.trailing-slash',
    requirement: 'MSG-AUTH-002',
    also: ['ID-ENDP-002'],
    category: 'correctness',
    expected: "a member's message whose sender.endpoint is its registered endpoint with a trailing / is accepted",
    needs: { members: 1 },
    async run(ctx) {
      const [member] = membersOf(ctx, 1);
      const answer = await ctx.send(() =>
        postMessage(
          ctx.endpoint,
          memberMessage(ctx, member, 'from its endpoint with a trailing slash', {
            sender: { agent_id: member.agentId, endpoint: `${member.endpoint}/` },
          }),
        ),
      );
      expectAccepted(answer, 'correctness');
    },
  },
  {
    id: 'membership.agent-id-header.other-member',
    requirement: 'HDR-001',
    category: 'security',
    expected: "a member's message whose X-Agent-ID names another member is refused 403 AGENT_ID_MISMATCH",
    needs: { members: 2 },
    async run(ctx) {
      const [member, other] = membersOf(ctx, 2);
      const answer = await ctx.send(() =>
        postMessage(
          ctx.endpoint,
          memberMessage(ctx, member, 'with an X-Agent-ID naming another member'),
          other.agentId,
        ),
      );
      expectRefused(answer, 'AGENT_ID_MISMATCH', 'security');
    },
  },
  {
    id: 'membership.agent-id-header.absent',
    requirement: 'HDR-001',
    category: 'correctness',
    expected: "a member's message sent without X-Agent-ID and X-Swarm-Protocol (as reference masters send) is accepted",
    needs: { members: 1 },
    async run(ctx) {
      const [member] = membersOf(ctx, 1);
      const answer = await ctx.send(() =>
        postMessage(ctx.endpoint, memberMessage(ctx, member, 'without the protocol headers'), null),
      );
      expectAccepted(answer, 'correctness');
    },
  },
  {
    id: 'membership.recipient.other-member',
    requirement: 'MSG-RCPT-001',
    category: 'security',
    expected: "a member's message addressed to another member of the swarm is refused 403 WRONG_RECIPIENT",
    needs: { members: 2 },
    async run(ctx) {
      const [member, other] = membersOf(ctx, 2);
      const answer = await ctx.send(() =>
        postMessage(
          ctx.endpoint,
          memberMessage(ctx, member, 'addressed to another member', { recipient: other.agentId }),
        ),
      );
      expectRefused(answer, 'WRONG_RECIPIENT', 'security');
    },
  },
  {
    id: 'membership.recipient.self',
    requirement: 'MSG-RCPT-001',
    category: 'correctness',
    expected: "a member's message addressed to the agent by its own agent_id is accepted",
    needs: { members: 1 },
    async run(ctx) {
      const [member] = membersOf(ctx, 1);
      const self = await agentIdOf(ctx);
      const answer = await ctx.send(() =>
        postMessage(ctx.endpoint, memberMessage(ctx, member, 'addressed to the agent by name', { recipient: self })),
      );
      expectAccepted(answer, 'correctness');
    },
  },
];

export const membershipSection: Section = { id: 'membership', title: 'Senders and recipients', checks };
