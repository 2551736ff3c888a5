// Moves named inbox messages to `archived` or `deleted`, all or nothing: an unknown id (exit 5) or a move the
// lifecycle forbids (INVALID_STATE_TRANSITION, exit 1) rolls back the whole command.
import type { InboxStatus } from '../../../../generated/types.js';
import type { Store } from '../../../state/store.js';
import { usage } from '../../errors.js';
import { parseUuid } from '../option-rules.js';

export interface MovedJson {
  message_id: string;
  from: InboxStatus;
  /** False when the message already was in the target status. */
  changed: boolean;
}

export function moveMessages(store: Store, ids: readonly string[], to: 'archived' | 'deleted'): MovedJson[] {
  if (ids.length === 0) throw usage('Name at least one message ID');
  const messageIds = [...new Set(ids.map((id) => parseUuid(id)))];
  return store.transaction(({ inbox }) =>
    messageIds.map((id) => {
      const { from, changed } = inbox.transition(id, to);
      return { message_id: id, from, changed };
    }),
  );
}

export function movedLines(moved: readonly MovedJson[], to: 'archived' | 'deleted'): string[] {
  return moved.map((m) => (m.changed ? `Message ${m.message_id} ${to}` : `Message ${m.message_id} was already ${to}`));
}
