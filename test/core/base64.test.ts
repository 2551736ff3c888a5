import { expect } from 'chai';
import fc from 'fast-check';
import { decodeBase64Strict, decodeBase64UrlStrict, encodeBase64, encodeBase64Url } from '../../src/core/base64.js';

const rows = [
  { name: 'canonical standard', given: 'AQID', want: [1, 2, 3] },
  { name: 'padded standard', given: 'AQI=', want: [1, 2] },
  { name: 'missing padding', given: 'AQI', want: null },
  { name: 'non-zero trailing bits', given: 'AQJ=', want: null },
  { name: 'embedded newline', given: 'AQ\nID', want: null },
  { name: 'URL-safe characters', given: '-_-_', want: null },
];

describe('core/base64', () => {
  for (const row of rows) {
    it(`standard: ${row.name}`, () => {
      const got = decodeBase64Strict(row.given);
      expect(got === null ? null : [...got]).to.deep.equal(row.want);
    });
  }

  it('base64url: accepts unpadded and correctly padded parts, refuses the rest', () => {
    expect([...(decodeBase64UrlStrict('AQI') ?? [])]).to.deep.equal([1, 2]);
    expect([...(decodeBase64UrlStrict('AQI=') ?? [])]).to.deep.equal([1, 2]);
    expect(decodeBase64UrlStrict('AQI==')).to.equal(null);
    expect(decodeBase64UrlStrict('A')).to.equal(null);
    expect(decodeBase64UrlStrict('AQ+/')).to.equal(null);
    expect(decodeBase64UrlStrict('AQJ')).to.equal(null);
  });

  it('round-trips any bytes in both alphabets', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect([...(decodeBase64Strict(encodeBase64(bytes)) ?? [-1])]).to.deep.equal([...bytes]);
        expect([...(decodeBase64UrlStrict(encodeBase64Url(bytes)) ?? [-1])]).to.deep.equal([...bytes]);
      }),
    );
  });
});
