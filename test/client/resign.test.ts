import { join } from 'node:path';
import { expect } from 'chai';
import { composeMessage } from '../../src/client/compose.js';
import { DeliveryWorker } from '../../src/client/delivery-worker.js';
import { Store } from '../../src/state/store.js';
import { createTransport } from '../../src/transport/transport.js';
import { testPki } from '../helpers/tls.js';
import { type TempDir, tempDir } from '../helpers/tmp.js';
import { makePeer } from '../server/fixture.js';
import { agentPool, inboxCopies, type Member, shareSwarm } from './helpers.js';

// A retry that outlived the receivers' replay window is re-signed with a fresh timestamp; the receiver stores it
// once, and a copy it already has (re-signed or not) is a duplicate, not a conflict.
describe('client/DeliveryWorker: retries older than the replay window', () => {
  const pool = agentPool();
  let dir: TempDir;
  let sender: Member;

  beforeEach(() => {
    dir = tempDir('swarm-resign-');
    sender = { self: makePeer('sender', 'https://127.0.0.1:1/swarm'), store: Store.open(join(dir.path, 'a.db')) };
  });
  afterEach(async () => {
    await pool.cleanup();
    sender.store.close();
    dir.cleanup();
  });

  function queueOld(swarmId: string, recipient: string, minutesAgo: number) {
    const message = composeMessage(
      { agentId: 'sender', endpoint: sender.self.endpoint, keyPair: sender.self.keyPair },
      { recipient, swarm_id: swarmId, type: 'message', content: 'delayed by an outage' },
      () => Date.now() - minutesAgo * 60_000,
    );
    sender.store.outbox.enqueue({ envelope: message, deliveries: [{ recipientId: recipient }] });
    return message;
  }

  async function drain(keyPair?: typeof sender.self.keyPair) {
    const transport = createTransport({ caFile: testPki().caFile, agentId: 'sender' });
    const worker = new DeliveryWorker({ store: sender.store, agentId: 'sender', transport, keyPair });
    try {
      await worker.drain();
    } finally {
      await worker.stop();
      await transport.close();
    }
  }

  it('without the key the stale copy is refused for good; with it, it is delivered once', async () => {
    const b = await pool.start('b');
    const swarmId = shareSwarm([sender, b], { master: sender });
    const stale = queueOld(swarmId, 'b', 10);
    await drain();
    expect(sender.store.outbox.get(stale.message_id)[0]?.status).to.equal('failed');
    expect(sender.store.outbox.get(stale.message_id)[0]?.lastError).to.match(/TIMESTAMP_OUT_OF_WINDOW/);

    const again = queueOld(swarmId, 'b', 10);
    await drain(sender.self.keyPair);
    expect(sender.store.outbox.get(again.message_id)[0]?.status).to.equal('delivered');
    expect(inboxCopies(b.store, again.message_id)).to.equal(1);
    expect(b.store.inbox.get(again.message_id)?.body).to.equal('delayed by an outage');
  });

  it('a re-signed copy of a message already stored is a harmless duplicate', async () => {
    const b = await pool.start('b');
    const swarmId = shareSwarm([sender, b], { master: sender });
    const fresh = queueOld(swarmId, 'b', 0);
    await drain(sender.self.keyPair);
    expect(inboxCopies(b.store, fresh.message_id)).to.equal(1);
    // The same message, re-signed later (as a retry after a lost answer would be).
    const resigned = composeMessage(
      { agentId: 'sender', endpoint: sender.self.endpoint, keyPair: sender.self.keyPair },
      { message_id: fresh.message_id, recipient: 'b', swarm_id: swarmId, type: 'message', content: fresh.content },
      () => Date.now() + 1500,
    );
    expect(b.store.inbox.receive(resigned).status).to.equal('duplicate');
  });
});
