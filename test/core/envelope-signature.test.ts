import { expect } from 'chai';
import fc from 'fast-check';
import type { Message } from '../../generated/types.js';
import type { MessageDraft } from '../../src/core/envelope.js';
import {
  ENVELOPE_SIGNATURE_DOMAIN,
  envelopeSigningInput,
  signEnvelope,
  verifyEnvelope,
} from '../../src/core/envelope-signature.js';
import { encodePublicKey, keyPairFromSeed } from '../../src/core/keys.js';
import { signMessage, verifyMessage } from '../../src/core/signature.js';

const ALPHA = keyPairFromSeed(new Uint8Array(32).fill(7));
const BETA = keyPairFromSeed(new Uint8Array(32).fill(8));
const DRAFT: MessageDraft = {
  message_id: '3b8f0d6e-2c1a-4e5b-9f7d-8a6c4b2e0f1d',
  timestamp: '2026-03-02T09:15:30.250Z',
  sender: { agent_id: 'agent-alpha', endpoint: 'https://alpha.example.com/swarm' },
  recipient: 'broadcast',
  swarm_id: '1f0c5a2e-7b3d-4c9a-9e21-5d8f3b6a4c70',
  type: 'message',
  content: 'Hello, swarm!',
};

type Envelope = Record<string, unknown>;
/** What a receiver holds: the envelope after a trip through JSON. */
const onTheWire = (value: unknown): Envelope => JSON.parse(JSON.stringify(value));

describe('core/envelope-signature', () => {
  it('signs the domain prefix and the JCS of every key but signature', () => {
    const envelope = signEnvelope(DRAFT, ALPHA) as unknown as Envelope;
    expect(envelope.protocol_version).to.equal('0.2.0');
    const input = envelopeSigningInput(envelope);
    expect(input.ok).to.equal(true);
    if (!input.ok) return;
    expect(input.jcs.startsWith('{"content":"Hello, swarm!","message_id":')).to.equal(true);
    expect(input.jcs).not.to.include('signature');
    expect(input.bytes.toString('utf8')).to.equal(ENVELOPE_SIGNATURE_DOMAIN + input.jcs);
    expect(verifyEnvelope(envelope, encodePublicKey(ALPHA.publicKey))).to.deep.equal({ valid: true });
  });

  const refusals: [string, () => unknown][] = [
    ['a 0.1.0 protocol_version', () => signEnvelope({ ...DRAFT, protocol_version: '0.1.0' }, ALPHA)],
    ['a timestamp without a zone', () => signEnvelope({ ...DRAFT, timestamp: '2026-03-02T09:15:30' }, ALPHA)],
    ['an unpaired surrogate in metadata', () => signEnvelope({ ...DRAFT, metadata: { k: '\ud800' } }, ALPHA)],
    ['a non-finite number in metadata', () => signEnvelope({ ...DRAFT, metadata: { k: Number.NaN } }, ALPHA)],
  ];
  for (const [name, sign] of refusals) {
    it(`refuses to sign ${name} (TypeError)`, () => {
      expect(sign).to.throw(TypeError);
    });
  }

  const unverifiable: [string, unknown, Uint8Array | string][] = [
    ['null', null, ALPHA.publicKey],
    ['an array', [], ALPHA.publicKey],
    ['no signature', { ...DRAFT, protocol_version: '0.2.0' }, ALPHA.publicKey],
    ['a short key', signEnvelope(DRAFT, ALPHA), new Uint8Array(3)],
    ['an SPKI key', signEnvelope(DRAFT, ALPHA), `MCowBQYDK2VwAyEA${encodePublicKey(ALPHA.publicKey)}`],
    ['a 0.1.0 message', signMessage(DRAFT, ALPHA), ALPHA.publicKey],
    ['a lone surrogate in an unknown key', { ...signEnvelope(DRAFT, ALPHA), x: '\udc00' }, ALPHA.publicKey],
  ];
  for (const [name, envelope, key] of unverifiable) {
    it(`returns a reason instead of throwing for ${name}`, () => {
      const result = verifyEnvelope(envelope, key);
      expect(result.valid).to.equal(false);
      expect(result).to.have.property('reason').that.is.a('string');
    });
  }

  it('a 0.2 envelope does not verify under the 0.1.0 rules, nor a 0.1.0 signature under 0.2', () => {
    const v02 = signEnvelope(DRAFT, ALPHA);
    expect(verifyMessage(v02, ALPHA.publicKey).valid).to.equal(false);
    const v01 = signMessage({ ...DRAFT, protocol_version: '0.2.0' }, ALPHA);
    expect(verifyMessage(v01, ALPHA.publicKey).valid).to.equal(true);
    expect(verifyEnvelope(v01, ALPHA.publicKey).valid).to.equal(false);
  });

  const metadata = fc.dictionary(
    fc.string({ unit: 'grapheme' }),
    fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 4 }),
    {
      maxKeys: 8,
    },
  );
  const drafts = fc.record({
    content: fc.string({ unit: 'grapheme' }),
    recipient: fc.oneof(fc.constant('broadcast'), fc.string({ unit: 'grapheme', minLength: 1 })),
    metadata,
  });

  it('property: any JSON metadata round-trips sign → JSON → verify', () => {
    fc.assert(
      fc.property(drafts, (extra) => {
        const envelope = onTheWire(signEnvelope({ ...DRAFT, ...extra }, ALPHA));
        expect(verifyEnvelope(envelope, ALPHA.publicKey)).to.deep.equal({ valid: true });
        expect(verifyEnvelope(envelope, BETA.publicKey).valid).to.equal(false);
      }),
      { numRuns: 150 },
    );
  });

  /** Every place in a JSON value: the path of keys or indices to it. */
  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (value === null || typeof value !== 'object') return [prefix];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
  }

  /** The envelope with one change at `path`: the value replaced, the key removed, or a key added inside it. */
  function changed(envelope: Envelope, path: (string | number)[], how: 'replace' | 'remove' | 'add', value: unknown) {
    const copy = structuredClone(envelope);
    const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
    const last = path[path.length - 1] as string | number;
    const target = parent[last];
    if (how === 'add' && target !== null && typeof target === 'object' && !Array.isArray(target))
      target[`added ${Object.keys(target).length}`] = value;
    else if (how === 'add' && Array.isArray(target)) target.push(value);
    else if (how === 'remove' && Array.isArray(parent)) parent.splice(last as number, 1);
    else if (how === 'remove') delete parent[last];
    else parent[last] = value;
    return copy;
  }

  it('property: any single change to a signed envelope (any key, at any depth) fails verification', () => {
    fc.assert(
      fc.property(
        drafts,
        fc.nat(),
        fc.constantFrom('replace' as const, 'remove' as const, 'add' as const),
        fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 2 }),
        (extra, pick, how, value) => {
          const envelope = onTheWire(signEnvelope({ ...DRAFT, ...extra }, ALPHA));
          const candidates = paths(envelope).filter((path) => path.length > 0 && path[0] !== 'signature');
          const path = candidates[pick % candidates.length] as (string | number)[];
          const tampered = onTheWire(changed(envelope, path, how, value));
          const before = envelopeSigningInput(envelope);
          const after = envelopeSigningInput(tampered);
          // A change JCS cannot see (0 for -0, a value for an equal one) is no change.
          fc.pre(before.ok && after.ok && before.jcs !== after.jcs);
          expect(verifyEnvelope(tampered, ALPHA.publicKey).valid).to.equal(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a change JCS cannot see verifies: key order, whitespace, number spelling', () => {
    const envelope = signEnvelope({ ...DRAFT, metadata: { n: 1, b: [1.5, -2] } }, ALPHA);
    const text = JSON.stringify(Object.fromEntries(Object.entries(envelope).reverse()), null, 2)
      .replace('"n": 1', '"n": 1.0')
      .replace('1.5', '15e-1');
    expect(verifyEnvelope(JSON.parse(text), ALPHA.publicKey)).to.deep.equal({ valid: true });
  });

  it('signs what it sends: null and empty optional keys, the default priority and unknown keys are left out', () => {
    const loose = { ...DRAFT, thread_id: null, priority: 'normal', attachments: [], x_unknown: 1 } as MessageDraft;
    const envelope = signEnvelope(loose, ALPHA) as Message & Envelope;
    expect(envelope).not.to.have.any.keys('thread_id', 'priority', 'attachments', 'x_unknown');
    expect(verifyEnvelope(onTheWire(envelope), ALPHA.publicKey).valid).to.equal(true);
  });
});
