import { expect } from 'chai';
import { validateInboxItem, validateOutboxItem } from '../../generated/validators.js';
import { toInboxItem, toOutboxItem } from '../../src/state/index.js';
import { createSwarm, envelope, SWARM_ID, useStore } from './helpers.js';

describe('state/items (management API shapes)', () => {
  const ctx = useStore();

  it('maps an inbox record to a valid InboxItem, envelope parsed', () => {
    const message = envelope();
    ctx.store.inbox.receive(message);
    const item = toInboxItem(ctx.store.inbox.get(message.message_id)!);
    expect(validateInboxItem(item), JSON.stringify(validateInboxItem.errors)).to.equal(true);
    expect(item).to.include({
      message_id: message.message_id,
      content: message.content,
      status: 'unread',
      read_at: null,
    });
    expect(item.envelope).to.deep.equal(message);
    const note = ctx.store.inbox.addNote({ swarmId: SWARM_ID, senderId: 'agent-gamma', body: 'note' });
    expect(toInboxItem(ctx.store.inbox.get(note)!).envelope).to.equal(null);
  });

  it('maps an outbox record to a valid OutboxItem', () => {
    createSwarm(ctx.store);
    const message = envelope({ recipient: 'broadcast' });
    ctx.store.outbox.enqueue({ envelope: message, deliveries: [{ recipientId: 'agent-beta' }] });
    const item = toOutboxItem(ctx.store.outbox.get(message.message_id)[0]!);
    expect(validateOutboxItem(item), JSON.stringify(validateOutboxItem.errors)).to.equal(true);
    expect(item).to.include({
      recipient_id: 'agent-beta',
      broadcast: true,
      status: 'queued',
      attempts: 0,
      last_status: null,
    });
  });
});
