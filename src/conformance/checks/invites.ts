// Invites only the operator can make: expired, revoked, or to a swarm that requires approval. The suite cannot
// sign as the master, so these run only when the operator hands such an invite over (--expired-invite, ...).
import { validateJoinPending } from '../../../generated/validators/JoinPending.js';
import { parseInviteUrl } from '../../core/invite-url.js';
import { joinBody, postJoin, postMessage, signedMessage } from '../identities.js';
import { expectBody, expectRefused, type Validator } from '../judge.js';
import { type Check, type CheckContext, CheckFailed, type Section } from '../model.js';

async function joinWith(ctx: CheckContext, invite: string, label: string) {
  const joiner = ctx.newIdentity(label);
  const answer = await ctx.send(() => postJoin(ctx.endpoint, joinBody(invite, joiner), joiner.agentId));
  return { joiner, answer };
}

const checks: Check[] = [
  {
    id: 'invites.expired',
    requirement: 'TOK-EXP-001',
    also: ['SRV-JOIN-002'],
    category: 'security',
    expected: 'a join with an invite whose expires_at has passed is refused 401 TOKEN_EXPIRED',
    needs: { invite: 'expired' },
    async run(ctx) {
      const { answer, joiner } = await joinWith(ctx, ctx.specialInvite('expired'), 'expired');
      if (answer.status === 200) ctx.adopt(joiner);
      expectRefused(answer, 'TOKEN_EXPIRED', 'security');
    },
  },
  {
    id: 'invites.revoked',
    requirement: 'TOK-REV-001',
    also: ['SRV-JOIN-002'],
    category: 'security',
    expected: 'a join with an invite its issuer revoked is refused 403 TOKEN_REVOKED',
    needs: { invite: 'revoked' },
    async run(ctx) {
      const { answer, joiner } = await joinWith(ctx, ctx.specialInvite('revoked'), 'revoked');
      if (answer.status === 200) ctx.adopt(joiner);
      expectRefused(answer, 'TOKEN_REVOKED', 'security');
    },
  },
  {
    id: 'invites.approval.pending',
    requirement: 'SRV-JOIN-004',
    also: ['JOIN-APR-001'],
    category: 'security',
    expected:
      'a join to a swarm that requires approval is answered 202 pending, again 202 when repeated, and the joiner is not a member meanwhile',
    needs: { invite: 'approval' },
    async run(ctx) {
      const invite = ctx.specialInvite('approval');
      const { joiner, answer } = await joinWith(ctx, invite, 'pending');
      if (answer.status === 200) {
        ctx.adopt(joiner);
        throw new CheckFailed('security', 'admitted at once (200) to a swarm that requires approval');
      }
      if (answer.status !== 202)
        throw new CheckFailed('correctness', `answered ${answer.status}; expected 202 pending`);
      expectBody({ ...answer, status: 200 }, validateJoinPending as Validator, 'a JoinPending body');
      const again = await ctx.send(() => postJoin(ctx.endpoint, joinBody(invite, joiner), joiner.agentId));
      if (again.status !== 202)
        throw new CheckFailed('correctness', `the repeated request was answered ${again.status}; expected 202 again`);
      const swarmId = parseInviteUrl(invite).swarmId.toLowerCase();
      const message = await ctx.send(() =>
        postMessage(ctx.endpoint, signedMessage(joiner, swarmId, { content: `${ctx.contentPrefix} while pending` })),
      );
      expectRefused(message, 'NOT_MEMBER', 'security');
      ctx.note(`the pending request of ${joiner.agentId} stays on the agent until its operator denies it`);
    },
  },
];

export const invitesSection: Section = { id: 'invites', title: 'Invites only the operator can make', checks };
