import { expect } from 'chai';
import fc from 'fast-check';
import { InvalidPublicKeyError } from '../../src/core/errors.js';
import {
  decodePublicKey,
  ed25519Sign,
  ed25519Verify,
  generateSeed,
  keyPairFromSeed,
  publicKeyFromSeed,
  toPublicKeyBytes,
} from '../../src/core/keys.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const fromHex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));

describe('core/keys', () => {
  it('derives the same public key through node:crypto as through libsodium, for any seed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (seed) => {
        const pair = keyPairFromSeed(seed);
        expect(hex(publicKeyFromSeed(seed))).to.equal(hex(pair.publicKey));
        expect(hex(pair.secretKey)).to.equal(hex(seed) + hex(pair.publicKey));
      }),
      { numRuns: 50 },
    );
    expect(() => publicKeyFromSeed(new Uint8Array(31))).to.throw(RangeError);
  });

  it('names the problem: non-base64, wrong length, SPKI', () => {
    expect(() => decodePublicKey('not base64!')).to.throw(InvalidPublicKeyError, /standard base64/);
    expect(() => decodePublicKey(Buffer.alloc(31).toString('base64'))).to.throw(InvalidPublicKeyError, /32 bytes/);
    expect(() => toPublicKeyBytes(new Uint8Array(33))).to.throw(InvalidPublicKeyError);
    const error = (() => {
      try {
        decodePublicKey('');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).to.be.instanceOf(InvalidPublicKeyError).with.property('code', 'INVALID_PUBLIC_KEY');
  });

  it('refuses seeds that are not 32 bytes', () => {
    expect(() => keyPairFromSeed(new Uint8Array(31))).to.throw(RangeError);
  });

  it('generates distinct 32-byte seeds', () => {
    const a = generateSeed();
    expect(a.byteLength).to.equal(32);
    expect(hex(a)).not.to.equal(hex(generateSeed()));
  });

  it('decodePublicKey never throws anything but InvalidPublicKeyError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        try {
          expect(decodePublicKey(text).byteLength).to.equal(32);
        } catch (error) {
          expect(error).to.be.instanceOf(InvalidPublicKeyError);
        }
      }),
    );
  });

  it('signs with plain Ed25519 (RFC 8032 test 1, empty message)', () => {
    const pair = keyPairFromSeed(fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'));
    const signature = ed25519Sign(new Uint8Array(0), pair);
    expect(hex(signature)).to.equal(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    expect(ed25519Verify(signature, new Uint8Array(0), pair.publicKey)).to.equal(true);
    expect(ed25519Verify(signature.subarray(1), new Uint8Array(0), pair.publicKey)).to.equal(false);
  });
});
