import { expect } from 'chai';
import { createAgent, type TestAgent } from '../agents.js';
import { createSwarm, stateOf } from './agents.js';

describe('cli messaging: swarm messages (the local inbox)', function () {
  this.timeout(120_000);
  let agent: TestAgent;
  let peer: TestAgent;
  let swarmId: string;
  let ids: string[];
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';

  before(async () => {
    [agent, peer] = await Promise.all([createAgent('reader'), createAgent('writer')]);
    swarmId = createSwarm([agent, peer]);
    // Oldest first: ids[0] is the oldest, ids[4] the newest.
    ids = agent.withStore((store) =>
      [0, 1, 2, 3, 4].map((i) =>
        store.inbox.addNote({
          swarmId,
          senderId: 'writer',
          messageType: 'message',
          body: `note ${i}\u001b[31m`,
          receivedAt: `2026-01-01T00:00:0${i}.000Z`,
        }),
      ),
    );
  });
  after(async () => {
    await Promise.all([agent, peer].filter(Boolean).map((a) => a.cleanup()));
  });

  const statusOf = (id: string) => agent.withStore((store) => store.inbox.get(id)?.status);

  it('counts by status', async () => {
    expect(await agent.json(['messages', 'count'])).to.deep.equal({
      swarm_id: swarmId,
      unread: 5,
      read: 0,
      archived: 0,
      deleted: 0,
      total: 5,
    });
  });

  it('lists without marking read under --no-mark-read', async () => {
    const listed = await agent.json(['messages', '--no-mark-read']);
    expect(listed).to.include({ swarm_id: swarmId, status: 'unread', count: 5, marked_read: 0 });
    expect(listed.messages.map((m: any) => m.message_id)).to.deep.equal([...ids].reverse());
    expect(listed.messages[0]).to.include({ sender_id: 'writer', status: 'unread', content: 'note 4\u001b[31m' });
    expect((await agent.json(['messages', 'count'])).unread).to.equal(5);
  });

  it('shows bodies without their control characters to people', async () => {
    const result = await agent.run(['messages', 'list', '--no-mark-read', '-l', '1']);
    expect(result.code).to.equal(0);
    expect(result.stdout).to.include('note 4?[31m');
    expect(result.stdout).not.to.include('\u001b');
  });

  it('marks the unread messages it lists as read', async () => {
    const listed = await agent.json(['messages', 'list', '-l', '2']);
    expect(listed).to.include({ count: 2, marked_read: 2 });
    expect(listed.messages.map((m: any) => m.message_id)).to.deep.equal([ids[4], ids[3]]);
    expect(await agent.json(['messages', 'count'])).to.include({ unread: 3, read: 2 });
    expect((await agent.json(['messages', '--status', 'read'])).messages.map((m: any) => m.message_id)).to.deep.equal([
      ids[4],
      ids[3],
    ]);
  });

  it('reads one message, marking it read', async () => {
    const read = await agent.json(['messages', 'read', ids[2]!.toUpperCase()]);
    expect(read.marked_read).to.equal(true);
    expect(read.message).to.include({ message_id: ids[2], status: 'read' });
    expect(read.message.read_at).to.be.a('string');
    expect((await agent.json(['messages', 'read', ids[2]!])).marked_read).to.equal(false);
    expect((await agent.json(['messages', 'read', ids[1]!, '--no-mark-read'])).message.status).to.equal('unread');
    expect((await agent.json(['messages', 'read', UNKNOWN], 5)).error.code).to.equal('MESSAGE_NOT_FOUND');
  });

  it('archives and deletes by id; repeating is harmless', async () => {
    const archived = await agent.json(['messages', 'archive', ids[4]!]);
    expect(archived).to.deep.equal({
      status: 'archived',
      messages: [{ message_id: ids[4], from: 'read', changed: true }],
    });
    expect((await agent.json(['messages', 'archive', ids[4]!])).messages[0].changed).to.equal(false);
    const deleted = await agent.json(['messages', 'delete', ids[4]!]);
    expect(deleted.messages[0]).to.deep.equal({ message_id: ids[4], from: 'archived', changed: true });
    expect(statusOf(ids[4]!)).to.equal('deleted');
  });

  it('refuses an illegal transition and changes nothing, even for the other ids named', async () => {
    const before = await stateOf(agent);
    const refused = await agent.json(['messages', 'archive', ids[0]!, ids[4]!], 1);
    expect(refused.error.code).to.equal('INVALID_STATE_TRANSITION');
    expect(statusOf(ids[0]!)).to.equal('unread');
    const unknown = await agent.json(['messages', 'delete', ids[0]!, UNKNOWN], 5);
    expect(unknown.error.code).to.equal('MESSAGE_NOT_FOUND');
    expect(await stateOf(agent)).to.deep.equal(before);
  });

  it('lists deleted messages only when asked', async () => {
    const all = await agent.json(['messages', '--status', 'all', '--no-mark-read']);
    expect(all.messages.map((m: any) => m.message_id)).not.to.include(ids[4]);
    const deleted = await agent.json(['messages', '--status', 'deleted']);
    expect(deleted.messages.map((m: any) => m.message_id)).to.deep.equal([ids[4]]);
    expect(deleted.messages[0].deleted_at).to.be.a('string');
  });

  it('archives every read message, leaving unread ones', async () => {
    expect(await agent.json(['messages', 'count'])).to.include({ unread: 2, read: 2, archived: 0, deleted: 1 });
    expect(await agent.json(['messages', 'archive-all'])).to.deep.equal({
      status: 'archived',
      swarm_id: swarmId,
      archived: 2,
    });
    expect(await agent.json(['messages', 'count'])).to.include({ unread: 2, read: 0, archived: 2, deleted: 1 });
    expect((await agent.json(['messages', 'archive-all'])).archived).to.equal(0);
  });

  it('lists another swarm with -s, an empty one for an unknown swarm', async () => {
    const other = await agent.json(['messages', '-s', UNKNOWN, '--status', 'all']);
    expect(other).to.include({ swarm_id: UNKNOWN, count: 0 });
  });
});
