import { expect } from 'chai';
import { validateConformanceReport } from '../../generated/validators/ConformanceReport.js';
import { planChecks } from '../../src/conformance/runner.js';
import { type AgentUnderTest, startAgentUnderTest } from './fixture.js';

describe('conformance: the runner', () => {
  let under: AgentUnderTest;
  before(async () => {
    under = await startAgentUnderTest();
  });
  after(() => under.close());

  it('passes our agent on the stranger checks and reports in its schema', async () => {
    const report = await under.run({ only: ['stranger'] });
    expect(validateConformanceReport(report), JSON.stringify(validateConformanceReport.errors)).to.equal(true);
    const failed = report.checks.filter((c) => c.status !== 'passed');
    expect(failed, JSON.stringify(failed, null, 2)).to.deep.equal([]);
    expect(report.verdict).to.equal('pass');
  });

  it('selects checks by check id prefix or requirement id prefix', () => {
    expect(planChecks(['stranger.message']).map((p) => p.check.id)).to.include('stranger.message.invalid-json');
    expect(planChecks(['SRV-HEALTH']).map((p) => p.check.id)).to.include('stranger.health');
    expect(
      planChecks(['SRV-HEALTH-001']).every((p) =>
        [p.check.requirement, ...(p.check.also ?? [])].includes('SRV-HEALTH-001'),
      ),
    ).to.equal(true);
    expect(planChecks(['no-such-check'])).to.deep.equal([]);
  });
});
