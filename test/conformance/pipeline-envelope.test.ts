import { expect } from 'chai';
import type { ConformanceReport } from '../../generated/types.js';
import { planChecks } from '../../src/conformance/runner.js';
import { type AgentUnderTest, startAgentUnderTest } from './fixture.js';

/**
 * Checks our server fails because the server is wrong, not the check: the receipt fingerprint
 * (src/state/envelope.ts serializeEnvelope) hashes message_id and swarm_id as sent, so a copy that differs only in
 * their case is a 409 conflict, where ID-UUID-001 and SRV-MSG-003 make it the same message (200).
 */
describe('conformance: the pipeline and envelope sections', () => {
  let under: AgentUnderTest;
  let report: ConformanceReport;
  before(async () => {
    under = await startAgentUnderTest();
    report = await under.run({ only: ['pipeline', 'envelope'] });
  });
  after(() => under.close());

  it('has at least 8 order pairs, each of SRV-MSG-001', () => {
    const pairs = planChecks(['pipeline.order']).map((p) => p.check);
    expect(pairs.length).to.be.at.least(8);
    expect(new Set(pairs.map((c) => c.requirement))).to.deep.equal(new Set(['SRV-MSG-001']));
  });

  it('passes our agent on every check but its known bugs', () => {
    const notPassed = report.checks.filter((c) => c.status !== 'passed');
    expect(notPassed, JSON.stringify(notPassed, null, 2)).to.deep.equal([]);
    expect(report.checks.map((c) => c.id)).to.include.members(
      planChecks(['pipeline', 'envelope']).map((p) => p.check.id),
    );
  });

  it('leaves the members in the swarm until they leave at the end', () => {
    expect(
      report.identities.every((i) => i.left && i.confirmed_gone),
      JSON.stringify(report.identities),
    ).to.equal(true);
  });

  it('keeps one copy of the message sent twice', () => {
    const rows = under.agent.store.inbox
      .list({ limit: 100 })
      .filter((row) => row.body.endsWith('envelope: sent twice'));
    expect(rows).to.have.length(1);
  });
});
