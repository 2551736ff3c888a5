// The implementation's own server, now that the suite is its swarm's master: it accepts the master's and the
// members' messages, refuses a member's forgery of the master's actions, admits a member the master announces
// (fetching its key from /info, which must name it), hands authority over on master_transfer, and forgets the
// swarm when kicked or when the swarm is dissolved.
import {
  kickedContent,
  masterTransferContent,
  memberJoinedContent,
  memberKickedContent,
  swarmDissolvedContent,
} from '../../../core/system-content.js';
import { formatTimestamp } from '../../../core/timestamp.js';
import { expectAccepted, expectRefused, summarize } from '../../judge.js';
import { type Answer, CheckFailed, type Identity } from '../../model.js';
import type { ClientSection, ProbeCheck, ProbeContext } from '../model.js';

/** After a forgery was refused, the state it would have changed must still stand: `from`'s messages pass. */
async function stillAccepted(ctx: ProbeContext, from: Identity, what: string): Promise<void> {
  const answer = await ctx.deliver(from, ctx.swarm.message(from, what));
  if (answer.status !== 200) {
    throw new CheckFailed(
      'security',
      `refused the forgery, yet then refused ${from.agentId}'s message (${summarize(answer)}): it took effect`,
    );
  }
}

/** Sends messages from `from` until one is accepted or `ms` pass; the last answer. */
async function acceptedWithin(ctx: ProbeContext, from: Identity, ms: number): Promise<Answer> {
  const deadline = Date.now() + ms;
  for (let round = 1; ; round += 1) {
    const answer = await ctx.deliver(from, ctx.swarm.message(from, `from a new member, try ${round}`));
    if (answer.status === 200 || Date.now() >= deadline) return answer;
    await ctx.sleep(250);
  }
}

/** The forgery `content` from member m1, which must be refused NOT_AUTHORIZED and change nothing. */
function forgery(
  id: string,
  requirement: ProbeCheck['requirement'],
  expected: string,
  build: (ctx: ProbeContext) => { recipient: string; content: object; witness: Identity },
): ProbeCheck {
  return {
    id,
    requirement,
    ...(requirement === 'SYS-AUTH-001' ? {} : { also: ['SYS-AUTH-001'] as const }),
    category: 'security',
    expected,
    phase: 'member',
    async probe(ctx) {
      await ctx.ensureMember();
      const { recipient, content, witness } = build(ctx);
      const forger = ctx.swarm.agent('m1');
      expectRefused(
        await ctx.deliver(forger, ctx.swarm.system(forger, recipient, content)),
        'NOT_AUTHORIZED',
        'security',
      );
      await stillAccepted(ctx, witness, 'after a forgery');
    },
  };
}

const masterMessage: ProbeCheck = {
  id: 'client-receive.master-message',
  requirement: 'SRV-MSG-001',
  category: 'correctness',
  expected: "accepts a message its swarm's master signed (200 queued)",
  phase: 'member',
  async probe(ctx) {
    await ctx.ensureMember();
    const master = ctx.swarm.master();
    expectAccepted(await ctx.deliver(master, ctx.swarm.message(master, 'from the master')), 'correctness');
  },
};

const memberMessage: ProbeCheck = {
  id: 'client-receive.member-message',
  requirement: 'SRV-MSG-001',
  category: 'correctness',
  expected: 'accepts a broadcast a member of the join answer signed (200 queued)',
  phase: 'member',
  async probe(ctx) {
    await ctx.ensureMember();
    const member = ctx.swarm.agent('m2');
    expectAccepted(
      await ctx.deliver(member, ctx.swarm.message(member, 'from a member', { recipient: 'broadcast' })),
      'correctness',
    );
  },
};

const memberJoined: ProbeCheck = {
  id: 'client-receive.member-joined',
  requirement: 'SYS-JOIN-001',
  category: 'correctness',
  expected:
    'admits the member a master-signed member_joined announces, its key fetched from its /info, and then accepts its messages',
  phase: 'member',
  async probe(ctx) {
    await ctx.ensureMember();
    const { swarm } = ctx;
    const master = swarm.master();
    const newcomer = swarm.agent('m3');
    const content = memberJoinedContent({
      swarm_id: swarm.swarmId,
      agent_id: newcomer.agentId,
      endpoint: newcomer.endpoint,
      joined_at: formatTimestamp(new Date()),
    });
    expectAccepted(await ctx.deliver(master, swarm.system(master, 'broadcast', content)), 'correctness');
    swarm.setMember('m3', true);
    const fetched = await ctx.waitForArrival((a) => a.path === `/${newcomer.agentId}/info`, ctx.settleMs);
    ctx.note(fetched ? `it fetched ${fetched.path}` : `it did not fetch /${newcomer.agentId}/info`);
    const answer = await acceptedWithin(ctx, newcomer, ctx.settleMs);
    if (answer.status !== 200) {
      throw new CheckFailed('correctness', `the announced member's messages are still refused (${summarize(answer)})`);
    }
  },
};

const memberJoinedInfoMismatch: ProbeCheck = {
  id: 'client-receive.member-joined.info-mismatch',
  requirement: 'SYS-JOIN-001',
  category: 'security',
  expected: 'does not admit an announced member whose /info names another agent_id: its messages stay refused',
  phase: 'member',
  async probe(ctx) {
    await ctx.ensureMember();
    const { swarm } = ctx;
    const master = swarm.master();
    const stranger = swarm.agent('m4');
    swarm.lieAbout('m4', `${stranger.agentId}-impostor`);
    const content = memberJoinedContent({
      swarm_id: swarm.swarmId,
      agent_id: stranger.agentId,
      endpoint: stranger.endpoint,
      joined_at: formatTimestamp(new Date()),
    });
    expectAccepted(await ctx.deliver(master, swarm.system(master, 'broadcast', content)), 'correctness');
    const fetched = await ctx.waitForArrival((a) => a.path === `/${stranger.agentId}/info`, ctx.settleMs);
    ctx.note(
      fetched ? `it fetched ${fetched.path}, which names ${stranger.agentId}-impostor` : 'it did not fetch /info',
    );
    // Time to act on what it fetched, as an admission would take.
    await ctx.sleep(500);
    expectRefused(
      await ctx.deliver(stranger, swarm.message(stranger, 'announced, /info names another')),
      'NOT_MEMBER',
      'security',
    );
  },
};

const kicked: ProbeCheck = {
  id: 'client-receive.kicked',
  requirement: 'SYS-KICK-001',
  category: 'correctness',
  expected: "forgets the swarm when its master kicks it: the swarm's messages are then answered SWARM_NOT_FOUND",
  phase: 'end',
  async probe(ctx) {
    await ctx.ensureMember();
    const master = ctx.swarm.master();
    expectAccepted(
      await ctx.deliver(
        master,
        ctx.swarm.system(master, ctx.impl.agentId, kickedContent(ctx.impl.agentId, 'conformance')),
      ),
      'correctness',
    );
    ctx.forgetImplementation();
    expectRefused(
      await ctx.deliver(master, ctx.swarm.message(master, 'after the kick')),
      'SWARM_NOT_FOUND',
      'correctness',
    );
  },
};

const masterTransfer: ProbeCheck = {
  id: 'client-receive.master-transfer',
  requirement: 'SYS-AUTH-003',
  category: 'security',
  expected: "accepts master_transfer from the master; then only the new master's master-only messages are accepted",
  phase: 'end',
  async probe(ctx) {
    await ctx.ensureMember();
    const { swarm } = ctx;
    const old = swarm.master();
    const heir = swarm.agent('m1');
    const transfer = masterTransferContent(heir.agentId, old.agentId);
    expectAccepted(await ctx.deliver(old, swarm.system(old, 'broadcast', transfer)), 'correctness');
    swarm.setMaster('m1');
    const target = swarm.agent('m2').agentId;
    const fromOld = await ctx.deliver(old, swarm.system(old, 'broadcast', memberKickedContent(target)));
    if (fromOld.status === 200) swarm.setMember('m2', false);
    expectRefused(fromOld, 'NOT_AUTHORIZED', 'security');
    expectAccepted(
      await ctx.deliver(heir, swarm.system(heir, 'broadcast', memberKickedContent(target))),
      'correctness',
    );
    swarm.setMember('m2', false);
  },
};

const swarmDissolved: ProbeCheck = {
  id: 'client-receive.swarm-dissolved',
  requirement: 'SYS-KICK-001',
  also: ['SYS-AUTH-001'],
  category: 'correctness',
  expected: "forgets the swarm when its master dissolves it: the swarm's messages are then answered SWARM_NOT_FOUND",
  phase: 'end',
  async probe(ctx) {
    await ctx.ensureMember();
    const master = ctx.swarm.master();
    const content = swarmDissolvedContent(ctx.swarm.swarmId, 'conformance run over');
    expectAccepted(await ctx.deliver(master, ctx.swarm.system(master, 'broadcast', content)), 'correctness');
    ctx.swarm.dissolved = true;
    ctx.forgetImplementation();
    expectRefused(
      await ctx.deliver(master, ctx.swarm.message(master, 'after dissolving')),
      'SWARM_NOT_FOUND',
      'correctness',
    );
  },
};

export const receiveSection: ClientSection = {
  id: 'client-receive',
  title: 'Its server, with the suite as master',
  checks: [
    masterMessage,
    memberMessage,
    forgery(
      'client-receive.forged-kicked',
      'SYS-AUTH-001',
      'refuses kicked from a member that is not the master (NOT_AUTHORIZED), and stays in the swarm',
      (ctx) => ({ recipient: ctx.impl.agentId, content: kickedContent(ctx.impl.agentId), witness: ctx.swarm.master() }),
    ),
    forgery(
      'client-receive.forged-member-kicked',
      'SYS-AUTH-001',
      'refuses member_kicked from a member that is not the master (NOT_AUTHORIZED), and keeps the member',
      (ctx) => ({
        recipient: 'broadcast',
        content: memberKickedContent(ctx.swarm.agent('m2').agentId),
        witness: ctx.swarm.agent('m2'),
      }),
    ),
    forgery(
      'client-receive.forged-master-transfer',
      'SYS-AUTH-003',
      'refuses master_transfer from a member that is not the master (NOT_AUTHORIZED), and keeps its master',
      (ctx) => ({
        recipient: 'broadcast',
        content: masterTransferContent(ctx.swarm.agent('m1').agentId, ctx.swarm.master().agentId),
        witness: ctx.swarm.master(),
      }),
    ),
    memberJoined,
    memberJoinedInfoMismatch,
    kicked,
    masterTransfer,
    swarmDissolved,
  ],
};
