import { expect } from 'chai';
import { envelopeKeyProblem, topLevelKeys } from '../../src/conformance/client/wire.js';

const REQUIRED =
  '"protocol_version":"0.1.0","message_id":"m","timestamp":"t","sender":{"agent_id":"a","endpoint":"e"},' +
  '"recipient":"broadcast","swarm_id":"s","type":"message","content":"c","signature":"x"';

describe('conformance client mode: reading envelopes as sent', () => {
  for (const { name, text, want } of [
    { name: 'keys in order', text: '{"b":1,"a":{"z":2,"y":[3,{"x":4}]},"c":"d,\\"e\\":5"}', want: ['b', 'a', 'c'] },
    { name: 'repeats are kept', text: ' {"a":1, "a":2}', want: ['a', 'a'] },
    { name: 'escaped keys are decoded', text: '{"\\u0061b":null}', want: ['ab'] },
    { name: 'an array has no keys', text: '[{"a":1}]', want: [] },
  ]) {
    it(`topLevelKeys: ${name}`, () => {
      expect(topLevelKeys(text)).to.deep.equal(want);
    });
  }

  for (const { name, text, want } of [
    { name: 'the nine required keys alone', text: `{${REQUIRED}}`, want: undefined },
    { name: 'optional keys in order', text: `{${REQUIRED},"thread_id":"t","priority":"high"}`, want: undefined },
    {
      name: 'optional keys out of order',
      text: `{${REQUIRED},"priority":"high","thread_id":"t"}`,
      want: /not in the order/,
    },
    { name: 'an optional key first', text: `{"thread_id":"t",${REQUIRED}}`, want: /required keys come first/ },
    {
      name: 'signature before content',
      text: `{${REQUIRED.replace('"content":"c","signature":"x"', '"signature":"x","content":"c"')}}`,
      want: /required keys come first/,
    },
    { name: 'a null optional', text: `{${REQUIRED},"in_reply_to":null}`, want: /in_reply_to is null/ },
    { name: 'an empty collection', text: `{${REQUIRED},"attachments":[]}`, want: /empty array/ },
    { name: 'a repeated key', text: `{${REQUIRED},"content":"again"}`, want: /repeats content/ },
  ]) {
    it(`envelopeKeyProblem: ${name}`, () => {
      const problem = envelopeKeyProblem(text, JSON.parse(text));
      if (want === undefined) expect(problem).to.equal(undefined);
      else expect(problem).to.match(want);
    });
  }
});
