import Database from 'better-sqlite3';
import { expect } from 'chai';
import { type SenderRecord, Store } from '../../src/state/index.js';
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

describe('state/sender look-up kept in memory', () => {
  const temp = useTempDir();
  let store: Store;
  beforeEach(() => {
    store = Store.open(temp.path());
    createSwarm(store);
  });
  afterEach(() => store.close());

  /** `current` as the hot path calls it: inside a write transaction on the look-up's connection. */
  const currentOf = (record: SenderRecord) => store.write(() => store.senders.current(SWARM_ID, 'agent-beta', record));

  it('answers from memory while nothing changes, and `current` keeps the very same record', async () => {
    const first = store.senders.cached(SWARM_ID, 'agent-beta');
    expect(first?.publicKey).to.equal(BETA_KEY);
    expect(store.senders.cached(SWARM_ID, 'agent-beta')).to.equal(first);
    expect(await currentOf(first!)).to.equal(first);
  });

  it('forgets at once what the look-up connection itself changes (a kick or mute applied by a write)', async () => {
    const first = store.senders.cached(SWARM_ID, 'agent-beta')!;
    await store.write(({ mutes }) => mutes.mute('agent', 'agent-beta'));
    expect(store.senders.cached(SWARM_ID, 'agent-beta')?.muted).to.equal(true);
    await store.write(({ swarms }) => swarms.removeMember(SWARM_ID, 'agent-beta'));
    expect(store.senders.cached(SWARM_ID, 'agent-beta')).to.equal(undefined);
    expect(await currentOf(first)).to.equal(undefined);
  });

  it('may lag behind another connection, but never inside a write transaction', async () => {
    const first = store.senders.cached(SWARM_ID, 'agent-beta')!;
    const other = new Database(temp.path());
    other.prepare("UPDATE swarm_members SET public_key = ? WHERE agent_id = 'agent-beta'").run(ALPHA_KEY);
    other.close();
    // Until this connection's next write transaction the record in memory may be the old one...
    expect(store.senders.get(SWARM_ID, 'agent-beta')?.publicKey, 'get always reads').to.equal(ALPHA_KEY);
    // ...and inside one, `current` gives what the database holds.
    const now = await currentOf(first);
    expect(now).to.not.equal(first);
    expect(now?.publicKey).to.equal(ALPHA_KEY);
    expect(store.senders.cached(SWARM_ID, 'agent-beta')?.publicKey).to.equal(ALPHA_KEY);
  });

  it('keeps no stranger in memory (a flood of unknown ids cannot grow it), and reads a member added later', async () => {
    expect(store.senders.cached(SWARM_ID, 'agent-gamma')).to.equal(undefined);
    await store.write(({ swarms }) =>
      swarms.addMember(SWARM_ID, {
        agentId: 'agent-gamma',
        endpoint: 'https://gamma.example.com/swarm',
        publicKey: BETA_KEY,
      }),
    );
    expect(store.senders.cached(SWARM_ID, 'agent-gamma')?.endpoint).to.equal('https://gamma.example.com/swarm');
  });
});
