import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import type { InviteTokenClaims } from '../../generated/types.js';
import type { SwarmClient } from '../../src/client/swarm-client.js';
import { createInviteToken } from '../../src/core/invite-token.js';
import { createInviteUrl } from '../../src/core/invite-url.js';
import { generateSeed, keyPairFromSeed } from '../../src/core/keys.js';
import { closedPort } from '../helpers/https.js';
import { agentPool, clientFor, type LiveAgent, shareSwarm, waitFor } from './helpers.js';

describe('client/SwarmClient.join against a real master', () => {
  const pool = agentPool();
  let master: LiveAgent;
  let member: LiveAgent;
  let joiner: LiveAgent;
  let masterClient: SwarmClient;
  let joinerClient: SwarmClient;

  function invite(swarmId: string, claims: Partial<InviteTokenClaims> = {}, signer = master.self.keyPair): string {
    const full: InviteTokenClaims = {
      swarm_id: swarmId,
      master: 'master',
      endpoint: master.self.endpoint,
      iat: Math.floor(Date.now() / 1000),
      ...claims,
    };
    return createInviteUrl(full, createInviteToken(full, signer));
  }

  beforeEach(async () => {
    [master, member, joiner] = [await pool.start('master'), await pool.start('member'), await pool.start('joiner')];
    // The master's server announces new members through its outbox; its client's worker delivers them.
    masterClient = clientFor(master);
    masterClient.worker!.start();
    master.ctx.hooks.outboxQueued = () => masterClient.worker!.notify();
    joinerClient = clientFor(joiner, { requestAttempts: 1 });
  });
  afterEach(async () => {
    await masterClient.close();
    await joinerClient.close();
    await pool.cleanup();
  });

  it('accepted: the joiner saves the swarm; the master and the other members list the joiner', async () => {
    const swarmId = shareSwarm([master, member], { master });
    const joined = await joinerClient.join(invite(swarmId, { max_uses: 1 }));
    expect(joined.error).to.equal(undefined);
    expect(joined.data).to.deep.include({ status: 'accepted', swarmId, name: 'client-test-swarm', masterId: 'master' });
    const saved = joiner.store.swarms.get(swarmId)!;
    expect([saved.masterId, saved.role]).to.deep.equal(['master', 'member']);
    expect(saved.members.map((m) => m.agentId).sort()).to.deep.equal(['joiner', 'master', 'member']);
    expect(joiner.store.keys.get('master')?.publicKey).to.equal(master.self.publicKey);
    expect(master.store.swarms.isMember(swarmId, 'joiner')).to.equal(true);
    // member_joined, signed by the master, went out through the master's outbox and worker.
    await waitFor(() => member.store.swarms.isMember(swarmId, 'joiner'), 5000, 'member_joined at the member');
    expect(member.store.swarms.getMember(swarmId, 'joiner')?.publicKey).to.equal(joiner.self.publicKey);
    // The joiner can talk to the swarm at once.
    const hello = await joinerClient.send({ swarmId, broadcast: true, content: 'hi, I am new' });
    expect(hello.data?.deliveries.map((d) => d.status)).to.deep.equal(['delivered', 'delivered']);
  });

  it('a re-join is idempotent; a further query parameter never leaks into the token', async () => {
    const swarmId = shareSwarm([master], { master });
    const url = `${invite(swarmId)}&ref=chat`;
    expect((await joinerClient.join(url)).data?.status).to.equal('accepted');
    expect((await joinerClient.join(url)).data?.status).to.equal('accepted');
    expect(
      master.store.swarms
        .get(swarmId)
        ?.members.map((m) => m.agentId)
        .sort(),
    ).to.deep.equal(['joiner', 'master']);
  });

  it('pending: a swarm that requires approval answers 202 and nothing is saved', async () => {
    const swarmId = shareSwarm([master], { master, requireApproval: true });
    const joined = await joinerClient.join(invite(swarmId));
    expect(joined.data).to.deep.include({ status: 'pending', swarmId });
    expect(joiner.store.swarms.get(swarmId)).to.equal(undefined);
    expect(master.store.pendingJoins.get(swarmId, 'joiner')).to.not.equal(undefined);
  });

  it('an expired token is refused locally with TOKEN_EXPIRED, before anything is sent', async () => {
    const swarmId = shareSwarm([master], { master, requireApproval: true });
    const joined = await joinerClient.join(invite(swarmId, { expires_at: '2020-01-01T00:00:00.000Z' }));
    expect(joined.error?.code).to.equal('TOKEN_EXPIRED');
    expect(joined.error?.status).to.equal(undefined);
    expect(master.store.pendingJoins.get(swarmId, 'joiner')).to.equal(undefined);
  });

  it('a forged token is refused by the master: INVALID_SIGNATURE with its status', async () => {
    const swarmId = shareSwarm([master], { master });
    const joined = await joinerClient.join(invite(swarmId, {}, keyPairFromSeed(generateSeed())));
    expect(joined.error).to.deep.include({ code: 'INVALID_SIGNATURE', status: 401 });
    expect(joiner.store.swarms.get(swarmId)).to.equal(undefined);
    expect(master.store.swarms.isMember(swarmId, 'joiner')).to.equal(false);
  });

  it('other refusals and failures carry their catalog code', async () => {
    const swarmId = shareSwarm([master], { master });
    const unknown = await joinerClient.join(invite(randomUUID()));
    expect(unknown.error).to.deep.include({ code: 'SWARM_NOT_FOUND', status: 404 });
    const url = invite(swarmId);
    const mismatch = await joinerClient.join(url.replace(swarmId, randomUUID()));
    expect(mismatch.error?.code).to.equal('TOKEN_SWARM_MISMATCH');
    expect((await joinerClient.join('https://not-an-invite')).error?.code).to.equal('INVALID_TOKEN');
    const offline = `https://127.0.0.1:${await closedPort()}/swarm`;
    expect((await joinerClient.join(invite(swarmId, { endpoint: offline }))).error?.code).to.equal('PEER_UNREACHABLE');
  });
});
