import { expect } from 'chai';
import fc from 'fast-check';
import { excessiveNesting, MAX_JSON_DEPTH } from '../../src/core/json-depth.js';

const nested = (levels: number) => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);

/** The obvious recursive definition, for documents shallow enough to recurse over. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

describe('core/json-depth', () => {
  it(`takes ${MAX_JSON_DEPTH} levels and refuses ${MAX_JSON_DEPTH + 1}, naming where`, () => {
    expect(excessiveNesting(nested(MAX_JSON_DEPTH))).to.equal(undefined);
    expect(excessiveNesting(nested(MAX_JSON_DEPTH + 1))).to.equal(`/${Array(MAX_JSON_DEPTH).fill('0').join('/')}`);
  });

  it('checks a million levels without recursing', () => {
    expect(excessiveNesting(nested(1_000_000))).to.be.a('string');
  });

  it('escapes the pointer tokens and names the first path that is too deep', () => {
    expect(excessiveNesting({ ok: [1], 'a/b': { '~c': [[{}]] } }, 3)).to.equal('/a~1b/~0c/0');
  });

  it('a primitive or null document is not nested at all', () => {
    for (const value of [null, 1, 'text', true]) expect(excessiveNesting(value, 0)).to.equal(undefined);
    expect(excessiveNesting({}, 0)).to.equal('/');
  });

  it('agrees with the recursive definition on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 9 }), (value, max) => {
        expect(excessiveNesting(value, max) === undefined).to.equal(depthOf(value) <= max);
      }),
    );
  });
});
