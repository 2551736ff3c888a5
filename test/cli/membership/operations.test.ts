import { expect } from 'chai';
import { createAgent, eventually, type TestAgent } from '../agents.js';
import { membersSeenBy, postMessageAs } from './agents.js';

const byRecipient = (deliveries: any[]) =>
  Object.fromEntries(deliveries.map((d) => [d.recipient_id, { action: d.action, status: d.status }]));

describe('cli membership: leave, kick, transfer and dissolve between serving agents', function () {
  this.timeout(180_000);
  let master: TestAgent;
  let alice: TestAgent;
  let bob: TestAgent;
  let carol: TestAgent;
  let swarmId: string;

  before(async () => {
    const serve = (id: string) => createAgent(id, { serve: true });
    [master, alice, bob, carol] = await Promise.all([serve('master'), serve('alice'), serve('bob'), serve('carol')]);
    swarmId = (await master.json(['create', '-n', 'crew'])).swarm_id;
    const { invite_token } = await master.json(['invite', '-s', swarmId]);
    for (const agent of [alice, bob, carol]) await agent.json(['join', '-t', invite_token]);
    const everyone = ['alice', 'bob', 'carol', 'master'];
    for (const agent of [master, alice, bob, carol]) {
      await eventually(async () => (await membersSeenBy(agent, swarmId)).length === 4, `${agent.id} to know everyone`);
      expect(await membersSeenBy(agent, swarmId)).to.deep.equal(everyone);
    }
  });
  after(() => Promise.all([master, alice, bob, carol].map((agent) => agent?.cleanup())));

  it('refusals: no --yes without a terminal (2), master leaving (5), member kicking (4), non-member (5)', async () => {
    const before = await alice.json(['list', '-m']);
    const noYes = await alice.run(['leave', '-s', swarmId, '--json']);
    expect(noYes.code).to.equal(2);
    expect(JSON.parse(noYes.stdout).error.message).to.match(/needs confirmation/);
    expect((await master.json(['leave', '-s', swarmId, '-y'], 5)).error.code).to.equal('MASTER_CANNOT_LEAVE');
    expect((await carol.json(['kick', '-a', 'alice', '-s', swarmId, '-y'], 4)).error.code).to.equal('NOT_MASTER');
    expect((await carol.json(['transfer', '-a', 'alice', '-s', swarmId, '-y'], 4)).error.code).to.equal('NOT_MASTER');
    expect((await carol.json(['dissolve', '-s', swarmId, '-y'], 4)).error.code).to.equal('NOT_MASTER');
    expect((await master.json(['kick', '-a', 'zed', '-s', swarmId, '-y'], 5)).error.code).to.equal('MEMBER_NOT_FOUND');
    expect(await alice.json(['list', '-m'])).to.deep.equal(before);
    expect(await membersSeenBy(master, swarmId)).to.deep.equal(['alice', 'bob', 'carol', 'master']);
  });

  it('kick: the member is dropped everywhere and its later messages are refused', async () => {
    expect((await postMessageAs(bob, alice, swarmId)).status).to.equal(200);

    const kicked = await master.json(['kick', '-a', 'bob', '-s', swarmId, '-r', 'quiet please', '-y']);
    expect(kicked).to.include({ status: 'kicked', swarm_id: swarmId, agent_id: 'bob', reason: 'quiet please' });
    expect(byRecipient(kicked.deliveries)).to.deep.equal({
      bob: { action: 'kicked', status: 'delivered' },
      alice: { action: 'member_kicked', status: 'delivered' },
      carol: { action: 'member_kicked', status: 'delivered' },
    });
    for (const agent of [master, alice, carol]) {
      expect(await membersSeenBy(agent, swarmId)).to.deep.equal(['alice', 'carol', 'master']);
    }
    expect((await bob.json(['list'])).swarms).to.deep.equal([]);

    const refused = await postMessageAs(bob, alice, swarmId);
    expect(refused.status).to.equal(403);
    expect(refused.body.error.code).to.equal('NOT_MEMBER');
  });

  it('leave: member_left is delivered, or queued with its reason and delivered later by swarm serve', async () => {
    await carol.stop();
    const left = await alice.json(['leave', '-s', swarmId, '-y']);
    expect(left).to.include({ status: 'left', swarm_id: swarmId, name: 'crew' });
    const deliveries = Object.fromEntries(left.deliveries.map((d: any) => [d.recipient_id, d]));
    expect(deliveries.master).to.include({ action: 'member_left', status: 'delivered', attempts: 1 });
    expect(deliveries.carol).to.include({ action: 'member_left', status: 'queued' });
    expect(deliveries.carol.error.code).to.equal('PEER_UNREACHABLE');
    expect((await alice.json(['list'])).swarms).to.deep.equal([]);
    expect(await membersSeenBy(master, swarmId)).to.deep.equal(['carol', 'master']);

    await carol.serve(); // alice's server retries the queued notice
    await eventually(
      async () => !(await membersSeenBy(carol, swarmId)).includes('alice'),
      'carol to drop alice',
      30_000,
    );
  });

  it('transfer: the new master is master everywhere; the old one is an ordinary member', async () => {
    const moved = await master.json(['transfer', '-a', 'carol', '-s', swarmId, '-y']);
    expect(moved).to.include({ status: 'transferred', new_master: 'carol', previous_master: 'master' });
    expect(byRecipient(moved.deliveries)).to.deep.equal({ carol: { action: 'master_transfer', status: 'delivered' } });
    expect((await master.json(['list'])).swarms[0]).to.include({ master: 'carol', role: 'member' });
    expect((await carol.json(['list'])).swarms[0]).to.include({ master: 'carol', role: 'master' });
    expect((await master.json(['kick', '-a', 'carol', '-s', swarmId, '-y'], 4)).error.code).to.equal('NOT_MASTER');
  });

  it('dissolve (human output): every member forgets the swarm', async () => {
    const dissolved = await carol.run(['dissolve', '-s', swarmId, '-r', 'done', '-y']);
    expect(dissolved.code, dissolved.stderr).to.equal(0);
    expect(dissolved.stdout).to.match(
      /Dissolved swarm 'crew'\nNotifications:\n {2}swarm_dissolved -> master: delivered\n$/,
    );
    expect((await carol.json(['list'])).swarms).to.deep.equal([]);
    expect((await master.json(['list'])).swarms).to.deep.equal([]);
    expect((await carol.json(['status', '-v'])).outbox.queued).to.equal(0);
  });
});
