import { expect } from 'chai';
import { validateConformanceReport } from '../../generated/validators/ConformanceReport.js';
import { requirementCoverage } from '../../src/conformance/coverage.js';
import { planChecks } from '../../src/conformance/runner.js';
import { RateLimits } from '../../src/server/rate-limit.js';
import { type AgentUnderTest, startAgentUnderTest } from './fixture.js';
import { protocol02Mutants } from './mutants/protocol-02.js';

const SECTIONS = ['protocol-02', 'sealed'];

describe('conformance: the protocol 0.2 and sealed sections', () => {
  let under: AgentUnderTest | undefined;
  afterEach(async () => {
    await under?.close();
    under = undefined;
  });

  it('passes our agent on every check, and the 0.2 identity leaves as 0.2', async () => {
    under = await startAgentUnderTest();
    const report = await under.run({ only: SECTIONS });
    expect(validateConformanceReport(report), JSON.stringify(validateConformanceReport.errors)).to.equal(true);
    const notPassed = report.checks.filter((c) => c.status !== 'passed');
    expect(notPassed, JSON.stringify(notPassed, null, 2)).to.deep.equal([]);
    expect(report.checks.map((c) => c.id)).to.deep.equal(planChecks(SECTIONS).map((p) => p.check.id));
    expect(report.verdict).to.equal('pass');
    const v02 = report.identities.filter((identity) => identity.agent_id.endsWith('-v02'));
    expect(v02.map((identity) => [identity.left, identity.confirmed_gone, identity.detail])).to.deep.equal([
      [true, true, 'member_left: 200 queued; a message afterwards: 403 NOT_MEMBER'],
    ]);
    expect(report.left_behind.identities_remaining).to.deep.equal([]);
    expect(under.agent.store.swarms.get(under.swarmId)?.members.map((m) => m.agentId)).to.deep.equal([
      'agent-under-test',
    ]);
  });

  it('keeps the 0.2 identity out of the 0.1.0 checks: a run of every message section passes', async () => {
    under = await startAgentUnderTest();
    const report = await under.run({ only: ['protocol-02', 'signature', 'sealed', 'envelope', 'timestamps'] });
    const failed = report.checks.filter((c) => c.status === 'failed');
    expect(failed, JSON.stringify(failed, null, 2)).to.deep.equal([]);
  });

  it('joins the 0.2 identity with the members: under default rate limits the 0.2 checks run after the joins checks', async function () {
    this.timeout(60_000);
    under = await startAgentUnderTest({ rateLimits: true });
    const agent = under.agent;
    // The hour a join's Retry-After asks for passes at once for the limiter (the limits stay the defaults).
    const sleep = async () => {
      agent.ctx.limits = new RateLimits(agent.ctx.options.rateLimits);
    };
    const report = await under.run({ fuzz: 0, only: ['joins', ...SECTIONS], sleep });
    const v02 = report.checks.filter((c) => SECTIONS.includes(c.section));
    expect(
      v02.filter((c) => c.status !== 'passed'),
      JSON.stringify(v02, null, 2),
    ).to.deep.equal([]);
  });

  it('skips every 0.2 check against an agent with 0.2 off, saying /info does not list 0.2.0, and still leaves', async () => {
    under = await startAgentUnderTest({
      server: { protocol: { v02: false, refuseDowngrade: true, peerInfoTtlMs: 60 * 60 * 1000 } },
    });
    const report = await under.run({ only: SECTIONS });
    const byStatus = report.checks.map((c) => [c.id, c.status]);
    expect(byStatus[0]).to.deep.equal(['protocol-02.advertised', 'passed']);
    for (const check of report.checks.slice(1)) {
      expect(check.status, check.id).to.equal('skipped');
      expect(check.reason).to.match(/does not list 0\.2\.0 \(no protocol_versions, i\.e\. 0\.1\.0 alone\)/);
    }
    expect(report.verdict).to.equal('pass');
    expect(report.left_behind.identities_remaining).to.deep.equal([]);
  });

  it('exercises the receiver side of 0.2 over the wire, and says why the store rule is not', () => {
    const rows = new Map(requirementCoverage().map((row) => [row.id as string, row]));
    for (const id of ['NEG-001', 'MSG-VER-002', 'ESIG-002', 'NEG-DOWN-001', 'SEAL-002', 'SEAL-003', 'SRV-MSG-007']) {
      expect(
        rows.get(id)?.checks.some((check) => /^(protocol-02|sealed)\./.test(check)),
        id,
      ).to.equal(true);
    }
    expect(rows.get('SEAL-004')?.status).to.equal('local');
    expect(rows.get('NEG-002')?.checks).to.include('client-send.fields');
  });

  it('names every check of both sections in the mustFail of some mutant', () => {
    const caught = new Set(protocol02Mutants.flatMap((mutant) => mutant.mustFail));
    const uncaught = planChecks(SECTIONS)
      .map((p) => p.check.id)
      .filter((id) => !caught.has(id));
    expect(uncaught).to.deep.equal([]);
  });
});
