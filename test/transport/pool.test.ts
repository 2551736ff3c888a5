import { expect } from 'chai';
import fc from 'fast-check';
import { mapConcurrent } from '../../src/transport/pool.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('transport/pool mapConcurrent', () => {
  it('never runs more than the limit at once and keeps input order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        async (delays, limit) => {
          let running = 0;
          let peak = 0;
          const results = await mapConcurrent(delays, limit, async (delay, index) => {
            running += 1;
            peak = Math.max(peak, running);
            await tick(delay);
            running -= 1;
            return index * 10;
          });
          expect(peak).to.be.at.most(limit);
          expect(peak).to.equal(Math.min(limit, delays.length));
          expect(results.map((r) => (r.status === 'fulfilled' ? r.value : -1))).to.deep.equal(
            delays.map((_, i) => i * 10),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('settles failures in place and keeps going', async () => {
    const results = await mapConcurrent([1, 2, 3, 4], 2, async (n) => {
      if (n === 2) throw new Error('two');
      if (n === 3) return Promise.reject(new Error('three'));
      return n;
    });
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(results[1]).to.have.nested.property('reason.message', 'two');
    expect(results[3]).to.deep.equal({ status: 'fulfilled', value: 4 });
  });

  it('counts a synchronous throw as a rejection', async () => {
    const results = await mapConcurrent(['a'], 1, () => {
      throw new TypeError('sync');
    });
    expect(results[0]).to.have.property('status', 'rejected');
  });

  it('returns an empty list for no items', async () => {
    expect(await mapConcurrent([], 4, async () => 1)).to.deep.equal([]);
  });

  it('refuses a limit below 1 or not an integer', async () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      let thrown: unknown;
      await mapConcurrent([1], limit, async () => 1).catch((error: unknown) => {
        thrown = error;
      });
      expect(thrown).to.be.instanceOf(RangeError);
    }
  });
});
