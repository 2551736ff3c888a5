import { createHash } from 'node:crypto';
import { expect } from 'chai';
import fc from 'fast-check';
import type { Message } from '../../generated/types.js';
import { canonicalJson, envelopeHash, serializeEnvelope } from '../../src/state/envelope.js';

// The fingerprint as defined: SHA-256 of the key-sorted JSON of the stored envelope without its timestamp and
// signature, its UUIDs lower-cased (ID-UUID-001). Stored rows carry this hash, so every shortcut taken to compute it
// must give the same bytes. (Before the UUIDs were lower-cased, the hash of a lower-case envelope was the same.)
function definitionalHash(stored: Record<string, unknown>): string {
  const { timestamp: _t, signature: _s, ...identity } = stored;
  for (const key of ['message_id', 'swarm_id', 'in_reply_to', 'thread_id']) {
    if (typeof identity[key] === 'string') identity[key] = (identity[key] as string).toLowerCase();
  }
  return createHash('sha256').update(canonicalJson(identity)).digest('hex');
}

// Strings that stress JSON escaping: quotes, backslashes, control characters, non-ASCII, surrogate pairs.
const text = fc.string({
  unit: fc.constantFrom('a', 'Z', '"', '\\', '\n', '\u0000', '\u001f', 'é', '€', '😀', '/', ' '),
});
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const envelope = fc.record(
  {
    protocol_version: text,
    message_id: text,
    timestamp: text,
    sender: fc.oneof(
      fc.record({ agent_id: text, endpoint: text }),
      fc.record({ endpoint: text, agent_id: text }),
      fc.record({ agent_id: text }, { requiredKeys: [] }),
      // An unknown key or a nested value takes the general path; the result must not change.
      fc.record({ agent_id: text, endpoint: text, extra: fc.oneof(text, fc.dictionary(text, text)) }),
    ),
    recipient: text,
    swarm_id: text,
    type: text,
    content: text,
    signature: text,
    in_reply_to: optional(fc.oneof(text, fc.constant(null))),
    thread_id: optional(text),
    priority: optional(text),
    expires_at: optional(text),
    attachments: optional(fc.array(fc.dictionary(text, text), { maxLength: 2 })),
    references: optional(fc.array(text, { maxLength: 2 })),
    metadata: optional(fc.oneof(fc.dictionary(text, fc.oneof(text, fc.integer(), fc.boolean())), fc.constant(null))),
    unknown_key: optional(fc.oneof(text, fc.integer())),
  },
  { requiredKeys: ['message_id', 'sender', 'content'] },
);

describe('state/envelope fingerprint', () => {
  it('equals the definition (sorted-key JSON without timestamp and signature) for any envelope shape', () => {
    fc.assert(
      fc.property(envelope, (generated) => {
        // Keys in a random order, as a peer may send them.
        const shuffled = Object.fromEntries(Object.entries(generated).reverse()) as unknown as Message;
        const { stored, json } = serializeEnvelope(shuffled);
        const hash = envelopeHash(shuffled);
        expect(hash).to.equal(definitionalHash(stored as unknown as Record<string, unknown>));
        expect(JSON.parse(json)).to.deep.equal(JSON.parse(JSON.stringify(stored)));
        expect(envelopeHash(generated)).to.equal(hash);
        // What a duplicate is compared with: the stored JSON, parsed again, has the same fingerprint.
        expect(envelopeHash(JSON.parse(json))).to.equal(hash);
      }),
      { numRuns: 2000 },
    );
  });

  it('stores only known keys, drops null optionals, and keeps the sender key order', () => {
    const message = {
      message_id: 'm',
      sender: { endpoint: 'https://a.example/swarm', agent_id: 'a' },
      content: 'x',
      thread_id: null,
      unknown_key: 1,
    } as unknown as Message;
    const { stored, json } = serializeEnvelope(message);
    expect(stored).to.deep.equal({ message_id: 'm', sender: message.sender, content: 'x' });
    expect(json).to.equal(
      '{"message_id":"m","sender":{"endpoint":"https://a.example/swarm","agent_id":"a"},"content":"x"}',
    );
  });

  it('stores a 0.2 envelope exactly as received: every key, nulls included, in its order', () => {
    const message = {
      protocol_version: '0.2.1',
      message_id: 'm',
      thread_id: null,
      content: '',
      unknown_key: { nested: [null] },
      sender: { endpoint: 'https://a.example/swarm', agent_id: 'a' },
      sealed: { nonce: 'n' },
    } as unknown as Message;
    const { stored, json } = serializeEnvelope(message);
    expect(json).to.equal(JSON.stringify(message));
    expect(Object.keys(stored)).to.deep.equal(Object.keys(message));
    expect(envelopeHash({ ...message, thread_id: undefined } as unknown as Message)).to.not.equal(
      envelopeHash(message),
    );
    // Only 0.2.x: any other version keeps the 0.1.0 rule.
    expect(serializeEnvelope({ ...message, protocol_version: '0.20.0' } as Message).json).to.not.include('unknown_key');
  });

  it('fingerprints UUIDs in lower case: a copy differing only in their case is the same message', () => {
    const message = {
      message_id: 'aaaaaaaa-0000-4000-8000-00000000000a',
      swarm_id: 'bbbbbbbb-0000-4000-8000-00000000000b',
      in_reply_to: 'cccccccc-0000-4000-8000-00000000000c',
      thread_id: 'dddddddd-0000-4000-8000-00000000000d',
      content: 'x',
    } as unknown as Message;
    const upper = Object.fromEntries(
      Object.entries(message).map(([key, value]) => [key, key === 'content' ? value : String(value).toUpperCase()]),
    ) as unknown as Message;
    expect(envelopeHash(upper)).to.equal(envelopeHash(message));
    expect(serializeEnvelope(upper).json, 'stored as received').to.include('AAAAAAAA');
    expect(envelopeHash({ ...message, content: 'X' })).to.not.equal(envelopeHash(message));
  });
});
