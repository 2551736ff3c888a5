import { expect } from 'chai';
import { validateConformanceReport } from '../../generated/validators/ConformanceReport.js';
import { planChecks } from '../../src/conformance/runner.js';
import { type AgentUnderTest, startAgentUnderTest } from './fixture.js';
import { messageMutants } from './mutants/message.js';

const SECTIONS = ['signature', 'timestamps'];

describe('conformance: the signature and timestamps sections', () => {
  let under: AgentUnderTest;
  before(async () => {
    under = await startAgentUnderTest();
  });
  after(() => under.close());

  it('passes our agent on every check, and its identities leave', async () => {
    const report = await under.run({ only: SECTIONS });
    expect(validateConformanceReport(report), JSON.stringify(validateConformanceReport.errors)).to.equal(true);
    const notPassed = report.checks.filter((c) => c.status !== 'passed');
    expect(notPassed, JSON.stringify(notPassed, null, 2)).to.deep.equal([]);
    expect(report.checks.map((c) => c.id)).to.deep.equal(planChecks(SECTIONS).map((p) => p.check.id));
    expect(report.verdict).to.equal('pass');
    expect(report.left_behind.identities_remaining).to.deep.equal([]);
  });

  it('has the six tampered fields and the window edges on both sides', () => {
    const ids = planChecks(SECTIONS).map((p) => p.check.id);
    for (const field of ['message-id', 'timestamp', 'swarm-id', 'recipient', 'type', 'content']) {
      expect(ids).to.include(`signature.tampered.${field}`);
    }
    for (const edge of ['past-inside', 'past-outside', 'future-inside', 'future-outside']) {
      expect(ids).to.include(`timestamps.window.${edge}`);
    }
  });

  it('names every check of both sections in the mustFail of some mutant', () => {
    const caught = new Set(messageMutants.flatMap((mutant) => mutant.mustFail));
    const uncaught = planChecks(SECTIONS)
      .map((p) => p.check.id)
      .filter((id) => !caught.has(id));
    expect(uncaught).to.deep.equal([]);
  });
});
