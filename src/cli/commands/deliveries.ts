// How `swarm send` and `swarm sent` show the outbox: one row per recipient, and a message-level verdict.
import type { OutboxStatus } from '../../../generated/types.js';
import { parseRowError } from '../../client/result.js';
import type { OutboxRecord } from '../../state/outbox.js';
import type { Styler } from '../output.js';
import { printable } from './printable.js';

export interface DeliveryJson {
  recipient_id: string;
  status: OutboxStatus;
  attempts: number;
  status_code: number | null;
  /** The last failure of a row not delivered (yet): `{ code, message }` from the catalog. */
  error: { code: string; message: string } | null;
  delivered_at: string | null;
  /** When a queued row is tried again. */
  next_attempt_at: string | null;
}

export function deliveryJson(row: OutboxRecord): DeliveryJson {
  const error = row.status === 'delivered' ? undefined : parseRowError(row.lastError);
  return {
    recipient_id: row.recipientId,
    status: row.status,
    attempts: row.attempts,
    status_code: row.lastStatusCode,
    error: error ? { code: error.code, message: error.message } : null,
    delivered_at: row.deliveredAt,
    next_attempt_at: row.nextAttemptAt,
  };
}

export { type MessageVerdict, verdictOf } from '../../client/first-attempts.js';

/** Whether a row's latest attempt failed (final, or waiting for a retry). */
export const attemptFailed = (row: OutboxRecord) =>
  row.status === 'failed' || (row.status === 'queued' && row.attempts > 0);

/** `  agent-b   delivered` / `  agent-c   queued, 1 attempt: PEER_UNREACHABLE: ...`, coloured on a terminal. */
export function deliveryLines(rows: readonly OutboxRecord[], style: Styler): string[] {
  const width = Math.max(0, ...rows.map((row) => row.recipientId.length));
  return rows.map((row) => {
    const name = `  ${printable(row.recipientId, { oneLine: true }).padEnd(width)}  `;
    if (row.status === 'delivered') return `${name}${style.green('delivered')}`;
    const error = parseRowError(row.lastError);
    const attempts = `${row.attempts} attempt${row.attempts === 1 ? '' : 's'}`;
    const detail = error
      ? `, ${attempts}: ${error.code}: ${printable(error.message, { oneLine: true })}`
      : row.attempts
        ? `, ${attempts}`
        : '';
    const status = row.status === 'failed' ? style.red('failed') : style.yellow(row.status);
    return `${name}${status}${detail}`;
  });
}
