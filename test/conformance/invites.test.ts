import { expect } from 'chai';
import { type AgentUnderTest, startAgentUnderTest } from './fixture.js';
import { jsonAnswer, startMutantProxy } from './mutant-proxy.js';

describe('conformance: invites only the operator can make', () => {
  let under: AgentUnderTest;
  let specialInvites: { expired: string; revoked: string; approval: string };
  beforeEach(async () => {
    under = await startAgentUnderTest();
    const gated = under.agent.createSwarm([], { requireApproval: true });
    specialInvites = {
      expired: under.invite({ expiresIn: -60 }),
      revoked: under.invite({ revoked: true }),
      approval: under.invite({ swarmId: gated }),
    };
  });
  afterEach(() => under.close());

  it('passes our agent, and leaves the pending request for the operator', async () => {
    const report = await under.run({ only: ['invites'], specialInvites });
    const results = report.checks.map((c) => [c.id, c.status, c.failure?.message ?? c.reason ?? '']);
    expect(results).to.deep.equal([
      ['invites.expired', 'passed', ''],
      ['invites.revoked', 'passed', ''],
      ['invites.approval.pending', 'passed', ''],
    ]);
    expect(under.agent.store.pendingJoins.list().length).to.equal(1);
  });

  it('skips each check, saying which invite it needs, when the operator gave none', async () => {
    const report = await under.run({ only: ['invites'] });
    expect(report.checks.map((c) => c.reason)).to.deep.equal([
      'needs --expired-invite',
      'needs --revoked-invite',
      'needs --approval-invite',
    ]);
  });

  it('fails an agent that admits with expired or revoked invites, or at once where approval is required', async () => {
    // Answers every join itself, as an agent that checks neither expiry, revocation nor the swarm's settings.
    const proxy = await startMutantProxy(under.agent.endpoint, {
      request: (request) => {
        if (!request.path.endsWith('/join')) return request;
        const sender = (request.json as { sender: { agent_id: string; endpoint: string; public_key: string } }).sender;
        return jsonAnswer(200, {
          status: 'accepted',
          swarm_id: under.swarmId,
          swarm_name: 'test-swarm',
          members: [sender],
        });
      },
    });
    try {
      const report = await under.run({ endpoint: proxy.endpoint, only: ['invites'], specialInvites });
      expect(report.checks.map((c) => [c.id, c.status, c.failure?.category])).to.deep.equal([
        ['invites.expired', 'failed', 'security'],
        ['invites.revoked', 'failed', 'security'],
        ['invites.approval.pending', 'failed', 'security'],
      ]);
    } finally {
      await proxy.close();
    }
  });
});
