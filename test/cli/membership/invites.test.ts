import { expect } from 'chai';
import { createAgent, eventually, type TestAgent } from '../agents.js';
import { membersSeenBy } from './agents.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('cli membership: invites and joins through a real master', function () {
  this.timeout(120_000);
  let master: TestAgent;
  let one: TestAgent;
  let two: TestAgent;
  let three: TestAgent;
  let open: string;

  before(async () => {
    [master, one, two, three] = await Promise.all([
      createAgent('master', { serve: true }),
      createAgent('one', { serve: true }),
      createAgent('two'),
      createAgent('three'),
    ]);
    open = (await master.json(['create', '-n', 'open'])).swarm_id;
  });
  after(() => Promise.all([master, one, two, three].map((agent) => agent?.cleanup())));

  it('an invite admits an agent: joined, and both sides list the membership', async () => {
    const invite = await master.json(['invite', '-s', open]);
    expect(invite).to.include({ status: 'success', swarm_id: open, expires_at: null, max_uses: null });
    expect(invite.invite_token.startsWith(`swarm://${open}@127.0.0.1:`)).to.equal(true);
    expect(invite.token_hash).to.match(/^[0-9a-f]{64}$/);

    const joined = await one.json(['join', '-t', invite.invite_token]);
    expect(joined).to.deep.equal({ status: 'joined', swarm_id: open, name: 'open', master: 'master', member_count: 2 });
    expect(await membersSeenBy(master, open)).to.deep.equal(['master', 'one']);
    const { swarms } = await one.json(['list', '-m']);
    expect(swarms[0]).to.include({ swarm_id: open, role: 'member', master: 'master', member_count: 2 });

    const { invites } = await master.json(['invite', 'list', '-s', open]);
    expect(invites).to.have.length(1);
    expect(invites[0]).to.include({ token_hash: invite.token_hash, uses: 1, max_uses: null, state: 'active' });
    const jwt = invite.invite_token.split('token=')[1];
    expect(JSON.stringify(invites)).not.to.include(jwt);
  });

  it('a member cannot issue invites where the swarm does not allow it (exit 4)', async () => {
    const refused = await one.json(['invite', '-s', open], 4);
    expect(refused.error.code).to.equal('INVITES_DISABLED');
  });

  it('--allow-member-invite: a member invites, admits the newcomer and the master learns of it', async () => {
    const shared = (await master.json(['create', '-n', 'shared', '--allow-member-invite'])).swarm_id;
    await one.json(['join', '-t', (await master.json(['invite', '-s', shared])).invite_token]);
    const invite = await one.json(['invite', '-s', shared, '-m', '1']);
    const header = JSON.parse(
      Buffer.from(invite.invite_token.split('token=')[1].split('.')[0], 'base64url').toString(),
    );
    expect(header).to.deep.equal({ alg: 'EdDSA', typ: 'JWT', kid: 'one' });
    expect(invite.invite_token).to.include(`@${new URL(one.endpoint).host}?`);
    expect(await two.json(['join', '-t', invite.invite_token])).to.include({
      status: 'joined',
      master: 'master',
      member_count: 3,
    });
    await eventually(async () => (await membersSeenBy(master, shared)).includes('two'), 'the master to learn of two');
    expect((await one.json(['invite', 'list', '-s', shared])).invites[0]).to.include({ uses: 1, state: 'exhausted' });
    await Promise.all([one, two].map((agent) => agent.json(['leave', '-s', shared, '-y'])));
  });

  it('--max-uses: the join past the limit is refused with exit 4', async () => {
    const invite = await master.json(['invite', '-s', open, '-m', '1']);
    expect(invite.max_uses).to.equal(1);
    await two.json(['join', '-t', invite.invite_token]);
    const refused = await three.json(['join', '-t', invite.invite_token], 4);
    expect(refused.error.code).to.equal('TOKEN_EXHAUSTED');
    expect((await three.json(['list'])).swarms).to.deep.equal([]);
    const { invites } = await master.json(['invite', 'list', '-s', open]);
    expect(invites.find((i: any) => i.token_hash === invite.token_hash)).to.include({
      uses: 1,
      max_uses: 1,
      state: 'exhausted',
    });
  });

  it('--expires: an expired invite is refused with exit 4 and nothing is stored', async () => {
    const invite = await master.json(['invite', '-s', open, '-e', '0.0003']); // about one second
    expect(Date.parse(invite.expires_at) - Date.now()).to.be.below(1100);
    await sleep(1300);
    const refused = await three.json(['join', '-t', invite.invite_token], 4);
    expect(refused.error.code).to.equal('TOKEN_EXPIRED');
    expect((await three.json(['list'])).swarms).to.deep.equal([]);
    const { invites } = await master.json(['invite', 'list', '-s', open]);
    expect(invites.find((i: any) => i.token_hash === invite.token_hash)).to.include({ uses: 0, state: 'expired' });
  });

  it('revoke by URL and by hash prefix: later joins are refused with exit 4; revoking twice is harmless', async () => {
    const byUrl = await master.json(['invite', '-s', open]);
    const revoked = await master.json(['invite', 'revoke', byUrl.invite_token]);
    expect(revoked).to.include({ status: 'revoked', swarm_id: open, token_hash: byUrl.token_hash });
    expect(revoked.already_revoked).to.equal(false);
    expect((await three.json(['join', '-t', byUrl.invite_token], 4)).error.code).to.equal('TOKEN_REVOKED');
    expect((await master.json(['invite', 'revoke', byUrl.invite_token])).already_revoked).to.equal(true);

    const byHash = await master.json(['invite', '-s', open, '-m', '5']);
    const prefix = byHash.token_hash.slice(0, 10);
    expect(await master.json(['invite', 'revoke', prefix, '-s', open])).to.include({
      token_hash: byHash.token_hash,
      already_revoked: false,
    });
    expect((await three.json(['join', '-t', byHash.invite_token], 4)).error.code).to.equal('TOKEN_REVOKED');
    const { invites } = await master.json(['invite', 'list', '-s', open]);
    const states = invites.filter((i: any) => [byUrl.token_hash, byHash.token_hash].includes(i.token_hash));
    expect(states.map((i: any) => i.state)).to.deep.equal(['revoked', 'revoked']);
    expect((await three.json(['list'])).swarms).to.deep.equal([]);
  });

  it('a malformed swarm:// token is refused with exit 4 before anything is sent', async () => {
    const refused = await three.json(['join', '-t', `swarm://${open}@127.0.0.1:1?token=not.a.jwt`], 4);
    expect(refused.error.code).to.equal('INVALID_TOKEN');
  });

  it('a master that cannot be reached: exit 3', async () => {
    const offline = await createAgent('offline');
    try {
      const swarmId = (await offline.json(['create', '-n', 'nobody home'])).swarm_id;
      const invite = await offline.json(['invite', '-s', swarmId]);
      const refused = await three.json(['join', '-t', invite.invite_token], 3);
      expect(refused.error.code).to.equal('PEER_UNREACHABLE');
    } finally {
      await offline.cleanup();
    }
  });

  describe('a swarm that requires approval', () => {
    let gated: string;
    let token: string;

    before(async () => {
      gated = (await master.json(['create', '-n', 'gated', '--require-approval'])).swarm_id;
      token = (await master.json(['invite', '-s', gated])).invite_token;
    });

    it('join is pending (exit 0); approve admits; the joiner learns it by joining again', async () => {
      expect(await one.json(['join', '-t', token])).to.include({ status: 'pending', swarm_id: gated });
      expect((await one.json(['list', '-s', gated])).swarms).to.deep.equal([]);
      const { pending } = await master.json(['pending', '-s', gated]);
      expect(pending).to.have.length(1);
      expect(pending[0]).to.include({ swarm_id: gated, agent_id: 'one', endpoint: one.endpoint });

      const approved = await master.json(['approve', '-a', 'one', '-s', gated]);
      expect(approved).to.include({ status: 'approved', swarm_id: gated, agent_id: 'one', endpoint: one.endpoint });
      expect(approved.deliveries).to.deep.equal([]); // nobody else to tell yet
      expect((await master.json(['pending'])).pending).to.deep.equal([]);
      expect(await membersSeenBy(master, gated)).to.deep.equal(['master', 'one']);

      expect(await one.json(['join', '-t', token])).to.include({ status: 'joined', swarm_id: gated, member_count: 2 });
      expect(await membersSeenBy(one, gated)).to.deep.equal(['master', 'one']);
    });

    it('approving a second agent tells the members already in (member_joined delivered)', async () => {
      expect((await two.json(['join', '-t', token])).status).to.equal('pending');
      const approved = await master.json(['approve', '-a', 'two', '-s', gated]);
      expect(approved.deliveries).to.have.length(1);
      expect(approved.deliveries[0]).to.include({ action: 'member_joined', recipient_id: 'one', status: 'delivered' });
      expect(await membersSeenBy(one, gated)).to.deep.equal(['master', 'one', 'two']);
      expect((await two.json(['join', '-t', token])).status).to.equal('joined');
    });

    it('deny drops the request: not pending, not a member', async () => {
      expect((await three.json(['join', '-t', token])).status).to.equal('pending');
      expect(await master.json(['deny', '-a', 'three', '-s', gated])).to.deep.equal({
        status: 'denied',
        swarm_id: gated,
        agent_id: 'three',
      });
      expect((await master.json(['pending', '-s', gated])).pending).to.deep.equal([]);
      expect(await membersSeenBy(master, gated)).to.deep.equal(['master', 'one', 'two']);
      expect((await three.json(['list'])).swarms).to.deep.equal([]);
      expect((await master.json(['deny', '-a', 'three', '-s', gated], 5)).error.code).to.equal('MEMBER_NOT_FOUND');
    });
  });
});
