import { expect } from 'chai';
import { encodeBase64Url } from '../../src/core/base64.js';
import { createInviteToken } from '../../src/core/invite-token.js';
import { ed25519Sign } from '../../src/core/keys.js';
import { responseProblem } from '../helpers/openapi.js';
import { makePeer, type Peer, startTestAgent, type TestAgent } from './fixture.js';

function joinBody(token: string, joiner: Peer) {
  return {
    type: 'system',
    action: 'join_request',
    invite_token: token,
    sender: { agent_id: joiner.agentId, endpoint: joiner.endpoint, public_key: joiner.publicKey },
  };
}

/** A JWT with arbitrary header and payload JSON, signed by `signer` over the exact bytes. */
function craftToken(header: object, payload: object, signer: Peer): string {
  const input = `${encodeBase64Url(Buffer.from(JSON.stringify(header)))}.${encodeBase64Url(Buffer.from(JSON.stringify(payload)))}`;
  return `${input}.${encodeBase64Url(ed25519Sign(Buffer.from(input, 'ascii'), signer.keyPair))}`;
}

describe('server: POST /swarm/join', () => {
  let agent: TestAgent;
  let alice: Peer;
  let swarmId: string;
  const iat = () => Math.floor(Date.now() / 1000);

  beforeEach(async () => {
    agent = await startTestAgent({ agentId: 'master' });
    alice = makePeer('alice');
    swarmId = agent.createSwarm([alice]);
  });
  afterEach(() => agent.close());

  const token = (claims: Record<string, unknown> = {}, signer: Peer = agent.self) =>
    createInviteToken(
      { swarm_id: swarmId, master: 'master', endpoint: agent.endpoint, iat: iat(), ...claims } as never,
      signer.keyPair,
    );

  async function join(jwt: string, joiner: Peer) {
    const res = await agent.post('/swarm/join', joinBody(jwt, joiner), { 'x-agent-id': joiner.agentId });
    expect(responseProblem('POST', '/join', res.status, res.body), JSON.stringify(res.body)).to.equal(null);
    return res;
  }

  async function expectCode(jwt: string, joiner: Peer, status: number, code: string) {
    const res = await join(jwt, joiner);
    expect(res.status, JSON.stringify(res.body)).to.equal(status);
    expect(res.body.error.code).to.equal(code);
    expect(agent.store.swarms.isMember(swarmId, joiner.agentId)).to.equal(false);
  }

  it('admits a new member: full member list, a local note, member_joined queued for the others', async () => {
    const bob = makePeer('bob');
    const res = await join(token(), bob);
    expect(res.status).to.equal(200);
    expect(res.body.status).to.equal('accepted');
    expect(res.body.swarm_name).to.equal('test-swarm');
    expect(res.body.members.map((m: { agent_id: string }) => m.agent_id).sort()).to.deep.equal([
      'alice',
      'bob',
      'master',
    ]);
    expect(agent.store.swarms.getMember(swarmId, 'bob')?.publicKey).to.equal(bob.publicKey);
    const queued = agent.store.outbox.list({ swarmId });
    expect(queued.map((r) => r.recipientId)).to.deep.equal(['alice']);
    const envelope = JSON.parse(queued[0]!.envelope!);
    expect(envelope.type).to.equal('system');
    expect(envelope.sender.agent_id).to.equal('master');
    expect(JSON.parse(envelope.content)).to.include({
      action: 'member_joined',
      agent_id: 'bob',
      public_key: bob.publicKey,
    });
    expect(agent.store.inbox.list({ status: 'unread' }).some((n) => n.senderId === 'bob')).to.equal(true);
  });

  it('a re-join with the same key answers 200 and changes nothing; another key is AGENT_ID_TAKEN', async () => {
    const bob = makePeer('bob');
    expect((await join(token(), bob)).status).to.equal(200);
    const rows = agent.store.outbox.count().total;
    expect((await join(token(), bob)).status).to.equal(200);
    expect(agent.store.outbox.count().total).to.equal(rows);
    const hijacker = { ...makePeer('bob'), endpoint: 'https://evil.example/swarm' };
    const res = await join(token(), hijacker);
    expect(res.status).to.equal(409);
    expect(res.body.error.code).to.equal('AGENT_ID_TAKEN');
    expect(agent.store.swarms.getMember(swarmId, 'bob')?.publicKey).to.equal(bob.publicKey);
  });

  it('refuses tokens with the code of what is wrong', async () => {
    const bob = makePeer('bob');
    const header = { alg: 'EdDSA', typ: 'JWT' };
    const claims = { swarm_id: swarmId, master: 'master', endpoint: agent.endpoint, iat: iat() };
    await expectCode('only.two', bob, 400, 'INVALID_TOKEN');
    await expectCode(craftToken({ alg: 'none' }, claims, agent.self), bob, 400, 'UNSUPPORTED_ALGORITHM');
    await expectCode(craftToken({ alg: 'HS256', typ: 'JWT' }, claims, agent.self), bob, 400, 'UNSUPPORTED_ALGORITHM');
    await expectCode(token({}, makePeer('forger')), bob, 401, 'INVALID_SIGNATURE');
    await expectCode(token({ expires_at: new Date(Date.now() - 1000).toISOString() }), bob, 401, 'TOKEN_EXPIRED');
    await expectCode(token({ endpoint: 'https://other.example/swarm' }), bob, 400, 'TOKEN_ENDPOINT_MISMATCH');
    const { iat: _iat, ...noIat } = claims;
    await expectCode(craftToken(header, noIat, agent.self), bob, 400, 'INVALID_TOKEN');
    await expectCode(token({ swarm_id: '99999999-9999-4999-8999-999999999999' }), bob, 404, 'SWARM_NOT_FOUND');
  });

  it('refuses a key that is not a raw 32-byte Ed25519 key', async () => {
    const bob = { ...makePeer('bob') };
    const spki = `MCowBQYDK2VwAyEA${bob.publicKey}`;
    const res = await join(token(), { ...bob, publicKey: spki });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('INVALID_FORMAT');
    expect(res.body.error.details.pointer).to.equal('/sender/public_key');
  });

  it('counts uses atomically: N concurrent joins with a max_uses 1 token admit exactly one', async () => {
    const jwt = token({ max_uses: 1 });
    agent.store.invites.issue({ token: jwt, swarmId, issuedBy: 'master', maxUses: 1 });
    const joiners = Array.from({ length: 12 }, (_, i) => makePeer(`joiner-${i}`));
    const results = await Promise.all(joiners.map((j) => join(jwt, j)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).to.have.length(1);
    expect(results.filter((r) => r.status === 403).every((r) => r.body.error.code === 'TOKEN_EXHAUSTED')).to.equal(
      true,
    );
    expect(agent.store.swarms.listMembers(swarmId)).to.have.length(3);
  });

  it('refuses a revoked token', async () => {
    const jwt = token();
    agent.store.invites.issue({ token: jwt, swarmId, issuedBy: 'master' });
    agent.store.invites.revoke(jwt);
    await expectCode(jwt, makePeer('bob'), 403, 'TOKEN_REVOKED');
  });

  it('keeps the request of a swarm that requires approval and answers 202 until decided', async () => {
    const gated = agent.createSwarm([alice], { requireApproval: true });
    const jwt = createInviteToken(
      { swarm_id: gated, master: 'master', endpoint: agent.endpoint, iat: iat(), max_uses: 1 },
      agent.self.keyPair,
    );
    agent.store.invites.issue({ token: jwt, swarmId: gated, issuedBy: 'master', maxUses: 1 });
    const bob = makePeer('bob');
    for (let i = 0; i < 2; i++) {
      const res = await join(jwt, bob);
      expect(res.status).to.equal(202);
      expect(res.body.status).to.equal('pending');
    }
    expect(agent.store.pendingJoins.get(gated, 'bob')?.publicKey).to.equal(bob.publicKey);
    expect(agent.store.invites.get(jwt)?.uses).to.equal(1);
    expect(agent.store.swarms.isMember(gated, 'bob')).to.equal(false);
  });

  it('answers 403 JOIN_DENIED to a denied request presented again, and opens a new one for another invite', async () => {
    const gated = agent.createSwarm([alice], { requireApproval: true });
    // Two invites must differ even when issued within one second (or across a second's boundary).
    const issuedAt = iat();
    let issued = 0;
    const invite = () => {
      issued += 1;
      const jwt = createInviteToken(
        { swarm_id: gated, master: 'master', endpoint: agent.endpoint, iat: issuedAt - issued, max_uses: 1 },
        agent.self.keyPair,
      );
      agent.store.invites.issue({ token: jwt, swarmId: gated, issuedBy: 'master', maxUses: 1 });
      return jwt;
    };
    const bob = makePeer('bob');
    const first = invite();
    expect((await join(first, bob)).status).to.equal(202);
    expect(agent.store.pendingJoins.deny(gated, 'bob')).to.equal(true);
    for (let i = 0; i < 2; i++) {
      const res = await join(first, bob);
      expect(res.status, JSON.stringify(res.body)).to.equal(403);
      expect(res.body.error.code).to.equal('JOIN_DENIED');
    }
    expect(agent.store.invites.get(first)?.uses, 'the denied invite is not redeemed again').to.equal(1);
    expect(agent.store.pendingJoins.list(gated)).to.deep.equal([]);
    const second = invite();
    expect((await join(second, bob)).status).to.equal(202);
    expect(agent.store.pendingJoins.get(gated, 'bob')?.tokenHash).to.not.equal(undefined);
    expect(agent.store.pendingJoins.approve(gated, 'bob')?.agentId).to.equal('bob');
    expect(agent.store.swarms.isMember(gated, 'bob')).to.equal(true);
  });

  it('a member that is not the master does not admit (NOT_MASTER)', async () => {
    const other = agent.createSwarm([alice], { master: alice });
    const jwt = createInviteToken(
      { swarm_id: other, master: 'alice', endpoint: agent.endpoint, iat: iat() },
      alice.keyPair,
    );
    const res = await join(jwt, makePeer('bob'));
    expect(res.status).to.equal(403);
    expect(res.body.error.code).to.equal('NOT_MASTER');
  });
});

describe('server: member invites', () => {
  it('a member admits with its own kid-signed token only where the swarm allows member invites', async () => {
    const agent = await startTestAgent({ agentId: 'member' });
    try {
      const boss = makePeer('boss');
      const open = agent.createSwarm([boss], { master: boss, allowMemberInvite: true });
      const closed = agent.createSwarm([boss], { master: boss });
      const token = (swarmId: string) =>
        createInviteToken(
          { swarm_id: swarmId, master: 'boss', endpoint: agent.endpoint, iat: Math.floor(Date.now() / 1000) },
          agent.self.keyPair,
          { kid: 'member' },
        );
      const dave = makePeer('dave');
      const refused = await agent.post('/swarm/join', joinBody(token(closed), dave));
      expect(refused.status).to.equal(403);
      expect(refused.body.error.code).to.equal('INVITES_DISABLED');
      const admitted = await agent.post('/swarm/join', joinBody(token(open), dave));
      expect(admitted.status, JSON.stringify(admitted.body)).to.equal(200);
      expect(agent.store.swarms.isMember(open, 'dave')).to.equal(true);
      // Announced to the master, signed by the admitting member.
      const rows = agent.store.outbox.list({ swarmId: open });
      expect(rows.map((r) => r.recipientId)).to.deep.equal(['boss']);
      expect(JSON.parse(rows[0]!.envelope!).sender.agent_id).to.equal('member');
    } finally {
      await agent.close();
    }
  });
});
