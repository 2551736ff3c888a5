// A second process for the counter tests: writes without end (receives, status changes, outbox rows and their
// deliveries, purges), printing how many rounds committed, until the parent kills it.
import { Store } from '../../src/state/index.js';
import { createSwarm, envelope, OTHER_SWARM_ID, SWARM_ID } from './helpers.js';

const store = Store.open(process.argv[2] ?? '');
createSwarm(store);
const TARGETS = ['read', 'archived', 'deleted', 'purged'] as const;
for (let round = 0; ; round += 1) {
  const writes = [];
  for (let i = 0; i < 20; i += 1) {
    writes.push(store.receive(envelope({ swarm_id: i % 3 === 0 ? OTHER_SWARM_ID : SWARM_ID })));
  }
  const ids = (await Promise.all(writes)).map((result) => result.messageId);
  await store.write((r) => {
    ids.forEach((id, i) => {
      const target = TARGETS[i % TARGETS.length] as (typeof TARGETS)[number];
      if (target === 'purged') r.inbox.transitionMany([id], 'deleted');
      r.inbox.transitionMany([id], target);
    });
    r.outbox.enqueue({ envelope: envelope(), deliveries: [{ recipientId: 'agent-beta' }, { recipientId: 'x' }] });
    for (const job of r.outbox.claimDue({ limit: 1 })) r.outbox.markDelivered(job.messageId, job.recipientId);
  });
  if (round % 5 === 0) store.purge({ deliveredRetentionMs: 0, archivedRetentionMs: null });
  process.stdout.write(`${round}\n`);
}
