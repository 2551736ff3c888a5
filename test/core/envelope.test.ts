import { expect } from 'chai';
import type { Message } from '../../generated/types.js';
import { completeDraft, parseWireMessage, serializeMessage, toWireMessage } from '../../src/core/envelope.js';
import { loadVectors } from '../helpers/vectors.js';

const verify = loadVectors('verify.json').cases;
const exampleB: Message = {
  metadata: { k: 'v', n: 1, b: true },
  priority: 'high',
  signature: 'QE/KcE6SSnjzb7g6RJbWIp1P67lOOI1B7xnPhLmcmzh/f0fdZyEQsv6ImWA9R0617Pk3Y32Hf+iUjC2pa6SVDw==',
  content: 'Grüße ✓',
  type: 'notification',
  swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  recipient: 'agent-beta',
  sender: { endpoint: 'https://alpha.example.com/swarm', agent_id: 'agent-alpha' },
  timestamp: '2026-02-05T14:30:00.123Z',
  message_id: '123e4567-e89b-12d3-a456-426614174000',
  protocol_version: '0.1.0',
  in_reply_to: '550e8400-e29b-41d4-a716-446655440000',
  thread_id: '550e8400-e29b-41d4-a716-446655440000',
  expires_at: '2026-02-06T00:00:00.000Z',
};

describe('core/envelope', () => {
  it('serialises in the reference order (WIRE.md §3.4 example B)', () => {
    const expected = JSON.stringify(
      JSON.parse(
        '{"protocol_version": "0.1.0", "message_id": "123e4567-e89b-12d3-a456-426614174000", "timestamp": "2026-02-05T14:30:00.123Z", "sender": {"agent_id": "agent-alpha", "endpoint": "https://alpha.example.com/swarm"}, "recipient": "agent-beta", "swarm_id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "type": "notification", "content": "Grüße ✓", "signature": "QE/KcE6SSnjzb7g6RJbWIp1P67lOOI1B7xnPhLmcmzh/f0fdZyEQsv6ImWA9R0617Pk3Y32Hf+iUjC2pa6SVDw==", "in_reply_to": "550e8400-e29b-41d4-a716-446655440000", "thread_id": "550e8400-e29b-41d4-a716-446655440000", "priority": "high", "expires_at": "2026-02-06T00:00:00.000Z", "metadata": {"k": "v", "n": 1, "b": true}}',
      ),
    );
    expect(serializeMessage(exampleB)).to.equal(expected);
  });

  it('omits null, empty and default optional keys, and unknown keys', () => {
    const wire = toWireMessage({
      ...exampleB,
      in_reply_to: null,
      thread_id: undefined,
      priority: 'normal',
      expires_at: null,
      attachments: [],
      references: null,
      metadata: {},
      sender: { ...exampleB.sender, extra: 1 } as Message['sender'],
      unknown_key: 'dropped',
    } as Message);
    expect(Object.keys(wire)).to.deep.equal([
      'protocol_version',
      'message_id',
      'timestamp',
      'sender',
      'recipient',
      'swarm_id',
      'type',
      'content',
      'signature',
    ]);
    expect(Object.keys(wire.sender)).to.deep.equal(['agent_id', 'endpoint']);
  });

  describe('verify.json: every wire message in reference order survives toWireMessage', () => {
    for (const c of verify) {
      it(c.name, () => {
        // The reference never writes nulls, empties or a `normal` priority, so nothing is dropped.
        expect(JSON.stringify(toWireMessage(c.message))).to.equal(JSON.stringify(c.message));
      });
    }
  });

  it('parseWireMessage accepts reference messages and names the failing pointer otherwise', () => {
    const good = verify.find((c) => c.category === 'valid')?.message;
    expect(parseWireMessage(good)).to.deep.equal({ ok: true, message: good });
    const bad = parseWireMessage({ ...good, sender: { agent_id: 'a', endpoint: 'http://insecure' } });
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.errors[0]?.pointer).to.equal('/sender/endpoint');
    expect(parseWireMessage('not an object').ok).to.equal(false);
  });

  it('completeDraft keeps given values and fills the rest from the injected sources', () => {
    const draft = {
      sender: exampleB.sender,
      recipient: 'broadcast',
      swarm_id: exampleB.swarm_id,
      type: 'message' as const,
      content: 'x',
    };
    const filled = completeDraft(draft, { now: () => new Date(0), newId: () => 'id' });
    expect(filled).to.include({ protocol_version: '0.1.0', message_id: 'id', timestamp: '1970-01-01T00:00:00.000Z' });
    const kept = completeDraft({ ...draft, protocol_version: '0.2.0', message_id: 'm', timestamp: 't' });
    expect(kept).to.include({ protocol_version: '0.2.0', message_id: 'm', timestamp: 't' });
    expect(completeDraft(draft).message_id).to.match(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
