import { expect } from 'chai';
import { ProtocolNegotiator } from '../../src/client/negotiation.js';
import { useStore } from './helpers.js';

const KEY = 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=';
const OTHER_KEY = 'gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q=';

describe('state/peer-protocols: what was learnt of each peer’s versions', () => {
  const handle = useStore();

  it('a verified message or a refusal only raises; /info sets both ways', () => {
    const { peerProtocols } = handle.store;
    expect(peerProtocols.get('beta', KEY)).to.equal(undefined);
    expect(peerProtocols.recordV02('beta', KEY, 'message')).to.equal(true);
    expect(peerProtocols.recordV02('beta', KEY, 'refusal')).to.equal(false); // already known: nothing changes
    expect(peerProtocols.get('beta', KEY)).to.include({ speaksV02: true, source: 'message', checkedAt: null });
    peerProtocols.recordInfo('beta', KEY, false);
    expect(peerProtocols.get('beta', KEY)).to.include({ speaksV02: false, source: 'info' });
    expect(peerProtocols.recordV02('beta', KEY, 'refusal')).to.equal(true);
    expect(peerProtocols.get('beta', KEY)).to.include({ speaksV02: true, source: 'refusal' });
  });

  it('evidence belongs to an agent id and key: another key of the same name knows nothing', () => {
    const { peerProtocols } = handle.store;
    peerProtocols.recordV02('beta', KEY, 'message');
    expect(peerProtocols.get('beta', OTHER_KEY)).to.equal(undefined);
    handle.time.advance(1000);
    peerProtocols.recordInfo('beta', OTHER_KEY, false);
    expect(peerProtocols.latest('beta')).to.include({ publicKey: OTHER_KEY, speaksV02: false });
    expect(peerProtocols.forget('beta')).to.equal(2);
    expect(peerProtocols.list()).to.deep.equal([]);
  });

  it('the negotiator reads /info once per TTL, keeps what it knew when the look fails, and checks the answer', async () => {
    let answer: 'v02' | 'v01' | 'fail' | 'impostor' = 'v02';
    let looks = 0;
    const info = (versions?: string[]) => ({
      agent_id: 'beta',
      endpoint: 'https://beta.example/swarm',
      public_key: KEY,
      protocol_version: '0.1.0',
      capabilities: ['message' as const],
      metadata: null,
      ...(versions ? { protocol_versions: versions } : {}),
    });
    let now = Date.parse('2026-12-07T12:00:00.000Z');
    const negotiator = new ProtocolNegotiator({
      store: handle.store,
      ttlMs: 60_000,
      now: () => now,
      fetchInfo: async () => {
        looks += 1;
        if (answer === 'fail') throw new Error('unreachable');
        if (answer === 'impostor') return { ...info(['0.1.0', '0.2.0']), public_key: OTHER_KEY };
        return info(answer === 'v02' ? ['0.1.0', '0.2.0'] : undefined);
      },
    });
    const peer = { agentId: 'beta', endpoint: 'https://beta.example/swarm', publicKey: KEY };
    const [a, b] = await Promise.all([negotiator.speaksV02(peer), negotiator.speaksV02(peer)]);
    expect([a, b, looks]).to.deep.equal([true, true, 1]); // one look for two callers
    expect(await negotiator.speaksV02(peer)).to.equal(true);
    expect(looks).to.equal(1); // fresh: not looked at again
    now += 60_000;
    answer = 'fail';
    expect(await negotiator.speaksV02(peer)).to.equal(true); // stale, the look failed: what was known
    expect(looks).to.equal(2);
    answer = 'impostor';
    expect(await negotiator.speaksV02(peer)).to.equal(true); // another key answered: says nothing of beta
    answer = 'v01';
    expect(await negotiator.speaksV02(peer)).to.equal(false); // beta went back to 0.1.0, and says so
    expect(negotiator.known(peer)).to.equal(false);
  });
});
