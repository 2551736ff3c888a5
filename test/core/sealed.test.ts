import { expect } from 'chai';
import fc from 'fast-check';
import { encodePublicKey, type KeyPair, keyPairFromSeed } from '../../src/core/keys.js';
import { openSealed, type SealInput, sealContent } from '../../src/core/sealed.js';
import { sodium } from '../../src/core/sodium.js';

const pair = (fill: number) => keyPairFromSeed(new Uint8Array(32).fill(fill));
const ALPHA = pair(1);
const BETA = pair(2);
const GAMMA = pair(3);
const INPUT: SealInput = {
  content: 'the plan is on page 3',
  messageId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b',
  swarmId: '1f0c5a2e-7b3d-4c9a-9e21-5d8f3b6a4c70',
  senderId: 'agent-alpha',
  readers: [
    { agentId: 'agent-alpha', publicKey: ALPHA.publicKey },
    { agentId: 'agent-beta', publicKey: encodePublicKey(BETA.publicKey) },
  ],
};

const openAs = (sealed: unknown, agentId: string, keyPair: KeyPair, input: Partial<SealInput> = {}) =>
  openSealed({
    sealed,
    messageId: input.messageId ?? INPUT.messageId,
    swarmId: input.swarmId ?? INPUT.swarmId,
    senderId: input.senderId ?? INPUT.senderId,
    agentId,
    keyPair,
  });

/** The reader's X25519 key pair, converted from its Ed25519 identity as SEAL-002 says. */
function x25519(keyPair: KeyPair): { publicKey: Buffer; secretKey: Buffer } {
  const publicKey = Buffer.alloc(32);
  const secretKey = Buffer.alloc(32);
  sodium().crypto_sign_ed25519_pk_to_curve25519(publicKey, Buffer.from(keyPair.publicKey));
  sodium().crypto_sign_ed25519_sk_to_curve25519(secretKey, Buffer.from(keyPair.secretKey));
  return { publicKey, secretKey };
}

describe('core/sealed', () => {
  it('each reader opens fresh (unpinned) sealed content; a non-reader is told it is not one', () => {
    const sealed = sealContent(INPUT);
    expect(openAs(sealed, 'agent-alpha', ALPHA)).to.deep.equal({ status: 'opened', content: INPUT.content });
    expect(openAs(sealed, 'agent-beta', BETA)).to.deep.equal({ status: 'opened', content: INPUT.content });
    expect(openAs(sealed, 'agent-gamma', GAMMA)).to.deep.equal({ status: 'not-reader' });
    expect(sealContent(INPUT).ciphertext).not.to.equal(sealed.ciphertext);
  });

  it('a wrapped key built with a pinned ephemeral seed is a plain crypto_box_seal: crypto_box_seal_open opens it', () => {
    const contentKey = Buffer.alloc(32, 0x5a);
    const sealed = sealContent(INPUT, {
      contentKey,
      nonce: Buffer.alloc(24, 1),
      ephemeralSeed: (id) => Buffer.alloc(32, id.length),
    });
    for (const [index, keyPair] of [ALPHA, BETA].entries()) {
      const { publicKey, secretKey } = x25519(keyPair);
      const wrapped = Buffer.from(sealed.keys[index]?.wrapped as string, 'base64');
      expect(wrapped.length).to.equal(32 + sodium().crypto_box_SEALBYTES);
      const opened = Buffer.alloc(32);
      expect(sodium().crypto_box_seal_open(opened, wrapped, publicKey, secretKey)).to.equal(true);
      expect(opened.equals(contentKey)).to.equal(true);
      // The box's first 32 bytes are the ephemeral public key of the pinned seed.
      const ephemeral = Buffer.alloc(32);
      sodium().crypto_box_seed_keypair(
        ephemeral,
        Buffer.alloc(32),
        Buffer.alloc(32, sealed.keys[index]?.agent_id.length),
      );
      expect(wrapped.subarray(0, 32).equals(ephemeral)).to.equal(true);
    }
  });

  it('a wrapped key from libsodium’s own crypto_box_seal opens the same way', () => {
    const contentKey = Buffer.alloc(32, 0x33);
    const sealed = sealContent(INPUT, { contentKey, nonce: Buffer.alloc(24, 2) });
    const { publicKey } = x25519(BETA);
    const wrapped = Buffer.alloc(32 + sodium().crypto_box_SEALBYTES);
    sodium().crypto_box_seal(wrapped, contentKey, publicKey);
    const swapped = { ...sealed, keys: [{ agent_id: 'agent-beta', wrapped: wrapped.toString('base64') }] };
    expect(openAs(swapped, 'agent-beta', BETA)).to.deep.equal({ status: 'opened', content: INPUT.content });
  });

  const misuse: [string, () => unknown, typeof TypeError | typeof RangeError][] = [
    ['no reader', () => sealContent({ ...INPUT, readers: [] }), TypeError],
    ['a reader twice', () => sealContent({ ...INPUT, readers: [...INPUT.readers, ...INPUT.readers] }), TypeError],
    ['an unpaired surrogate', () => sealContent({ ...INPUT, content: 'a\ud800' }), TypeError],
    ['a 16-byte content key', () => sealContent(INPUT, { contentKey: new Uint8Array(16) }), RangeError],
    ['a 12-byte nonce', () => sealContent(INPUT, { nonce: new Uint8Array(12) }), RangeError],
  ];
  for (const [name, seal, kind] of misuse) {
    it(`throws for ${name}`, () => {
      expect(seal).to.throw(kind);
    });
  }

  const malformed: [string, unknown][] = [
    ['null', null],
    ['an array', []],
    ['no keys', { alg: 'x25519-xchacha20poly1305', nonce: 'AAAA', ciphertext: 'AAAA', keys: [] }],
    ['a key entry without wrapped', { alg: 'x25519-xchacha20poly1305', keys: [{ agent_id: 'agent-beta' }] }],
    ['a nonce in URL-safe base64', { ...sealContent(INPUT), nonce: '-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_-_' }],
    ['a short ciphertext', { ...sealContent(INPUT), ciphertext: 'AAAA' }],
  ];
  for (const [name, sealed] of malformed) {
    it(`opens ${name} as invalid, without throwing`, () => {
      expect(openAs(sealed, 'agent-beta', BETA)).to.have.property('status', 'invalid');
    });
  }

  it('property: any content seals and opens for each reader, and only under its own message, swarm and sender', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.uuid(), (content, messageId) => {
        const sealed = sealContent({ ...INPUT, content, messageId: messageId.toUpperCase() });
        expect(openAs(sealed, 'agent-beta', BETA, { messageId })).to.deep.equal({ status: 'opened', content });
        expect(openAs(sealed, 'agent-beta', BETA, { messageId, senderId: 'agent-beta' }).status).to.equal('invalid');
      }),
      { numRuns: 60 },
    );
  });
});
