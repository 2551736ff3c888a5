import { expect } from 'chai';
import { isStateError } from '../../src/state/index.js';
import { BETA_KEY, OTHER_SWARM_ID, SWARM_ID, useStore } from './helpers.js';

describe('state/mutes', () => {
  const ctx = useStore();

  for (const kind of ['agent', 'swarm'] as const) {
    it(`mutes and unmutes a ${kind}; muting again replaces time and reason`, () => {
      expect(ctx.store.mutes.isMuted(kind, 'x')).to.equal(false);
      expect(ctx.store.mutes.mute(kind, 'x', 'noise')).to.deep.equal({
        id: 'x',
        mutedAt: '2026-02-05T14:30:00.000Z',
        reason: 'noise',
      });
      ctx.time.advance(60_000);
      ctx.store.mutes.mute(kind, 'x');
      expect(ctx.store.mutes.get(kind, 'x')).to.deep.equal({
        id: 'x',
        mutedAt: '2026-02-05T14:31:00.000Z',
        reason: null,
      });
      ctx.store.mutes.mute(kind, 'a');
      expect(ctx.store.mutes.list(kind).map((m) => m.id)).to.deep.equal(['a', 'x']);
      expect(ctx.store.mutes.isMuted(kind, 'x')).to.equal(true);
      expect(ctx.store.mutes.unmute(kind, 'x')).to.equal(true);
      expect(ctx.store.mutes.unmute(kind, 'x')).to.equal(false);
      expect(ctx.store.mutes.isMuted(kind, 'x')).to.equal(false);
    });
  }

  it('keeps agent and swarm mutes apart, and refuses an empty id', () => {
    ctx.store.mutes.mute('agent', 'same');
    expect(ctx.store.mutes.isMuted('swarm', 'same')).to.equal(false);
    expect(() => ctx.store.mutes.mute('agent', ''))
      .to.throw()
      .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
  });
});

describe('state/keys', () => {
  const ctx = useStore();

  it('puts (upserts), gets, lists and deletes cached keys', () => {
    const entry = { agentId: 'agent-beta', publicKey: BETA_KEY, endpoint: 'https://beta.example.com/swarm' };
    expect(ctx.store.keys.put(entry)).to.deep.equal({ ...entry, fetchedAt: '2026-02-05T14:30:00.000Z' });
    ctx.store.keys.put({ agentId: 'agent-beta', publicKey: 'other', fetchedAt: '2026-02-06T00:00:00+00:00' });
    expect(ctx.store.keys.get('agent-beta')).to.deep.equal({
      agentId: 'agent-beta',
      publicKey: 'other',
      endpoint: null,
      fetchedAt: '2026-02-06T00:00:00.000Z',
    });
    ctx.store.keys.put({ agentId: 'agent-alpha', publicKey: BETA_KEY });
    expect(ctx.store.keys.list().map((k) => k.agentId)).to.deep.equal(['agent-alpha', 'agent-beta']);
    expect(ctx.store.keys.delete('agent-beta')).to.equal(true);
    expect(ctx.store.keys.delete('agent-beta')).to.equal(false);
    expect(ctx.store.keys.get('agent-beta')).to.equal(undefined);
  });

  it('refuses a non-https endpoint and an empty key', () => {
    for (const bad of [
      { agentId: 'a', publicKey: BETA_KEY, endpoint: 'http://a.example.com' },
      { agentId: 'a', publicKey: '' },
    ]) {
      expect(() => ctx.store.keys.put(bad))
        .to.throw()
        .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
    }
  });
});

describe('state/sessions (wake)', () => {
  const ctx = useStore();
  const minute = 60_000;

  it('upserts per (swarm, peer), replacing the session id', () => {
    ctx.store.sessions.upsert({ swarmId: SWARM_ID, peerId: 'agent-beta', sessionId: 's1' });
    ctx.store.sessions.upsert({ swarmId: SWARM_ID, peerId: 'agent-beta', sessionId: 's2' });
    ctx.store.sessions.upsert({ swarmId: OTHER_SWARM_ID, peerId: 'agent-beta', sessionId: 's3' });
    expect(ctx.store.sessions.get(SWARM_ID, 'agent-beta')).to.deep.equal({
      swarmId: SWARM_ID,
      peerId: 'agent-beta',
      sessionId: 's2',
      lastActive: '2026-02-05T14:30:00.000Z',
      state: 'active',
    });
    expect(ctx.store.sessions.get(OTHER_SWARM_ID, 'agent-beta')?.sessionId).to.equal('s3');
    expect(ctx.store.sessions.get(SWARM_ID, 'nobody')).to.equal(undefined);
    expect(ctx.store.sessions.list()).to.have.length(2);
  });

  it('getActive honours the idle timeout (equal is still active) and the state, without deleting', () => {
    ctx.store.sessions.upsert({ swarmId: SWARM_ID, peerId: 'p', sessionId: 's' });
    ctx.time.advance(60 * minute);
    expect(ctx.store.sessions.getActive(SWARM_ID, 'p', 60 * minute)?.sessionId).to.equal('s');
    ctx.time.advance(1);
    expect(ctx.store.sessions.getActive(SWARM_ID, 'p', 60 * minute)).to.equal(undefined);
    expect(ctx.store.sessions.get(SWARM_ID, 'p')).to.not.equal(undefined);
    expect(ctx.store.sessions.touch(SWARM_ID, 'p')).to.equal(true);
    expect(ctx.store.sessions.getActive(SWARM_ID, 'p', 0)?.sessionId).to.equal('s');
    ctx.store.sessions.upsert({ swarmId: SWARM_ID, peerId: 'p', sessionId: 's', state: 'suspended' });
    expect(ctx.store.sessions.getActive(SWARM_ID, 'p', 60 * minute)).to.equal(undefined);
  });

  it('deletes and purges idle sessions', () => {
    ctx.store.sessions.upsert({ swarmId: SWARM_ID, peerId: 'old', sessionId: 's' });
    ctx.time.advance(30 * minute);
    ctx.store.sessions.upsert({ swarmId: SWARM_ID, peerId: 'new', sessionId: 's' });
    ctx.time.advance(31 * minute);
    expect(ctx.store.sessions.purgeExpired(60 * minute)).to.equal(1);
    expect(ctx.store.sessions.list().map((s) => s.peerId)).to.deep.equal(['new']);
    expect(ctx.store.sessions.delete(SWARM_ID, 'new')).to.equal(true);
    expect(ctx.store.sessions.delete(SWARM_ID, 'new')).to.equal(false);
  });

  it('refuses empty ids', () => {
    expect(() => ctx.store.sessions.upsert({ swarmId: SWARM_ID, peerId: 'p', sessionId: '' }))
      .to.throw()
      .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
  });
});
