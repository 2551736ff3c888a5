import { join } from 'node:path';
import { expect } from 'chai';
import type { Message } from '../../generated/types.js';
import { InboxWatch } from '../../src/mcp/inbox-watch.js';
import { Store } from '../../src/state/store.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';

const SWARM_A = '6ba7b810-9dad-41d1-80b4-00c04fd430c8';
const SWARM_B = '7ca7b810-9dad-41d1-80b4-00c04fd430c8';

let sequence = 0;
function envelope(swarmId: string): Message {
  sequence += 1;
  return {
    protocol_version: '0.1.0',
    message_id: `550e8400-e29b-41d4-a716-${sequence.toString(16).padStart(12, '0')}`,
    timestamp: '2026-02-05T14:30:00.000Z',
    sender: { agent_id: 'agent-beta', endpoint: 'https://beta.example.com/swarm' },
    recipient: 'agent-alpha',
    swarm_id: swarmId,
    type: 'message',
    content: `message ${sequence}`,
    signature: `${'Q'.repeat(86)}==`,
  };
}

describe('InboxWatch', () => {
  let dir: TempDir;
  let store: Store;
  let watch: InboxWatch;
  let events: unknown[];

  const receive = async (swarmId: string) => (await store.receive(envelope(swarmId))).messageId;

  beforeEach(async () => {
    dir = tempDir('swarm-inbox-watch-');
    store = Store.open(join(dir.path, 'swarm.db'));
    await receive(SWARM_A);
    events = [];
    watch = new InboxWatch({
      path: store.path,
      intervalMs: 3_600_000,
      onMessages: (swarms) => events.push(['messages', [...swarms].sort()]),
      onReset: () => events.push(['reset']),
    });
  });

  afterEach(() => {
    watch.close();
    store.close();
    dir.cleanup();
  });

  it('reads only data_version while nothing is committed', () => {
    expect([watch.check(), watch.check()]).to.deep.equal([false, false]);
    expect(watch.stats).to.deep.equal({ checks: 2, scans: 0 });
    expect(events).to.deep.equal([]);
  });

  it('names each swarm that received messages since the last check, once', async () => {
    await Promise.all([receive(SWARM_B), receive(SWARM_A), receive(SWARM_B)]);
    expect(watch.check()).to.equal(true);
    expect(watch.check()).to.equal(false);
    expect(events).to.deep.equal([['messages', [SWARM_A, SWARM_B].sort()]]);
  });

  it('sees a status change as a commit, and reports no message for it', async () => {
    const id = await receive(SWARM_A);
    watch.check();
    store.transaction(({ inbox }) => inbox.transition(id, 'archived'));
    expect(watch.check()).to.equal(true);
    expect(events).to.deep.equal([['messages', [SWARM_A]]]);
  });

  it('reports a reset when the newest row it saw was purged, then follows new rows again', async () => {
    const newest = await receive(SWARM_B);
    watch.check();
    store.transaction(({ inbox }) => {
      inbox.transition(newest, 'deleted');
      inbox.transition(newest, 'purged');
    });
    await receive(SWARM_A); // takes the purged row's rowid: at the mark, not past it
    watch.check();
    await receive(SWARM_B);
    watch.check();
    expect(events).to.deep.equal([['messages', [SWARM_B]], ['reset'], ['messages', [SWARM_B]]]);
  });
});
