import { expect } from 'chai';
import { planChecks } from '../../src/conformance/runner.js';
import { type AgentUnderTest, startAgentUnderTest } from './fixture.js';

describe('conformance: the membership and authority sections', () => {
  let under: AgentUnderTest;
  before(async () => {
    under = await startAgentUnderTest();
  });
  after(() => under.close());

  it('passes our agent on every check of both sections, and leaves the swarm as it found it', async () => {
    const report = await under.run({ only: ['membership', 'authority'] });
    const planned = planChecks(['membership', 'authority']).map((p) => p.check.id);
    expect(report.checks.map((c) => c.id)).to.deep.equal(planned);
    const failed = report.checks.filter((c) => c.status !== 'passed');
    expect(failed, JSON.stringify(failed, null, 2)).to.deep.equal([]);
    expect(report.verdict).to.equal('pass');

    const swarm = under.agent.store.swarms.get(under.swarmId);
    expect(swarm?.masterId).to.equal(under.agent.self.agentId);
    expect(swarm?.role).to.equal('master');
    const members = under.agent.store.swarms.listMembers(under.swarmId).map((m) => m.agentId);
    expect(members).to.deep.equal([under.agent.self.agentId]);
    expect(
      report.identities.every((identity) => identity.confirmed_gone),
      JSON.stringify(report.identities),
    ).to.equal(true);
  });

  it('orders the section as it must: the forgeries that end the swarm late, the own leave last', () => {
    const ids = planChecks(['authority']).map((p) => p.check.id);
    expect(ids.at(-1)).to.equal('authority.member-left.own');
    expect(ids.slice(-3, -1)).to.deep.equal(['authority.swarm-dissolved.non-master', 'authority.kicked.non-master']);
  });
});
