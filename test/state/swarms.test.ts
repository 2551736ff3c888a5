import { expect } from 'chai';
import { isStateError } from '../../src/state/index.js';
import { ALPHA_KEY, BETA_KEY, createSwarm, OTHER_SWARM_ID, SWARM_ID, useStore } from './helpers.js';

const gamma = { agentId: 'agent-gamma', endpoint: 'https://gamma.example.com/swarm', publicKey: BETA_KEY };

describe('state/swarms', () => {
  const ctx = useStore();

  it('creates a swarm with its members and settings, and reads it back', () => {
    const created = ctx.store.swarms.create({
      swarmId: SWARM_ID,
      name: 'demo',
      masterId: 'agent-alpha',
      role: 'master',
      joinedAt: '2026-02-05T14:30:00+00:00',
      settings: { requireApproval: true },
      members: [{ agentId: 'agent-alpha', endpoint: 'https://alpha.example.com/swarm', publicKey: ALPHA_KEY }],
    });
    expect(created).to.deep.equal({
      swarmId: SWARM_ID,
      name: 'demo',
      masterId: 'agent-alpha',
      role: 'master',
      joinedAt: '2026-02-05T14:30:00.000Z',
      settings: { allowMemberInvite: false, requireApproval: true },
      members: [
        {
          agentId: 'agent-alpha',
          endpoint: 'https://alpha.example.com/swarm',
          publicKey: ALPHA_KEY,
          joinedAt: '2026-02-05T14:30:00.000Z',
        },
      ],
    });
    expect(ctx.store.swarms.get(SWARM_ID)).to.deep.equal(created);
    expect(ctx.store.swarms.exists(SWARM_ID)).to.equal(true);
    expect(ctx.store.swarms.get(OTHER_SWARM_ID)).to.equal(undefined);
  });

  it('refuses a second swarm with the same id (SWARM_EXISTS) and changes nothing', () => {
    createSwarm(ctx.store);
    expect(() =>
      ctx.store.swarms.create({ swarmId: SWARM_ID, name: 'other', masterId: 'x', role: 'member', members: [gamma] }),
    )
      .to.throw()
      .that.satisfies((e: unknown) => isStateError(e, 'SWARM_EXISTS'));
    expect(ctx.store.swarms.get(SWARM_ID)?.name).to.equal('demo-swarm');
    expect(ctx.store.swarms.isMember(SWARM_ID, 'agent-gamma')).to.equal(false);
  });

  it('validates names, ids and https endpoints before writing', () => {
    const base = { swarmId: SWARM_ID, name: 'ok', masterId: 'agent-alpha', role: 'master' as const, members: [gamma] };
    for (const bad of [
      { ...base, name: '' },
      { ...base, name: 'n'.repeat(257) },
      { ...base, masterId: '' },
      { ...base, members: [{ ...gamma, endpoint: 'http://gamma.example.com/swarm' }] },
      { ...base, members: [{ ...gamma, publicKey: '' }] },
      { ...base, members: [] },
    ]) {
      expect(() => ctx.store.swarms.create(bad))
        .to.throw()
        .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
    }
    expect(ctx.store.swarms.list()).to.deep.equal([]);
  });

  it('save creates a swarm or adds only the members it lacks', () => {
    const swarm = {
      swarmId: SWARM_ID,
      name: 'demo',
      masterId: 'agent-alpha',
      role: 'member' as const,
      members: [gamma],
    };
    expect(ctx.store.swarms.save(swarm)).to.deep.equal({ created: true, membersAdded: 1 });
    expect(ctx.store.swarms.save({ ...swarm, name: 'renamed?' })).to.deep.equal({ created: false, membersAdded: 0 });
    const delta = { ...gamma, agentId: 'agent-delta' };
    ctx.time.advance(1000);
    expect(ctx.store.swarms.save({ ...swarm, members: [gamma, delta] })).to.deep.equal({
      created: false,
      membersAdded: 1,
    });
    expect(ctx.store.swarms.get(SWARM_ID)?.name).to.equal('demo');
    expect(ctx.store.swarms.listMembers(SWARM_ID).map((m) => m.agentId)).to.deep.equal(['agent-gamma', 'agent-delta']);
  });

  it('lists every swarm with its own members, ordered', () => {
    createSwarm(ctx.store, SWARM_ID);
    ctx.time.advance(1000);
    ctx.store.swarms.create({
      swarmId: OTHER_SWARM_ID,
      name: 'two',
      masterId: 'agent-gamma',
      role: 'member',
      members: [gamma],
    });
    const list = ctx.store.swarms.list();
    expect(list.map((s) => [s.swarmId, s.members.map((m) => m.agentId)])).to.deep.equal([
      [SWARM_ID, ['agent-alpha', 'agent-beta']],
      [OTHER_SWARM_ID, ['agent-gamma']],
    ]);
  });

  it('adds, upserts, reads and removes members', () => {
    createSwarm(ctx.store);
    expect(ctx.store.swarms.addMember(SWARM_ID, gamma)).to.equal('added');
    expect(ctx.store.swarms.addMember(SWARM_ID, { ...gamma, endpoint: 'https://new.example.com/swarm' })).to.equal(
      'exists',
    );
    expect(ctx.store.swarms.getMember(SWARM_ID, 'agent-gamma')?.endpoint).to.equal('https://gamma.example.com/swarm');
    const joinedAt = ctx.store.swarms.getMember(SWARM_ID, 'agent-gamma')?.joinedAt;
    ctx.time.advance(5000);
    ctx.store.swarms.upsertMember(SWARM_ID, {
      ...gamma,
      endpoint: 'https://new.example.com/swarm',
      publicKey: ALPHA_KEY,
    });
    expect(ctx.store.swarms.getMember(SWARM_ID, 'agent-gamma')).to.deep.equal({
      agentId: 'agent-gamma',
      endpoint: 'https://new.example.com/swarm',
      publicKey: ALPHA_KEY,
      joinedAt,
    });
    expect(ctx.store.swarms.isMember(SWARM_ID, 'agent-gamma')).to.equal(true);
    expect(ctx.store.swarms.removeMember(SWARM_ID, 'agent-gamma')).to.equal(true);
    expect(ctx.store.swarms.removeMember(SWARM_ID, 'agent-gamma')).to.equal(false);
    expect(ctx.store.swarms.isMember(SWARM_ID, 'agent-gamma')).to.equal(false);
  });

  it('refuses members for an unknown swarm (SWARM_NOT_FOUND)', () => {
    for (const fn of [
      () => ctx.store.swarms.addMember(SWARM_ID, gamma),
      () => ctx.store.swarms.upsertMember(SWARM_ID, gamma),
    ]) {
      expect(fn)
        .to.throw()
        .that.satisfies((e: unknown) => isStateError(e, 'SWARM_NOT_FOUND'));
    }
  });

  it('updates settings, master and name; false for an unknown swarm', () => {
    createSwarm(ctx.store);
    expect(ctx.store.swarms.updateSettings(SWARM_ID, { allowMemberInvite: true })).to.equal(true);
    expect(ctx.store.swarms.get(SWARM_ID)?.settings).to.deep.equal({ allowMemberInvite: true, requireApproval: false });
    expect(ctx.store.swarms.updateSettings(SWARM_ID, { requireApproval: true, allowMemberInvite: false })).to.equal(
      true,
    );
    expect(ctx.store.swarms.get(SWARM_ID)?.settings).to.deep.equal({ allowMemberInvite: false, requireApproval: true });
    expect(ctx.store.swarms.setMaster(SWARM_ID, 'agent-beta', 'member')).to.equal(true);
    expect(ctx.store.swarms.rename(SWARM_ID, 'renamed')).to.equal(true);
    expect(ctx.store.swarms.get(SWARM_ID)).to.include({ masterId: 'agent-beta', role: 'member', name: 'renamed' });
    expect(ctx.store.swarms.updateSettings(OTHER_SWARM_ID, { requireApproval: true })).to.equal(false);
    expect(ctx.store.swarms.setMaster(OTHER_SWARM_ID, 'x', 'member')).to.equal(false);
  });

  it('deletes a swarm with its members, invites and pending joins', () => {
    createSwarm(ctx.store);
    ctx.store.invites.issue({ token: 'a.b.c', swarmId: SWARM_ID, issuedBy: 'agent-alpha' });
    ctx.store.pendingJoins.request({ ...gamma, swarmId: SWARM_ID, tokenHash: 'h', expiresAt: '2030-01-01T00:00:00Z' });
    expect(ctx.store.swarms.delete(SWARM_ID)).to.equal(true);
    expect(ctx.store.swarms.delete(SWARM_ID)).to.equal(false);
    expect(ctx.store.swarms.listMembers(SWARM_ID)).to.deep.equal([]);
    expect(ctx.store.invites.get('a.b.c')).to.equal(undefined);
    expect(ctx.store.pendingJoins.list()).to.deep.equal([]);
  });
});
