import { expect } from 'chai';
import fc from 'fast-check';
import { canonicalFields } from '../../src/core/canonical.js';
import { encodePublicKey, keyPairFromSeed } from '../../src/core/keys.js';
import { signMessage, verifyMessage } from '../../src/core/signature.js';

const SEED_01 = new Uint8Array(32).fill(1);

describe('core/signature', () => {
  it('WIRE.md §3.4: example A, and the unhashed negative control fails', () => {
    const message = signMessage(
      {
        message_id: '550e8400-e29b-41d4-a716-446655440000',
        timestamp: '2026-02-05T14:30:00.000Z',
        sender: { agent_id: 'agent-alpha', endpoint: 'https://alpha.example.com/swarm' },
        recipient: 'broadcast',
        swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
        type: 'message',
        content: 'Hello, swarm!',
      },
      SEED_01,
    );
    expect(message.signature).to.equal(
      '7bzONzKAJHSzzAsXPu34/PqWU31QwOf5DftUFqvztxU4BZ7WJDCzK03f6MxQqR1FXhA2eKovKTECd9SFRLYrAQ==',
    );
    const unhashed = 'e+t85IGa4WGwFcsrjGxQmZd6MO4mVKbcAhhqpAua3On/cJccYpH4+wmUObel11Tepp4Yp6NGdWCOTK3kstGHBA==';
    expect(verifyMessage({ ...message, signature: unhashed }, keyPairFromSeed(SEED_01).publicKey).valid).to.equal(
      false,
    );
  });

  it('fills message_id, timestamp and protocol_version, and lower-cases UUIDs', () => {
    const message = signMessage(
      {
        sender: { agent_id: 'a', endpoint: 'https://a.example/swarm' },
        recipient: 'broadcast',
        swarm_id: '6BA7B810-9DAD-11D1-80B4-00C04FD430C8',
        type: 'message',
        content: 'x',
      },
      SEED_01,
      { now: () => new Date('2026-02-05T14:30:00.123Z'), newId: () => '00000000-0000-4000-8000-00000000000A' },
    );
    expect(message).to.include({
      protocol_version: '0.1.0',
      message_id: '00000000-0000-4000-8000-00000000000a',
      timestamp: '2026-02-05T14:30:00.123Z',
      swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    });
  });

  const wrongInputs: [string, unknown, string | Uint8Array][] = [
    ['null', null, 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w='],
    ['an array', [], 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w='],
    ['a number as content', { content: 1 }, 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w='],
    ['an SPKI key', {}, 'MCowBQYDK2VwAyEAiojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w='],
    ['a short key', {}, new Uint8Array(3)],
  ];
  for (const [name, message, key] of wrongInputs) {
    it(`returns a reason instead of throwing for ${name}`, () => {
      const result = verifyMessage(message, key);
      expect(result.valid).to.equal(false);
      expect(result).to.have.property('reason').that.is.a('string');
    });
  }

  const seeds = fc.uint8Array({ minLength: 32, maxLength: 32 });
  const drafts = fc.record({
    recipient: fc.oneof(fc.constant('broadcast'), fc.string({ unit: 'grapheme', minLength: 1 })),
    type: fc.constantFrom('message' as const, 'system' as const, 'notification' as const),
    content: fc.string({ unit: 'grapheme' }),
    swarm_id: fc.uuid(),
    message_id: fc.uuid(),
    timestamp: fc
      .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59.999Z'), noInvalidDate: true })
      .map((date) => date.toISOString()),
  });
  const sender = { agent_id: 'agent-alpha', endpoint: 'https://alpha.example.com/swarm' };

  it('property: sign then verify round-trips for arbitrary Unicode', () => {
    fc.assert(
      fc.property(seeds, drafts, (seed, draft) => {
        const pair = keyPairFromSeed(seed);
        const message = signMessage({ ...draft, sender }, pair);
        expect(verifyMessage(message, pair.publicKey)).to.deep.equal({ valid: true });
        expect(verifyMessage(JSON.parse(JSON.stringify(message)), encodePublicKey(pair.publicKey)).valid).to.equal(
          true,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('property: changing one character of a signed field breaks the signature', () => {
    const fields = ['message_id', 'timestamp', 'swarm_id', 'recipient', 'type', 'content'] as const;
    fc.assert(
      fc.property(
        seeds,
        drafts,
        fc.constantFrom(...fields),
        fc.nat(),
        fc.integer({ min: 0x20, max: 0xd7ff }),
        (seed, draft, field, position, code) => {
          const pair = keyPairFromSeed(seed);
          const message = signMessage({ ...draft, sender }, pair);
          const value = message[field];
          const at = value.length === 0 ? 0 : position % value.length;
          const changed = value.slice(0, at) + String.fromCharCode(code) + value.slice(at + 1);
          const tampered = { ...message, [field]: changed };
          const before = canonicalFields(message);
          const after = canonicalFields(tampered);
          // Some edits leave the signed bytes alone (a UUID letter's case, the date/time separator, a split
          // surrogate pair): those are not changes to the signed input, so they are skipped.
          fc.pre(!after.ok || !before.ok || JSON.stringify(after.fields) !== JSON.stringify(before.fields));
          fc.pre(changed !== value);
          expect(verifyMessage(tampered, pair.publicKey).valid).to.equal(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: only the one canonical spelling of the signature bytes is accepted', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    fc.assert(
      fc.property(seeds, drafts, fc.integer({ min: 0, max: 63 }), (seed, draft, digit) => {
        const pair = keyPairFromSeed(seed);
        const message = signMessage({ ...draft, sender }, pair);
        // The 86th character carries two bits of the last byte and four padding bits: 16 spellings decode to
        // the same 64 bytes, and a strict decoder admits only the one whose padding bits are zero.
        const signature = `${message.signature.slice(0, 85)}${alphabet[digit]}==`;
        const sameBytes = Buffer.from(signature, 'base64').equals(Buffer.from(message.signature, 'base64'));
        const verdict = verifyMessage({ ...message, signature }, pair.publicKey);
        expect(verdict.valid).to.equal(signature === message.signature);
        if (sameBytes && signature !== message.signature) {
          expect(verdict).to.deep.equal({ valid: false, reason: 'signature is not 88 characters of standard base64' });
        }
      }),
      { numRuns: 300 },
    );
  });
});
