import { expect } from 'chai';
import type { ConformanceReport } from '../../generated/types.js';
import { planChecks } from '../../src/conformance/runner.js';
import { RateLimits } from '../../src/server/rate-limit.js';
import { type AgentUnderTest, startAgentUnderTest } from './fixture.js';

function notPassed(report: ConformanceReport) {
  return report.checks.filter((c) => c.status === 'failed');
}

describe('conformance: whole runs against our agent', function () {
  this.timeout(180_000);
  let under: AgentUnderTest;
  afterEach(() => under.close());

  it('passes every member check without rate limits, quickly, and leaves the swarm as it found it', async () => {
    under = await startAgentUnderTest();
    const gated = under.agent.createSwarm([], { requireApproval: true });
    const started = Date.now();
    const report = await under.run({
      fuzz: 300,
      oversizeBytes: 8 * 1024 * 1024,
      singleUseInvites: [under.invite({ maxUses: 1 })],
      specialInvites: {
        expired: under.invite({ expiresIn: -60 }),
        revoked: under.invite({ revoked: true }),
        approval: under.invite({ swarmId: gated }),
      },
    });
    const elapsed = Date.now() - started;
    expect(notPassed(report), JSON.stringify(notPassed(report), null, 2)).to.deep.equal([]);
    // Without a listener or --rate-limits, exactly those checks are skipped, each saying why.
    expect(report.checks.filter((c) => c.status === 'skipped').map((c) => [c.id, c.reason])).to.deep.equal([
      ['joins.announce.member-joined', 'needs a live endpoint of the suite: give --listen and --advertise'],
      ['rate-limits.message', 'rate-limit checks run only with --rate-limits'],
      ['rate-limits.retry-after', 'rate-limit checks run only with --rate-limits'],
    ]);
    expect(report.checks.length).to.equal(planChecks().length);
    expect(elapsed, 'the issue asks for under 60 s').to.be.below(60_000);
    expect(report.left_behind.identities_remaining).to.deep.equal([]);
    const members = under.agent.store.swarms.get(under.swarmId)?.members.map((m) => m.agentId);
    expect(members).to.deep.equal(['agent-under-test']);
    expect(under.agent.store.swarms.get(under.swarmId)?.masterId).to.equal('agent-under-test');
  });

  it('completes correctly against the default rate limits: 429s are waited out, never judged as failures', async () => {
    under = await startAgentUnderTest({ rateLimits: true });
    // The minute a Retry-After asks for passes for the limiter, not for the test: the run's sleep gives the agent
    // fresh windows at once (the limits stay the defaults), and records how long it was asked to wait.
    const asked: number[] = [];
    const sleep = async (ms: number) => {
      asked.push(ms);
      under.agent.ctx.limits = new RateLimits(under.agent.ctx.options.rateLimits);
    };
    const report = await under.run({ fuzz: 300, singleUseInvites: [under.invite({ maxUses: 1 })], sleep });
    expect(asked.length).to.be.above(0);
    expect(asked.every((ms) => ms > 1000 && ms <= 61_000)).to.equal(true);
    expect(report.summary.waited_ms).to.equal(asked.reduce((sum, ms) => sum + ms, 0));
    expect(notPassed(report), JSON.stringify(notPassed(report), null, 2)).to.deep.equal([]);
    // More than 100 messages a minute reach the swarm's limit: the run waited as Retry-After said, and says so.
    expect(report.summary.waited_ms).to.be.above(0);
    const waited = report.checks.filter((c) => (c.waited_ms ?? 0) > 0);
    expect(waited.length).to.be.above(0);
    expect(waited.every((c) => c.notes.some((n) => /^waited \d+ s after a 429 \(Retry-After\)$/.test(n)))).to.equal(
      true,
    );
    // Joins are limited to 10 an hour: the checks past that are skipped with the reason, not failed.
    const limited = report.checks.filter(
      (c) => c.status === 'skipped' && /Retry-After \d+ s is longer/.test(c.reason ?? ''),
    );
    expect(limited.length).to.be.above(0);
    expect(report.verdict).to.equal('pass');
    expect(report.left_behind.identities_remaining).to.deep.equal([]);
  });
});
