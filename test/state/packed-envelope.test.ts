import { expect } from 'chai';
import fc from 'fast-check';
import { type PackingColumns, packEnvelope, unpackEnvelope } from '../../src/state/packed-envelope.js';
import { envelope } from './helpers.js';

const text = fc.string({
  unit: fc.constantFrom('a', 'Z', '"', '\\', '\n', '\u0000', '\u0001', '\u001f', 'é', '😀', ':', '{', '}', ','),
});
const key = fc.constantFrom('content', 'message_id', 'swarm_id', 'agent_id', 'recipient', 'type', 'signature', 'x');
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const columns: fc.Arbitrary<PackingColumns> = fc.record({
  messageId: text,
  swarmId: text,
  senderId: fc.option(text),
  recipient: fc.option(text),
  messageType: text,
  body: text,
});

function columnsOf(message: ReturnType<typeof envelope>): PackingColumns {
  return {
    messageId: message.message_id,
    swarmId: message.swarm_id,
    senderId: message.sender.agent_id,
    recipient: message.recipient,
    messageType: message.type,
    body: message.content,
  };
}

describe('state/packed envelope', () => {
  it('gives back exactly the text packed, for any text and any row', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          json.map((value) => JSON.stringify(value)),
        ),
        columns,
        (original, row) => {
          expect(unpackEnvelope(packEnvelope(original, row), row)).to.equal(original);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("gives back an envelope exactly whatever its key order, spacing or escapes, the row's values in it", () => {
    fc.assert(
      fc.property(fc.dictionary(key, json), fc.boolean(), columns, (extra, spaced, row) => {
        const object = {
          ...extra,
          content: row.body,
          message_id: row.messageId,
          sender: { agent_id: row.senderId, endpoint: 'https://a.example/swarm' },
        };
        const original = JSON.stringify(object, null, spaced ? 1 : undefined);
        expect(unpackEnvelope(packEnvelope(original, row), row)).to.equal(original);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a received 0.1.0 envelope in about a third of its text, its content not at all', () => {
    const message = envelope({ content: 'body '.repeat(20) });
    const original = JSON.stringify(message);
    const packed = packEnvelope(original, columnsOf(message)) as string;
    expect(packed).to.not.include('body');
    expect(packed.length).to.be.below(original.length / 2.5);
    expect(unpackEnvelope(packed, columnsOf(message))).to.equal(original);
  });

  it('leaves in the text what the row does not hold as such', () => {
    const message = envelope();
    const upper = JSON.stringify({ ...message, message_id: message.message_id.toUpperCase(), content: '' });
    const packed = packEnvelope(upper, columnsOf(message)) as string;
    expect(packed).to.include(message.message_id.toUpperCase());
    expect(unpackEnvelope(packed, columnsOf(message))).to.equal(upper);
    expect(packEnvelope(null, columnsOf(message))).to.equal(null);
  });
});
