import { expect } from 'chai';
import fc from 'fast-check';
import { encodeJsonAscii, type JsonValue, type Separators } from '../../src/core/json-ascii.js';

describe('core/json-ascii', () => {
  const rows: { name: string; given: JsonValue; separators: Separators; want: string }[] = [
    {
      name: 'compact separators',
      given: { a: 1, b: [true, null] },
      separators: 'compact',
      want: '{"a":1,"b":[true,null]}',
    },
    { name: 'python separators', given: { a: 1, b: [1, 2] }, separators: 'python', want: '{"a": 1, "b": [1, 2]}' },
    { name: 'short escapes', given: '"\\\n\r\t\b\f', separators: 'compact', want: '"\\"\\\\\\n\\r\\t\\b\\f"' },
    { name: 'controls and DEL', given: '\u0001\u007f', separators: 'compact', want: '"\\u0001\\u007f"' },
    { name: 'non-ASCII lower-case hex', given: 'é—🙏', separators: 'compact', want: '"\\u00e9\\u2014\\ud83d\\ude4f"' },
    { name: 'slash not escaped', given: 'https://a/b', separators: 'compact', want: '"https://a/b"' },
    { name: 'undefined members dropped', given: { a: undefined, b: 'x' }, separators: 'compact', want: '{"b":"x"}' },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(encodeJsonAscii(row.given, row.separators)).to.equal(row.want);
    });
  }

  it('refuses non-integers rather than print them differently from Python', () => {
    expect(() => encodeJsonAscii(1.5)).to.throw(TypeError);
  });

  it('is ASCII-only and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })), (value) => {
        const text = encodeJsonAscii(value);
        expect(/^[\x20-\x7e]*$/.test(text)).to.equal(true);
        expect(JSON.parse(text)).to.deep.equal(value);
      }),
    );
  });
});
