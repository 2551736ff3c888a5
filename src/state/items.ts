// Records as the management API shows them (generated InboxItem / OutboxItem), so the server maps nothing by hand.
import type { InboxItem, Message, OutboxItem } from '../../generated/types.js';
import type { InboxRecord } from './inbox.js';
import type { OutboxRecord } from './outbox.js';

export function toInboxItem(record: InboxRecord): InboxItem {
  return {
    message_id: record.messageId,
    swarm_id: record.swarmId,
    sender_id: record.senderId,
    recipient_id: record.recipientId,
    message_type: record.messageType,
    status: record.status,
    received_at: record.receivedAt,
    read_at: record.readAt,
    content: record.body,
    envelope: record.envelope === null ? null : (JSON.parse(record.envelope) as Message),
  };
}

export function toOutboxItem(record: OutboxRecord): OutboxItem {
  return {
    message_id: record.messageId,
    swarm_id: record.swarmId,
    recipient_id: record.recipientId,
    broadcast: record.broadcast,
    message_type: record.messageType,
    content: record.body,
    status: record.status,
    attempts: record.attempts,
    created_at: record.createdAt,
    next_attempt_at: record.nextAttemptAt,
    delivered_at: record.deliveredAt,
    last_error: record.lastError,
    last_status: record.lastStatusCode,
  };
}
