import Database from 'better-sqlite3';
import { expect } from 'chai';
import { Store } from '../../src/state/index.js';
import { ALPHA_KEY, BETA_KEY, OTHER_SWARM_ID, SWARM_ID, useStore, useTempDir } from './helpers.js';

function addSwarm(store: Store, swarmId = SWARM_ID): void {
  store.swarms.create({
    swarmId,
    name: 'lookup',
    masterId: 'alpha',
    role: 'member',
    members: [
      { agentId: 'alpha', endpoint: 'https://alpha.example/swarm', publicKey: ALPHA_KEY },
      { agentId: 'beta', endpoint: 'https://beta.example/swarm', publicKey: BETA_KEY },
    ],
  });
}

describe('state/sender look-up', () => {
  const ctx = useStore();

  it('gives a member its endpoint and key, and nothing for a stranger or an unknown swarm', () => {
    addSwarm(ctx.store);
    expect(ctx.store.senders.get(SWARM_ID, 'beta')).to.deep.equal({
      endpoint: 'https://beta.example/swarm',
      publicKey: BETA_KEY,
      muted: false,
    });
    expect(ctx.store.senders.get(SWARM_ID, 'gamma')).to.equal(undefined);
    expect(ctx.store.senders.get(OTHER_SWARM_ID, 'beta')).to.equal(undefined);
  });

  it('reports a muted agent (in any swarm) and a muted swarm', () => {
    addSwarm(ctx.store);
    addSwarm(ctx.store, OTHER_SWARM_ID);
    ctx.store.mutes.mute('agent', 'beta');
    expect(ctx.store.senders.get(SWARM_ID, 'beta')?.muted).to.equal(true);
    expect(ctx.store.senders.get(OTHER_SWARM_ID, 'beta')?.muted).to.equal(true);
    expect(ctx.store.senders.get(SWARM_ID, 'alpha')?.muted).to.equal(false);
    ctx.store.mutes.mute('swarm', OTHER_SWARM_ID);
    expect(ctx.store.senders.get(OTHER_SWARM_ID, 'alpha')?.muted).to.equal(true);
    ctx.store.mutes.unmute('agent', 'beta');
    expect(ctx.store.senders.get(SWARM_ID, 'beta')?.muted).to.equal(false);
  });
});

describe('state/sender look-up across connections', () => {
  const temp = useTempDir();

  it('sees at once what another connection or process changed', () => {
    const store = Store.open(temp.path());
    addSwarm(store);
    expect(store.senders.get(SWARM_ID, 'beta')).to.not.equal(undefined);
    const other = new Database(temp.path());
    other.prepare("DELETE FROM swarm_members WHERE agent_id = 'beta'").run();
    other.prepare("INSERT INTO muted_agents (agent_id, muted_at) VALUES ('alpha', '2026-01-01T00:00:00.000Z')").run();
    other.close();
    expect(store.senders.get(SWARM_ID, 'beta')).to.equal(undefined);
    expect(store.senders.get(SWARM_ID, 'alpha')?.muted).to.equal(true);
    store.close();
  });

  it('works on an in-memory store too', () => {
    const store = Store.open(':memory:');
    addSwarm(store);
    expect(store.senders.get(SWARM_ID, 'alpha')?.publicKey).to.equal(ALPHA_KEY);
    store.close();
  });
});
