import { expect } from 'chai';
import { type AgentUnderTest, startAgentUnderTest } from './fixture.js';
import { jsonAnswer, startMutantProxy } from './mutant-proxy.js';

describe('conformance: identifiers at the edges of their forms', () => {
  let under: AgentUnderTest;
  beforeEach(async () => {
    under = await startAgentUnderTest();
  });
  afterEach(() => under.close());

  it('passes our agent, and the longest id leaves again at the end', async () => {
    const report = await under.run({ only: ['identifiers'] });
    expect(report.checks.map((c) => [c.id, c.status, c.failure?.message ?? ''])).to.deep.equal([
      ['identifiers.agent-id.longest', 'passed', ''],
      ['identifiers.endpoint.plain-http', 'passed', ''],
      ['identifiers.endpoint.too-long', 'passed', ''],
    ]);
    expect(report.left_behind.identities_remaining).to.deep.equal([]);
    const members = under.agent.store.swarms.get(under.swarmId)?.members.map((m) => m.agentId) ?? [];
    expect(members).to.deep.equal(['agent-under-test']);
  });

  it('fails an agent that refuses long ids and registers any endpoint', async () => {
    let admitted = 0;
    const proxy = await startMutantProxy(under.agent.endpoint, {
      request: (request) => {
        const sender = (request.json as { sender?: { agent_id?: string; endpoint?: string } } | undefined)?.sender;
        if (request.path.endsWith('/join') && (sender?.agent_id?.length ?? 0) > 64) {
          return jsonAnswer(400, { error: { code: 'INVALID_FORMAT', message: 'agent_id too long', details: null } });
        }
        const endpoint = sender?.endpoint ?? '';
        if (request.path.endsWith('/join') && (!endpoint.startsWith('https://') || endpoint.length > 2048)) {
          admitted += 1;
          return jsonAnswer(200, { status: 'accepted', swarm_id: under.swarmId, swarm_name: 'x', members: [sender] });
        }
        return request;
      },
    });
    try {
      const report = await under.run({ endpoint: proxy.endpoint, only: ['identifiers'] });
      expect(report.checks.map((c) => [c.id, c.status, c.failure?.category])).to.deep.equal([
        ['identifiers.agent-id.longest', 'failed', 'correctness'],
        ['identifiers.endpoint.plain-http', 'failed', 'security'],
        ['identifiers.endpoint.too-long', 'failed', 'correctness'],
      ]);
      expect(admitted).to.equal(2);
    } finally {
      await proxy.close();
    }
  });
});
