import { expect } from 'chai';
import { canonicalFields, canonicalString, sha256Hex, signingDigest } from '../../src/core/canonical.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('core/canonical', () => {
  const refusals = [
    { name: 'unhyphenated message_id', change: { message_id: '550e8400e29b41d4a716446655440000' } },
    { name: 'swarm_id with a trailing newline', change: { swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8\n' } },
    { name: 'lower-case z timestamp', change: { timestamp: '2026-02-05T14:30:00.000z' } },
    { name: 'unpaired surrogate in content', change: { content: 'a\ud800b' } },
  ];
  const base = {
    message_id: '550e8400-e29b-41d4-a716-446655440000',
    timestamp: '2026-02-05T14:30:00.000Z',
    swarm_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    recipient: 'broadcast',
    type: 'message' as const,
    content: 'Hello, swarm!',
  };
  for (const row of refusals) {
    it(`refuses ${row.name}`, () => {
      expect(canonicalFields({ ...base, ...row.change }).ok).to.equal(false);
    });
  }

  it('WIRE.md §3.4 example A digest', () => {
    expect(hex(signingDigest(base))).to.equal('d9adc197ffd1dd6641d001f75e9439ee05d3353146eb8375e04b0e418e482130');
    expect(sha256Hex(canonicalString(base))).to.equal(
      'd9adc197ffd1dd6641d001f75e9439ee05d3353146eb8375e04b0e418e482130',
    );
  });
});
