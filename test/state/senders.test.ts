import Database from 'better-sqlite3';
import { expect } from 'chai';
import { Store } from '../../src/state/index.js';
import { ALPHA_KEY, BETA_KEY, createSwarm, OTHER_SWARM_ID, SWARM_ID, useStore, useTempDir } from './helpers.js';

describe('state/sender look-up', () => {
  const ctx = useStore();

  it('gives a member its endpoint and key, and nothing for a stranger or an unknown swarm', () => {
    createSwarm(ctx.store);
    expect(ctx.store.senders.get(SWARM_ID, 'agent-beta')).to.deep.equal({
      endpoint: 'https://beta.example.com/swarm',
      publicKey: BETA_KEY,
      muted: false,
    });
    expect(ctx.store.senders.get(SWARM_ID, 'agent-gamma')).to.equal(undefined);
    expect(ctx.store.senders.get(OTHER_SWARM_ID, 'agent-beta')).to.equal(undefined);
  });

  it('reports a muted agent (in any swarm) and a muted swarm', () => {
    createSwarm(ctx.store);
    createSwarm(ctx.store, OTHER_SWARM_ID);
    ctx.store.mutes.mute('agent', 'agent-beta');
    expect(ctx.store.senders.get(SWARM_ID, 'agent-beta')?.muted).to.equal(true);
    expect(ctx.store.senders.get(OTHER_SWARM_ID, 'agent-beta')?.muted).to.equal(true);
    expect(ctx.store.senders.get(SWARM_ID, 'agent-alpha')?.muted).to.equal(false);
    ctx.store.mutes.mute('swarm', OTHER_SWARM_ID);
    expect(ctx.store.senders.get(OTHER_SWARM_ID, 'agent-alpha')?.muted).to.equal(true);
    ctx.store.mutes.unmute('agent', 'agent-beta');
    expect(ctx.store.senders.get(SWARM_ID, 'agent-beta')?.muted).to.equal(false);
  });
});

describe('state/sender look-up across connections', () => {
  const temp = useTempDir();

  it('sees at once what another connection or process changed', () => {
    const store = Store.open(temp.path());
    createSwarm(store);
    expect(store.senders.get(SWARM_ID, 'agent-beta')).to.not.equal(undefined);
    const other = new Database(temp.path());
    other.prepare("DELETE FROM swarm_members WHERE agent_id = 'agent-beta'").run();
    other
      .prepare("INSERT INTO muted_agents (agent_id, muted_at) VALUES ('agent-alpha', '2026-01-01T00:00:00.000Z')")
      .run();
    other.close();
    expect(store.senders.get(SWARM_ID, 'agent-beta')).to.equal(undefined);
    expect(store.senders.get(SWARM_ID, 'agent-alpha')?.muted).to.equal(true);
    store.close();
  });

  it('works on an in-memory store too', () => {
    const store = Store.open(':memory:');
    createSwarm(store);
    expect(store.senders.get(SWARM_ID, 'agent-alpha')?.publicKey).to.equal(ALPHA_KEY);
    store.close();
  });
});
