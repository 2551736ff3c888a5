// Identifiers at the edges of their forms: the longest agent id a receiver must accept, and endpoints a joiner
// may not register (plain http, past the length limit).

import { joinBody, postJoin, postMessage, signedMessage } from '../identities.js';
import { expectAccepted, expectRefused } from '../judge.js';
import type { Check, CheckContext, Identity, Section } from '../model.js';

/** The same key and endpoint under another agent id. */
function renamed(identity: Identity, agentId: string): Identity {
  return { ...identity, agentId };
}

async function join(ctx: CheckContext, joiner: Identity, sender: Partial<Identity> = {}) {
  const invite = ctx.swarm?.invite as string;
  return ctx.send(() =>
    postJoin(
      ctx.endpoint,
      joinBody(invite, joiner, sender.endpoint ? { endpoint: sender.endpoint } : {}),
      joiner.agentId,
    ),
  );
}

const checks: Check[] = [
  {
    id: 'identifiers.agent-id.longest',
    requirement: 'ID-AGENT-001',
    category: 'correctness',
    expected: 'an agent id of 256 characters joins, and its messages are accepted',
    needs: { members: 1 },
    async run(ctx) {
      const base = ctx.newIdentity('long');
      const joiner = renamed(base, `${base.agentId}-${'x'.repeat(256)}`.slice(0, 256));
      const joined = await join(ctx, joiner);
      if (joined.status === 200) ctx.adopt(joiner);
      expectAccepted(
        { ...joined, body: { status: 'queued', message_id: '00000000-0000-4000-8000-000000000000' } },
        'correctness',
      );
      const swarmId = ctx.swarm?.swarmId as string;
      expectAccepted(await ctx.send(() => postMessage(ctx.endpoint, signedMessage(joiner, swarmId))), 'correctness');
    },
  },
  {
    id: 'identifiers.endpoint.plain-http',
    requirement: 'ID-ENDP-001',
    category: 'security',
    expected: 'a join registering an http:// endpoint is refused 400 INVALID_FORMAT',
    needs: { members: 1 },
    async run(ctx) {
      const joiner = ctx.newIdentity('http');
      const answer = await join(ctx, joiner, { endpoint: `http://${joiner.agentId}.conformance.invalid/swarm` });
      if (answer.status === 200) ctx.adopt(joiner);
      expectRefused(answer, 'INVALID_FORMAT', 'security');
    },
  },
  {
    id: 'identifiers.endpoint.too-long',
    requirement: 'ID-ENDP-001',
    category: 'correctness',
    expected: 'a join registering an endpoint of 2049 characters is refused 400 INVALID_FORMAT',
    needs: { members: 1 },
    async run(ctx) {
      const joiner = ctx.newIdentity('longurl');
      const endpoint = `https://${joiner.agentId}.conformance.invalid/${'p'.repeat(2049)}`.slice(0, 2049);
      const answer = await join(ctx, joiner, { endpoint });
      if (answer.status === 200) ctx.adopt(joiner);
      expectRefused(answer, 'INVALID_FORMAT', 'correctness');
    },
  },
];

export const identifiersSection: Section = {
  id: 'identifiers',
  title: 'Identifiers at the edges of their forms',
  checks,
};
