import { expect } from 'chai';
import { type PeerRoute, peerUrl, protocolHeaders, stripTrailingSlashes } from '../../src/core/peer.js';

describe('core/peer', () => {
  const rows: { given: [string, PeerRoute]; want: string }[] = [
    { given: ['https://h/swarm', 'message'], want: 'https://h/swarm/message' },
    { given: ['https://h/swarm/', 'join'], want: 'https://h/swarm/join' },
    { given: ['https://h/swarm///', 'info'], want: 'https://h/swarm/info' },
    { given: ['https://h', 'health'], want: 'https://h/health' },
  ];
  for (const row of rows) {
    it(`${row.given[0]} + ${row.given[1]}`, () => {
      expect(peerUrl(row.given[0], row.given[1])).to.equal(row.want);
    });
  }

  it('strips long runs of slashes in linear time', () => {
    expect(stripTrailingSlashes(`${'/'.repeat(100_000)}x${'/'.repeat(100_000)}`)).to.have.length(100_001);
  });

  it('headers carry the agent id and protocol version', () => {
    expect(protocolHeaders('agent-beta')).to.deep.equal({
      'Content-Type': 'application/json',
      'X-Agent-ID': 'agent-beta',
      'X-Swarm-Protocol': '0.1.0',
    });
  });
});
