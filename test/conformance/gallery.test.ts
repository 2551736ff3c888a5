import { expect } from 'chai';
import { startAgentUnderTest } from './fixture.js';
import { startMutantProxy } from './mutant-proxy.js';
import { gallery } from './mutants/index.js';

describe('conformance: every check is shown able to fail (the mutant gallery)', () => {
  it('has at least 20 mutants, each named once', () => {
    expect(gallery.length).to.be.at.least(20);
    expect(new Set(gallery.map((m) => m.name)).size).to.equal(gallery.length);
  });

  for (const mutant of gallery) {
    it(`${mutant.name}: ${mutant.breaks}`, async () => {
      const under = await startAgentUnderTest(mutant.agent);
      const proxy = await startMutantProxy(under.agent.endpoint, mutant.mutation);
      try {
        const sections = [...new Set(mutant.mustFail.map((id) => id.split('.')[0] as string))];
        const report = await under.run({
          endpoint: proxy.endpoint,
          only: sections,
          singleUseInvites: Array.from({ length: mutant.singleUseInvites ?? 0 }, () => under.invite({ maxUses: 1 })),
          ...mutant.run,
        });
        const byId = new Map(report.checks.map((c) => [c.id, c]));
        for (const id of mutant.mustFail) {
          const result = byId.get(id);
          expect(result, `check ${id} ran`).to.not.equal(undefined);
          expect(result?.status, `${id}: ${JSON.stringify(result, null, 2)}`).to.equal('failed');
          if (mutant.category) expect(result?.failure?.category, id).to.equal(mutant.category);
        }
        expect(report.verdict).to.equal('fail');
      } finally {
        await proxy.close();
        await under.close();
      }
    });
  }
});
