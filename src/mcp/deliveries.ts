// The verdict a tool gives on the deliveries of what it queued (client/first-attempts.ts waits for them).
import type { McpDelivery } from '../../generated/types.js';

export { awaitFirstAttempts } from '../client/first-attempts.js';

/** `sent`: every recipient has it; `failed`: none will; `queued`: rows are still being retried. */
export function verdictOf(deliveries: readonly McpDelivery[]): 'sent' | 'queued' | 'failed' {
  if (deliveries.every((d) => d.status === 'delivered')) return 'sent';
  if (deliveries.every((d) => d.status === 'failed')) return 'failed';
  return 'queued';
}
