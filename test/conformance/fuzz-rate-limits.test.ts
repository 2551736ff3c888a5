import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { validateMessage } from '../../generated/validators/Message.js';
import { FUZZ_SEED } from '../../src/conformance/checks/fuzz.js';
import { FAMILY_NAMES, type Json, mutateMessage, planFuzz } from '../../src/conformance/mutate.js';
import { encodePublicKey, generateSeed, keyPairFromSeed } from '../../src/core/keys.js';
import { signMessage, verifyMessage } from '../../src/core/signature.js';
import { RateLimits } from '../../src/server/rate-limit.js';
import { startAgentUnderTest } from './fixture.js';

function failures(report: { checks: { id: string; status: string; failure?: unknown; reason?: string }[] }): string {
  return JSON.stringify(
    report.checks.filter((c) => c.status !== 'passed').map((c) => ({ id: c.id, failure: c.failure, reason: c.reason })),
    null,
    2,
  );
}

describe('conformance: the fuzz and the rate limits', () => {
  describe('the mutation generator', () => {
    const keyPair = keyPairFromSeed(generateSeed());
    const swarmId = randomUUID();
    const now = Date.parse('2026-02-05T14:30:00.000Z');
    const generate = (seed: number, count: number) =>
      planFuzz(seed, count).map((plan) => {
        const base = signMessage(
          {
            sender: { agent_id: 'conformance-abc123-m1', endpoint: 'https://m1.conformance.invalid/swarm' },
            recipient: 'broadcast',
            swarm_id: swarmId,
            type: 'message',
            content: `swarm-conformance: fuzz #${plan.index}`,
          },
          keyPair,
          { now: () => new Date(now) },
        );
        const mutated = mutateMessage(plan, base, keyPair, {
          now,
          others: ['agent-under-test', 'conformance-abc123-m2'],
        });
        return { plan, ...mutated, sent: JSON.parse(JSON.stringify(mutated.body)) as Json };
      });

    it('mixes messages the schema forbids with messages it allows, and meets every family', () => {
      const cases = generate(FUZZ_SEED, 300);
      const invalid = cases.filter((c) => !validateMessage(c.sent));
      expect(invalid.length, 'schema-invalid cases').to.be.greaterThan(100);
      expect(cases.length - invalid.length, 'schema-valid cases').to.be.greaterThan(60);
      expect(new Set(cases.map((c) => c.plan.families[0]))).to.have.property('size', FAMILY_NAMES.length);
      // A short fuzz still meets every family once.
      expect(new Set(generate(FUZZ_SEED, FAMILY_NAMES.length).map((c) => c.plan.families[0])).size).to.equal(
        FAMILY_NAMES.length,
      );
    });

    it('is reproducible from its seed', () => {
      const what = (seed: number) => generate(seed, 80).map((c) => c.what);
      expect(what(7)).to.deep.equal(what(7));
      expect(what(7)).to.not.deep.equal(what(8));
    });

    it('signs again what it can, so that schema-valid mutations verify', () => {
      const cases = generate(FUZZ_SEED, 300);
      const resignedValid = cases.filter((c) => c.resigned && validateMessage(c.sent));
      expect(resignedValid.length).to.be.greaterThan(50);
      for (const c of resignedValid)
        expect(verifyMessage(c.sent, encodePublicKey(keyPair.publicKey)), c.what).to.deep.equal({ valid: true });
    });

    it('never sends a system message whose content an agent could act on', () => {
      for (const c of generate(FUZZ_SEED, 300)) {
        const bodies = Array.isArray(c.sent) ? c.sent : [c.sent];
        for (const body of bodies) {
          const message = body as { type?: unknown; content?: unknown } | null;
          if (message === null || typeof message !== 'object' || message.type !== 'system') continue;
          expect(message.content, c.what).to.be.a('string');
          expect(() => JSON.parse(message.content as string), c.what).to.throw();
        }
      }
    });

    it('nests deep metadata past 50 levels but within the 100 allowed', () => {
      const deep = generate(FUZZ_SEED, 300).filter((c) => c.plan.families.includes('deep-metadata'));
      expect(deep.length).to.be.greaterThan(5);
      for (const c of deep) {
        const depth = Number(/body is (\d+) levels deep/.exec(c.what)?.[1]);
        expect(depth).to.be.within(51, 100);
      }
    });
  });

  it('our agent passes the fuzz of 300 messages', async function () {
    this.timeout(60_000);
    const under = await startAgentUnderTest();
    try {
      const report = await under.run({ only: ['fuzz'], fuzz: 300 });
      expect(report.checks.map((c) => c.id)).to.deep.equal(['fuzz.answers', 'fuzz.schema', 'fuzz.healthy-after']);
      expect(
        report.checks.every((c) => c.status === 'passed'),
        failures(report),
      ).to.equal(true);
      // The report keeps the first and last 20 exchanges and counts the rest.
      const exchanges = report.checks[0]?.exchanges ?? [];
      const hidden = Number(/^… (\d+) more exchanges not shown$/.exec(exchanges[20]?.request ?? '')?.[1]);
      expect(exchanges.length - 1 + hidden).to.be.at.least(300);
      expect(report.left_behind.identities_remaining).to.deep.equal([]);
    } finally {
      await under.close();
    }
  });

  it('our agent, serving with rate limits, passes the rate-limit checks', async function () {
    this.timeout(60_000);
    const under = await startAgentUnderTest({ rateLimits: true });
    try {
      // Waiting out a 429 here fast-forwards the agent's clock instead: its windows start again empty.
      const sleep = async () => {
        under.agent.ctx.limits = new RateLimits(under.agent.ctx.options.rateLimits);
      };
      const report = await under.run({ only: ['rate-limits'], rateLimits: true, sleep });
      expect(report.checks.map((c) => c.id)).to.deep.equal(['rate-limits.message', 'rate-limits.retry-after']);
      expect(
        report.checks.every((c) => c.status === 'passed'),
        failures(report),
      ).to.equal(true);
      expect(report.checks[1]?.waited_ms, 'the retry waited out Retry-After').to.be.greaterThan(0);
      expect(report.left_behind.identities_remaining).to.deep.equal([]);
    } finally {
      await under.close();
    }
  });

  it('skips the rate-limit checks unless asked for, and the fuzz with a count of 0', async () => {
    const under = await startAgentUnderTest();
    try {
      const report = await under.run({ only: ['fuzz', 'rate-limits'], fuzz: 0 });
      expect(report.checks.map((c) => c.status)).to.deep.equal(Array(5).fill('skipped'));
    } finally {
      await under.close();
    }
  });
});
