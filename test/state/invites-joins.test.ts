import { expect } from 'chai';
import { inviteTokenHash, isStateError } from '../../src/state/index.js';
import { BETA_KEY, createSwarm, SWARM_ID, useStore } from './helpers.js';

const TOKEN = 'eyJhbGciOiJFZERTQSJ9.eyJzd2FybV9pZCI6IngifQ.c2ln';

describe('state/invites', () => {
  const ctx = useStore();
  beforeEach(() => createSwarm(ctx.store));

  it('issues an invite keyed by the SHA-256 of the token', () => {
    const record = ctx.store.invites.issue({
      token: TOKEN,
      swarmId: SWARM_ID,
      issuedBy: 'agent-alpha',
      maxUses: 2,
      expiresAt: '2026-02-06T00:00:00+00:00',
    });
    expect(record).to.deep.equal({
      tokenHash: inviteTokenHash(TOKEN),
      swarmId: SWARM_ID,
      issuedBy: 'agent-alpha',
      issuedAt: '2026-02-05T14:30:00.000Z',
      expiresAt: '2026-02-06T00:00:00.000Z',
      maxUses: 2,
      uses: 0,
      revokedAt: null,
    });
    expect(record.tokenHash).to.match(/^[0-9a-f]{64}$/);
    expect(ctx.store.invites.get(TOKEN)).to.deep.equal(record);
    expect(ctx.store.invites.list(SWARM_ID)).to.deep.equal([record]);
  });

  it('counts uses up to max_uses, then reports exhausted', () => {
    ctx.store.invites.issue({ token: TOKEN, swarmId: SWARM_ID, issuedBy: 'agent-alpha', maxUses: 2 });
    expect(ctx.store.invites.redeem(TOKEN)).to.deep.equal({ status: 'ok', uses: 1, remaining: 1 });
    expect(ctx.store.invites.redeem(TOKEN)).to.deep.equal({ status: 'ok', uses: 2, remaining: 0 });
    expect(ctx.store.invites.redeem(TOKEN)).to.deep.equal({ status: 'exhausted' });
    expect(ctx.store.invites.get(TOKEN)?.uses).to.equal(2);
  });

  it('keeps a token without max_uses unlimited', () => {
    ctx.store.invites.issue({ token: TOKEN, swarmId: SWARM_ID, issuedBy: 'agent-alpha' });
    for (let i = 1; i <= 5; i++)
      expect(ctx.store.invites.redeem(TOKEN)).to.deep.equal({ status: 'ok', uses: i, remaining: null });
  });

  it('reports unknown, revoked and expired tokens without spending them', () => {
    expect(ctx.store.invites.redeem(TOKEN)).to.deep.equal({ status: 'unknown' });
    ctx.store.invites.issue({
      token: TOKEN,
      swarmId: SWARM_ID,
      issuedBy: 'agent-alpha',
      expiresAt: '2026-02-05T15:00:00Z',
    });
    ctx.time.advance(30 * 60_000);
    expect(ctx.store.invites.redeem(TOKEN)).to.deep.equal({ status: 'expired' });
    expect(ctx.store.invites.revoke(TOKEN)).to.equal(true);
    expect(ctx.store.invites.revoke(TOKEN)).to.equal(false);
    expect(ctx.store.invites.redeem(TOKEN)).to.deep.equal({ status: 'revoked' });
    expect(ctx.store.invites.get(TOKEN)).to.include({ uses: 0, revokedAt: '2026-02-05T15:00:00.000Z' });
  });

  it('refuses max_uses below 1 and an unknown swarm', () => {
    expect(() => ctx.store.invites.issue({ token: TOKEN, swarmId: SWARM_ID, issuedBy: 'a', maxUses: 0 }))
      .to.throw()
      .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
    expect(() => ctx.store.invites.issue({ token: TOKEN, swarmId: 'nope', issuedBy: 'a' })).to.throw(/FOREIGN KEY/);
  });

  it('gives exactly one success among many concurrent group-committed redemptions of a single-use token', async () => {
    ctx.store.invites.issue({ token: TOKEN, swarmId: SWARM_ID, issuedBy: 'agent-alpha', maxUses: 1 });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => ctx.store.write((r) => r.invites.redeem(TOKEN).status)),
    );
    expect(results.filter((s) => s === 'ok')).to.have.length(1);
    expect(results.filter((s) => s === 'exhausted')).to.have.length(49);
  });
});

describe('state/pending-joins', () => {
  const ctx = useStore();
  beforeEach(() => createSwarm(ctx.store));

  const request = (agentId = 'agent-gamma', expiresAt = '2026-02-06T14:30:00Z') =>
    ctx.store.pendingJoins.request({
      swarmId: SWARM_ID,
      agentId,
      endpoint: `https://${agentId}.example.com/swarm`,
      publicKey: BETA_KEY,
      tokenHash: inviteTokenHash(TOKEN),
      expiresAt,
    });

  it('records a request, replaces it when asked again, and lists it', () => {
    request();
    ctx.time.advance(1000);
    const again = request();
    expect(again.requestedAt).to.equal('2026-02-05T14:30:01.000Z');
    expect(ctx.store.pendingJoins.get(SWARM_ID, 'agent-gamma')).to.deep.equal(again);
    expect(ctx.store.pendingJoins.list(SWARM_ID)).to.deep.equal([again]);
    expect(ctx.store.pendingJoins.list()).to.deep.equal([again]);
  });

  it('approves a request into a member in one step', () => {
    request();
    ctx.time.advance(5000);
    const member = ctx.store.pendingJoins.approve(SWARM_ID, 'agent-gamma');
    expect(member).to.deep.equal({
      agentId: 'agent-gamma',
      endpoint: 'https://agent-gamma.example.com/swarm',
      publicKey: BETA_KEY,
      joinedAt: '2026-02-05T14:30:05.000Z',
    });
    expect(ctx.store.swarms.getMember(SWARM_ID, 'agent-gamma')).to.deep.equal(member);
    expect(ctx.store.pendingJoins.get(SWARM_ID, 'agent-gamma')).to.equal(undefined);
    expect(ctx.store.pendingJoins.approve(SWARM_ID, 'agent-gamma')).to.equal(undefined);
  });

  it('denies, hides expired requests, refuses approval of an expired one, and purges them', () => {
    request('agent-gamma');
    request('agent-delta', '2026-02-05T14:31:00Z');
    expect(ctx.store.pendingJoins.deny(SWARM_ID, 'agent-gamma')).to.equal(true);
    expect(ctx.store.pendingJoins.deny(SWARM_ID, 'agent-gamma')).to.equal(false);
    ctx.time.advance(60_000);
    expect(ctx.store.pendingJoins.get(SWARM_ID, 'agent-delta')).to.equal(undefined);
    expect(ctx.store.pendingJoins.list()).to.deep.equal([]);
    expect(ctx.store.pendingJoins.approve(SWARM_ID, 'agent-delta')).to.equal(undefined);
    expect(ctx.store.swarms.isMember(SWARM_ID, 'agent-delta')).to.equal(false);
    expect(ctx.store.pendingJoins.purgeExpired()).to.equal(1);
  });

  it('remembers a denial for the invite it answered until the request would have expired', () => {
    request('agent-gamma', '2026-02-05T14:31:00Z');
    const hash = inviteTokenHash(TOKEN);
    expect(ctx.store.pendingJoins.isDenied(SWARM_ID, 'agent-gamma', hash)).to.equal(false);
    expect(ctx.store.pendingJoins.deny(SWARM_ID, 'agent-gamma')).to.equal(true);
    expect(ctx.store.pendingJoins.isDenied(SWARM_ID, 'agent-gamma', hash)).to.equal(true);
    expect(ctx.store.pendingJoins.isDenied(SWARM_ID, 'agent-gamma', inviteTokenHash(`${TOKEN}x`))).to.equal(false);
    expect(ctx.store.pendingJoins.get(SWARM_ID, 'agent-gamma'), 'no longer pending').to.equal(undefined);
    expect(ctx.store.pendingJoins.approve(SWARM_ID, 'agent-gamma'), 'a denial is final').to.equal(undefined);
    ctx.time.advance(60_000);
    expect(ctx.store.pendingJoins.isDenied(SWARM_ID, 'agent-gamma', hash), 'expired').to.equal(false);
    expect(ctx.store.pendingJoins.purgeExpired()).to.equal(1);
  });

  it('a new request (another invite) replaces a denied one', () => {
    request();
    ctx.store.pendingJoins.deny(SWARM_ID, 'agent-gamma');
    const again = ctx.store.pendingJoins.request({
      swarmId: SWARM_ID,
      agentId: 'agent-gamma',
      endpoint: 'https://agent-gamma.example.com/swarm',
      publicKey: BETA_KEY,
      tokenHash: inviteTokenHash(`${TOKEN}x`),
      expiresAt: '2026-02-06T14:30:00Z',
    });
    expect(ctx.store.pendingJoins.get(SWARM_ID, 'agent-gamma')).to.deep.equal(again);
    expect(ctx.store.pendingJoins.isDenied(SWARM_ID, 'agent-gamma', inviteTokenHash(TOKEN))).to.equal(false);
  });

  it('refuses a request for an unknown swarm or with a non-https endpoint', () => {
    expect(() =>
      ctx.store.pendingJoins.request({
        swarmId: 'nope',
        agentId: 'a',
        endpoint: 'https://a',
        publicKey: 'k',
        tokenHash: 'h',
        expiresAt: '2030-01-01T00:00:00Z',
      }),
    )
      .to.throw()
      .that.satisfies((e: unknown) => isStateError(e, 'SWARM_NOT_FOUND'));
    expect(() =>
      ctx.store.pendingJoins.request({
        swarmId: SWARM_ID,
        agentId: 'a',
        endpoint: 'http://a',
        publicKey: 'k',
        tokenHash: 'h',
        expiresAt: '2030-01-01T00:00:00Z',
      }),
    )
      .to.throw()
      .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
  });
});
