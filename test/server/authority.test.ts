import { expect } from 'chai';
import type { SystemContent } from '../../generated/types.js';
import {
  kickedContent,
  masterChangedContent,
  masterTransferContent,
  memberJoinedContent,
  memberKickedContent,
  memberLeftContent,
  serializeSystemContent,
  swarmDissolvedContent,
} from '../../src/core/system-content.js';
import { makePeer, type Peer, startTestAgent, type TestAgent } from './fixture.js';

describe('server: authority rules of system messages', () => {
  let agent: TestAgent;
  let master: Peer;
  let alice: Peer;
  let bob: Peer;
  let swarmId: string;

  beforeEach(async () => {
    agent = await startTestAgent({ agentId: 'me' });
    master = makePeer('boss');
    alice = makePeer('alice');
    bob = makePeer('bob');
    swarmId = agent.createSwarm([alice, bob], { master });
  });
  afterEach(() => agent.close());

  const members = () =>
    agent.store.swarms
      .listMembers(swarmId)
      .map((m) => m.agentId)
      .sort();

  function send(from: Peer, content: SystemContent, recipient = 'broadcast') {
    return agent.post(
      '/swarm/message',
      agent.sign(from, { swarm_id: swarmId, type: 'system', recipient, content: serializeSystemContent(content) }),
    );
  }

  async function expectForbidden(from: Peer, content: SystemContent, recipient?: string) {
    const before = {
      members: members(),
      stored: agent.store.inbox.count().total,
      master: agent.store.swarms.get(swarmId)?.masterId,
    };
    const res = await send(from, content, recipient);
    expect(res.status, JSON.stringify(res.body)).to.equal(403);
    expect(res.body.error.code).to.equal('NOT_AUTHORIZED');
    expect(members()).to.deep.equal(before.members);
    expect(agent.store.inbox.count().total).to.equal(before.stored);
    expect(agent.store.swarms.get(swarmId)?.masterId).to.equal(before.master);
  }

  it('a member forging member_kicked changes nothing', async () => {
    await expectForbidden(alice, memberKickedContent('bob', 'forged'));
  });

  it('the master kicking a member removes it; nobody may kick the master', async () => {
    expect((await send(master, memberKickedContent('bob'))).status).to.equal(200);
    expect(members()).to.deep.equal(['alice', 'boss', 'me']);
    await expectForbidden(master, memberKickedContent('boss'));
  });

  it('member_left only from the leaving member itself, never from the master', async () => {
    await expectForbidden(alice, memberLeftContent('bob'));
    await expectForbidden(master, memberLeftContent('boss'));
    expect((await send(bob, memberLeftContent('bob'))).status).to.equal(200);
    expect(members()).to.deep.equal(['alice', 'boss', 'me']);
  });

  it('member_joined only from the master; it adds the member with the key it carries', async () => {
    const carol = makePeer('carol');
    const content = memberJoinedContent({
      swarm_id: swarmId,
      agent_id: 'carol',
      endpoint: carol.endpoint,
      joined_at: new Date().toISOString(),
      public_key: carol.publicKey,
    });
    await expectForbidden(alice, content);
    expect((await send(master, content)).status).to.equal(200);
    expect(agent.store.swarms.getMember(swarmId, 'carol')?.publicKey).to.equal(carol.publicKey);
  });

  it('member_joined cannot re-key a member, nor touch the key cache; announcing one again changes nothing', async () => {
    const impostor = makePeer('bob');
    const announce = (key: string, endpoint: string) =>
      memberJoinedContent({
        swarm_id: swarmId,
        agent_id: 'bob',
        endpoint,
        joined_at: new Date().toISOString(),
        public_key: key,
      });
    agent.store.keys.put({ agentId: 'bob', publicKey: bob.publicKey, endpoint: bob.endpoint });
    await expectForbidden(master, announce(impostor.publicKey, bob.endpoint));
    expect(agent.store.swarms.getMember(swarmId, 'bob')?.publicKey).to.equal(bob.publicKey);
    expect(agent.store.keys.get('bob')?.publicKey).to.equal(bob.publicKey);
    // The same key again (a repeated announcement) is stored and changes nothing, the endpoint included.
    expect((await send(master, announce(bob.publicKey, 'https://elsewhere.example/swarm'))).status).to.equal(200);
    expect(agent.store.swarms.getMember(swarmId, 'bob')).to.include({
      publicKey: bob.publicKey,
      endpoint: bob.endpoint,
    });
    expect(agent.store.keys.get('bob')).to.include({ publicKey: bob.publicKey, endpoint: bob.endpoint });
  });

  it('a content naming another swarm, or naming one with a value that is not a string, is refused', async () => {
    // member_muted has no swarm_id in its schema, so an extra one of any type passes validation: it used to be
    // read as a string and answered 500.
    for (const named of [{ id: swarmId }, 42, crypto.randomUUID(), '']) {
      const content = { action: 'member_muted', agent_id: 'bob', swarm_id: named } as unknown as SystemContent;
      await expectForbidden(master, content);
    }
    expect(
      (
        await send(master, {
          action: 'member_muted',
          agent_id: 'bob',
          swarm_id: swarmId.toUpperCase(),
        } as unknown as SystemContent)
      ).status,
    ).to.equal(200);
  });

  it('member_joined from a member is accepted only where member invites are allowed', async () => {
    const carol = makePeer('carol');
    const open = agent.createSwarm([alice, bob], { master, allowMemberInvite: true });
    const content = memberJoinedContent({
      swarm_id: open,
      agent_id: 'carol',
      endpoint: carol.endpoint,
      joined_at: new Date().toISOString(),
      public_key: carol.publicKey,
    });
    const message = agent.sign(alice, { swarm_id: open, type: 'system', content: serializeSystemContent(content) });
    expect((await agent.post('/swarm/message', message)).status).to.equal(200);
    expect(agent.store.swarms.getMember(open, 'carol')?.publicKey).to.equal(carol.publicKey);
  });

  it('kicked from the master makes this agent forget the swarm; from anyone else it is refused', async () => {
    await expectForbidden(alice, kickedContent('me'), 'me');
    await expectForbidden(master, kickedContent('alice'), 'me');
    expect((await send(master, kickedContent('me', 'bye'), 'me')).status).to.equal(200);
    expect(agent.store.swarms.exists(swarmId)).to.equal(false);
  });

  it('master_transfer and master_changed only from the current master, to a member', async () => {
    await expectForbidden(alice, masterChangedContent('alice', 'boss'));
    await expectForbidden(master, masterChangedContent('stranger', 'boss'));
    await expectForbidden(master, masterChangedContent('alice', 'alice'));
    expect((await send(master, masterTransferContent('me', 'boss'), 'me')).status).to.equal(200);
    const swarm = agent.store.swarms.get(swarmId)!;
    expect(swarm.masterId).to.equal('me');
    expect(swarm.role).to.equal('master');
    // The old master no longer has authority.
    await expectForbidden(master, memberKickedContent('alice'));
  });

  it('swarm_dissolved only from the master', async () => {
    await expectForbidden(bob, swarmDissolvedContent(swarmId));
    expect((await send(master, swarmDissolvedContent(swarmId))).status).to.equal(200);
    expect(agent.store.swarms.exists(swarmId)).to.equal(false);
  });

  it('stores without effect a system message whose content is not JSON (the reference quote bug)', async () => {
    const message = agent.sign(master, {
      swarm_id: swarmId,
      type: 'system',
      content: '{"action":"member_kicked","agent_id":"bob","reason":"said "hi""}',
    });
    expect((await agent.post('/swarm/message', message)).status).to.equal(200);
    expect(members()).to.deep.equal(['alice', 'bob', 'boss', 'me']);
    expect(agent.store.inbox.get(message.message_id)).to.not.equal(undefined);
  });

  it('a content naming another swarm is refused', async () => {
    await expectForbidden(master, swarmDissolvedContent('99999999-9999-4999-8999-999999999999'));
  });
});
