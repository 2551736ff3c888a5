// Who may change the swarm: system messages from a member that is not the master, each correctly signed, that
// would remove, re-key or replace members, move the master role or end the swarm. The agent must refuse them
// (NOT_AUTHORIZED) and change nothing, which the checks observe through behaviour: afterwards the members' plain
// messages are still taken, and the master-only actions of the forger still refused. When an agent does apply a
// forgery, the check puts back what it can (re-joins the member, hands the role back) so that the checks after it
// judge their own rule, and says so in its notes. The last check is a member's own, legitimate, leave.
import { randomUUID } from 'node:crypto';
import type { Message } from '../../../generated/types.js';
import { encodePublicKey, generateSeed, keyPairFromSeed } from '../../core/keys.js';
import {
  kickedContent,
  masterChangedContent,
  masterTransferContent,
  memberJoinedContent,
  memberKickedContent,
  memberLeftContent,
  memberMutedContent,
  memberUnmutedContent,
  serializeSystemContent,
  swarmDissolvedContent,
} from '../../core/system-content.js';
import { formatTimestamp } from '../../core/timestamp.js';
import { joinBody, leaveMessage, postJoin, postMessage, signedMessage } from '../identities.js';
import { errorCodeOf, expectAccepted, expectRefused, summarize } from '../judge.js';
import {
  type Answer,
  type Check,
  type CheckContext,
  CheckFailed,
  type Identity,
  type Section,
  type SwarmUnderTest,
} from '../model.js';
import { agentIdOf, joinedSwarm, membersOf, sendPlain } from './membership.js';

/** A: the member the forgeries are about. B: the member that forges them, never the master. */
interface Parties {
  a: Identity;
  b: Identity;
  swarm: SwarmUnderTest;
}

function partiesOf(ctx: CheckContext): Parties {
  const [a, b] = membersOf(ctx, 2);
  return { a, b, swarm: joinedSwarm(ctx) };
}

/** A system message, signed by `from` with its own key; `content` is sent as given (JSON or not). */
function systemMessage(ctx: CheckContext, from: Identity, content: string, recipient = 'broadcast'): Message {
  return signedMessage(
    from,
    joinedSwarm(ctx).swarmId,
    { type: 'system', content, recipient },
    { now: () => new Date(ctx.now()) },
  );
}

function sendSystem(ctx: CheckContext, from: Identity, content: string, recipient?: string): Promise<Answer> {
  return ctx.send(() => postMessage(ctx.endpoint, systemMessage(ctx, from, content, recipient)));
}

/** The reason a forgery gives where its schema has one: it also marks the message as the suite's, if stored. */
function forgedReason(ctx: CheckContext): string {
  return `${ctx.contentPrefix} forged by a member that is not the master`;
}

/** Re-joins `who` (a re-join of a removed member is a fresh join), or gives it up for the rest of the run. */
async function restoreMember(ctx: CheckContext, swarm: SwarmUnderTest, who: Identity): Promise<void> {
  const answer = await ctx.send(() => postJoin(ctx.endpoint, joinBody(swarm.invite, who), who.agentId));
  if (answer.status === 200) {
    ctx.note(`re-joined ${who.agentId} with the run's invite, so that the checks after this one still have it`);
  } else {
    ctx.forget(who);
    ctx.note(`could not re-join ${who.agentId} (${summarize(answer)}): the run goes on without it`);
  }
}

/** What a plain message of a member showed afterwards, when it was not taken. */
interface Effect {
  seen: string;
  swarmGone: boolean;
}

/**
 * Is `who` still a member, judged by a plain message of its own? Returns the effect seen (after repairing what
 * can be), or undefined when the message was taken.
 */
async function stillMember(ctx: CheckContext, who: Identity, swarm: SwarmUnderTest): Promise<Effect | undefined> {
  const answer = await sendPlain(ctx, who, 'still a member after a system message it did not send');
  if (answer.status === 200) return undefined;
  const seen = `${who.agentId}'s plain message afterwards was answered ${summarize(answer)}`;
  switch (errorCodeOf(answer)) {
    case 'NOT_MEMBER':
      await restoreMember(ctx, swarm, who);
      return { seen: `${seen}: the agent removed it`, swarmGone: false };
    case 'SWARM_NOT_FOUND':
      // Nothing to put back: the identities go with the swarm, and the checks that need members are skipped.
      for (const member of ctx.members) ctx.forget(member);
      ctx.note('the agent forgot the swarm: every identity of the run is given up');
      return { seen: `${seen}: the agent forgot the swarm`, swarmGone: true };
    default:
      return { seen, swarmGone: false };
  }
}

/** B asks for a master-only action with no effect (member_unmuted of A): accepted only if B passes for the master. */
async function actsAsMaster(ctx: CheckContext, p: Parties): Promise<Answer> {
  return sendSystem(ctx, p.b, serializeSystemContent(memberUnmutedContent(p.a.agentId)));
}

/** After a forged change of master: is B now taken for the master? If so, B hands the role back. */
async function masterStands(ctx: CheckContext, p: Parties): Promise<string | undefined> {
  const answer = await actsAsMaster(ctx, p);
  if (answer.status !== 200) return undefined;
  const back = await sendSystem(
    ctx,
    p.b,
    serializeSystemContent(masterTransferContent(p.swarm.masterId, p.b.agentId, `${ctx.contentPrefix} handed back`)),
  );
  ctx.note(`${p.b.agentId} handed the master role back to ${p.swarm.masterId}: ${summarize(back)}`);
  return `afterwards ${p.b.agentId}'s member_unmuted was accepted: the agent takes it for the master`;
}

/** Refused with NOT_AUTHORIZED, and nothing of it seen afterwards. */
function judgeRefusal(answer: Answer, effects: string[]): void {
  try {
    expectRefused(answer, 'NOT_AUTHORIZED', 'security');
  } catch (error) {
    if (!(error instanceof CheckFailed) || effects.length === 0) throw error;
    throw new CheckFailed(error.category, `${error.message}; ${effects.join('; ')}`);
  }
  if (effects.length > 0)
    throw new CheckFailed('security', `refused, but it took effect all the same: ${effects.join('; ')}`);
}

/** What a forgery check watches afterwards besides A: B (for what ends the swarm) and the master role. */
interface Watch {
  b?: boolean;
  master?: boolean;
}

/** The forged content, and its recipient when not `broadcast`. */
interface Forged {
  content: string;
  recipient?: string;
}

interface Forgery {
  id: string;
  requirement: Check['requirement'];
  also?: Check['also'];
  expected: string;
  /** What B sends. */
  content(ctx: CheckContext, p: Parties): Forged | Promise<Forged>;
  watch?: Watch;
}

function forgery(spec: Forgery): Check {
  return {
    id: spec.id,
    requirement: spec.requirement,
    also: [...(spec.also ?? []), 'SRV-MSG-005'],
    category: 'security',
    expected: spec.expected,
    needs: { members: 2 },
    async run(ctx) {
      const p = partiesOf(ctx);
      const { content, recipient } = await spec.content(ctx, p);
      // Whether B's master-only action is refused now: only then does its acceptance later say the master moved.
      const masterObservable = spec.watch?.master === true && (await actsAsMaster(ctx, p)).status !== 200;
      if (spec.watch?.master && !masterObservable) {
        ctx.note(
          `${p.b.agentId}'s member_unmuted is accepted even before the forgery: the master role cannot be observed`,
        );
      }
      const answer = await sendSystem(ctx, p.b, content, recipient);
      const effects: string[] = [];
      const a = await stillMember(ctx, p.a, p.swarm);
      if (a) effects.push(a.seen);
      if (!a?.swarmGone) {
        const b = spec.watch?.b ? await stillMember(ctx, p.b, p.swarm) : undefined;
        if (b) effects.push(b.seen);
        const master = masterObservable && !b?.swarmGone ? await masterStands(ctx, p) : undefined;
        if (master) effects.push(master);
      }
      judgeRefusal(answer, effects);
    },
  };
}

/** A's own member_left, naming a swarm other than the envelope's (SYS-SWARM-001). */
function foreignSwarm(id: string, swarmId: () => unknown, expected: string): Check {
  return {
    id,
    requirement: 'SYS-SWARM-001',
    also: ['SRV-MSG-005'],
    category: 'security',
    expected,
    needs: { members: 1 },
    async run(ctx) {
      const [a] = membersOf(ctx, 1);
      const swarm = joinedSwarm(ctx);
      // Not a field of member_left's schema, so an extra key: the rule holds whatever the action.
      const content = JSON.stringify({ ...memberLeftContent(a.agentId), swarm_id: swarmId() });
      const answer = await sendSystem(ctx, a, content);
      const effect = await stillMember(ctx, a, swarm);
      judgeRefusal(answer, effect ? [effect.seen] : []);
    },
  };
}

/** A system message the agent must store without acting on it (SYS-ENC-002). */
function inert(id: string, content: (ctx: CheckContext, p: Parties) => string, expected: string): Check {
  return {
    id,
    requirement: 'SYS-ENC-002',
    category: 'correctness',
    expected,
    needs: { members: 2 },
    async run(ctx) {
      const p = partiesOf(ctx);
      const answer = await sendSystem(ctx, p.b, content(ctx, p));
      const effect = await stillMember(ctx, p.a, p.swarm);
      expectAccepted(answer, 'correctness');
      if (effect) throw new CheckFailed('correctness', `stored, but acted on: ${effect.seen}`);
    },
  };
}

const checks: Check[] = [
  forgery({
    id: 'authority.member-muted.non-master',
    requirement: 'SYS-AUTH-001',
    expected: 'a member_muted from a member that is not the master is refused 403 NOT_AUTHORIZED',
    content: (ctx, p) => ({ content: serializeSystemContent(memberMutedContent(p.a.agentId, forgedReason(ctx))) }),
  }),
  forgery({
    id: 'authority.member-unmuted.non-master',
    requirement: 'SYS-AUTH-001',
    expected: 'a member_unmuted from a member that is not the master is refused 403 NOT_AUTHORIZED',
    content: (_ctx, p) => ({ content: serializeSystemContent(memberUnmutedContent(p.a.agentId)) }),
  }),
  forgery({
    id: 'authority.member-kicked.non-master',
    requirement: 'SYS-AUTH-001',
    expected:
      'a member_kicked of one member sent by another that is not the master is refused 403 NOT_AUTHORIZED, and the kicked member stays',
    content: (ctx, p) => ({ content: serializeSystemContent(memberKickedContent(p.a.agentId, forgedReason(ctx))) }),
  }),
  forgery({
    id: 'authority.member-left.other-member',
    requirement: 'SYS-AUTH-002',
    expected:
      'a member_left naming another member than its sender is refused 403 NOT_AUTHORIZED, and that member stays',
    content: (_ctx, p) => ({ content: serializeSystemContent(memberLeftContent(p.a.agentId)) }),
  }),
  {
    id: 'authority.member-joined.re-key',
    requirement: 'SYS-JOIN-002',
    also: ['SYS-AUTH-001', 'SRV-MSG-005'],
    category: 'security',
    expected:
      "a member_joined from a member that names another current member with a new public_key is refused 403 NOT_AUTHORIZED, and the member's key stays",
    needs: { members: 2 },
    async run(ctx) {
      const p = partiesOf(ctx);
      const keyPair = keyPairFromSeed(generateSeed());
      // A under its own name and address, with a key the forger holds.
      const rekeyed: Identity = { ...p.a, keyPair, publicKey: encodePublicKey(keyPair.publicKey) };
      const content = serializeSystemContent(
        memberJoinedContent({
          swarm_id: p.swarm.swarmId,
          agent_id: p.a.agentId,
          endpoint: p.a.endpoint,
          public_key: rekeyed.publicKey,
          joined_at: formatTimestamp(new Date(ctx.now())),
        }),
      );
      const answer = await sendSystem(ctx, p.b, content);
      const effects: string[] = [];
      const forged = await sendPlain(ctx, rekeyed, 'signed with the forged key');
      if (forged.status === 200) {
        effects.push(`afterwards a message as ${p.a.agentId} signed with the forged key was accepted`);
        // The forged key leaves, then the member joins again with its own.
        const left = await ctx.send(() => postMessage(ctx.endpoint, leaveMessage(rekeyed, p.swarm.swarmId)));
        ctx.note(`${p.a.agentId} left under the forged key: ${summarize(left)}`);
        await restoreMember(ctx, p.swarm, p.a);
      }
      const standing = await stillMember(ctx, p.a, p.swarm);
      if (standing) effects.push(standing.seen);
      judgeRefusal(answer, effects);
    },
  },
  foreignSwarm(
    'authority.swarm-id.other-swarm',
    () => randomUUID(),
    "a member's own member_left whose content names another swarm_id than the envelope is refused 403 NOT_AUTHORIZED",
  ),
  foreignSwarm(
    'authority.swarm-id.not-a-string',
    () => 42,
    "a member's own member_left whose content has a swarm_id that is not a string is refused 403 NOT_AUTHORIZED",
  ),
  inert(
    'authority.system-content.not-json',
    // What a reference kick with a quote in its reason looks like: a member_kicked to the eye, not JSON.
    (ctx, p) =>
      `{"action":"member_kicked","agent_id":"${p.a.agentId}","reason":"${ctx.contentPrefix} a "quoted" reason"}`,
    'a system message whose content is not JSON (though it reads like a member_kicked) is accepted and changes nothing',
  ),
  inert(
    'authority.system-content.unknown-action',
    (ctx, p) => JSON.stringify({ action: 'member_evicted', agent_id: p.a.agentId, note: ctx.contentPrefix }),
    'a system message whose content names an action the protocol does not have is accepted and changes nothing',
  ),
  forgery({
    id: 'authority.master-transfer.non-master',
    requirement: 'SYS-AUTH-003',
    expected:
      'a master_transfer from a member that is not the master, naming itself the new master, is refused 403 NOT_AUTHORIZED, and the master stays',
    content: (ctx, p) => ({
      content: serializeSystemContent(masterTransferContent(p.b.agentId, p.swarm.masterId, forgedReason(ctx))),
    }),
    watch: { b: true, master: true },
  }),
  forgery({
    id: 'authority.master-changed.non-master',
    requirement: 'SYS-AUTH-001',
    expected:
      'a master_changed from a member that is not the master, naming itself, is refused 403 NOT_AUTHORIZED, and the master stays',
    content: (_ctx, p) => ({ content: serializeSystemContent(masterChangedContent(p.b.agentId, p.swarm.masterId)) }),
    watch: { b: true, master: true },
  }),
  // The two that would end the swarm come after every other forgery: an agent that applies them loses the swarm.
  forgery({
    id: 'authority.swarm-dissolved.non-master',
    requirement: 'SYS-AUTH-001',
    expected:
      'a swarm_dissolved from a member that is not the master is refused 403 NOT_AUTHORIZED, and the swarm stays',
    content: (ctx, p) => ({
      content: serializeSystemContent(swarmDissolvedContent(p.swarm.swarmId, forgedReason(ctx))),
    }),
    watch: { b: true },
  }),
  forgery({
    id: 'authority.kicked.non-master',
    requirement: 'SYS-AUTH-001',
    expected:
      'a kicked naming the agent itself, sent to it by a member that is not the master, is refused 403 NOT_AUTHORIZED, and the agent keeps the swarm',
    // `kicked` goes to the kicked agent only: the agent under test, told it was removed.
    content: async (ctx) => {
      const self = await agentIdOf(ctx);
      return { content: serializeSystemContent(kickedContent(self, forgedReason(ctx))), recipient: self };
    },
    watch: { b: true },
  }),
  {
    id: 'authority.member-left.own',
    requirement: 'SYS-AUTH-002',
    also: ['SRV-MSG-005'],
    category: 'correctness',
    expected:
      "a member's own member_left is accepted and applied: the leaver's messages are refused 403 NOT_MEMBER afterwards",
    needs: { members: 1 },
    async run(ctx) {
      const [a] = membersOf(ctx, 1);
      const swarm = joinedSwarm(ctx);
      const left = await ctx.send(() => postMessage(ctx.endpoint, leaveMessage(a, swarm.swarmId)));
      expectAccepted(left, 'correctness');
      const after = await sendPlain(ctx, a, 'after leaving');
      // Gone whatever the answer says next; still a member, it leaves again at the end of the run.
      if (errorCodeOf(after) === 'NOT_MEMBER') ctx.forget(a);
      try {
        expectRefused(after, 'NOT_MEMBER', 'correctness');
      } catch (error) {
        if (!(error instanceof CheckFailed)) throw error;
        throw new CheckFailed(
          error.category,
          `after its member_left was accepted, ${a.agentId}'s message: ${error.message}`,
        );
      }
    },
  },
];

export const authoritySection: Section = { id: 'authority', title: 'Authority over system messages', checks };
