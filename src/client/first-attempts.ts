// What a command or a tool reports of the system messages it queued: each outbox row after its first delivery
// attempt, whichever worker made it (this call's, or `swarm serve`'s, which works the same outbox and may claim a row
// first), or when the wait ran out. Used by the membership commands and by the MCP tools alike.
import type { ErrorCode, OutboxStatus } from '../../generated/types.js';
import type { OutboxRecord } from '../state/outbox.js';
import type { Store } from '../state/store.js';
import { parseRowError } from './result.js';
import type { SwarmClient } from './swarm-client.js';

/** `sent`: every recipient has it; `failed`: none will (final failures); `queued`: rows are still being retried. */
export type MessageVerdict = 'sent' | 'queued' | 'failed';

/** The verdict on a message's deliveries, from each one's outbox status (rows or the reports made of them). */
export function verdictOf(deliveries: readonly { status: OutboxStatus }[]): MessageVerdict {
  if (deliveries.every((d) => d.status === 'delivered')) return 'sent';
  if (deliveries.every((d) => d.status === 'failed')) return 'failed';
  return 'queued';
}

/** One delivery: one message to one recipient, as the JSON answers show it. */
export interface DeliveryReport {
  message_id: string;
  action?: string;
  recipient_id: string;
  status: OutboxStatus;
  attempts: number;
  status_code: number | null;
  error: { code: ErrorCode; message: string } | null;
}

export interface QueuedMessage {
  messageId: string;
  /** The system message's action, for membership operations. */
  action?: string;
}

/** Rows are looked at this often while waiting; the worker's own attempts end the wait sooner. */
const POLL_MS = 50;

/** The rows of `messages` once each had a first attempt whose outcome is stored, or once `waitMs` ran out. */
export async function awaitFirstAttempts(
  store: Store,
  client: SwarmClient,
  messages: readonly QueuedMessage[],
  waitMs: number,
): Promise<DeliveryReport[]> {
  const rows = () => messages.flatMap((m) => store.outbox.get(m.messageId).map((row) => ({ row, action: m.action })));
  const attempted = () => rows().every(({ row }) => row.attempts > 0 && row.status !== 'sending');
  const worker = client.worker;
  if (worker && !attempted()) {
    await new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        clearInterval(poll);
        off();
        resolve();
      };
      const timer = setTimeout(finish, waitMs);
      const poll = setInterval(() => attempted() && finish(), POLL_MS);
      const off = worker.onAttempt(() => attempted() && finish());
      if (!worker.running) worker.start();
      worker.notify();
    });
  }
  return rows().map(({ row, action }) => deliveryOf(row, action));
}

export function deliveryOf(row: OutboxRecord, action?: string): DeliveryReport {
  const error = row.status === 'delivered' ? undefined : parseRowError(row.lastError);
  return {
    message_id: row.messageId,
    ...(action === undefined ? {} : { action }),
    recipient_id: row.recipientId,
    status: row.status,
    attempts: row.attempts,
    status_code: row.lastStatusCode,
    error: error ? { code: error.code, message: error.message } : null,
  };
}
