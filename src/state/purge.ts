// Housekeeping in one transaction: rows that have served their time are removed, and each kind is counted.

import { requireInteger } from './errors.js';
import type { Repositories } from './repositories.js';
import { type Clock, timestampAt } from './time.js';

export interface PurgeOptions {
  /** Remove deleted inbox rows deleted longer ago than this; `null`: every deleted row; absent: none. */
  deletedRetentionMs?: number | null;
  /** Remove archived inbox rows archived longer ago than this; `null`: every archived row; absent: none. */
  archivedRetentionMs?: number | null;
  /** Remove delivered outbox rows delivered longer ago than this; absent: none. */
  deliveredRetentionMs?: number;
  /** Remove wake sessions idle longer than this; absent: none. */
  sessionIdleMs?: number;
  /** Remove join requests past their expiry. */
  expiredPendingJoins?: boolean;
}

export interface PurgeCounts {
  deleted: number;
  archived: number;
  delivered: number;
  sessions: number;
  pendingJoins: number;
}

export function purgeState(repositories: Repositories, clock: Clock, options: PurgeOptions): PurgeCounts {
  const now = clock();
  const before = (retentionMs: number | null) =>
    retentionMs === null ? undefined : timestampAt(now - requireInteger(retentionMs, 'retentionMs', 0));
  const { inbox, outbox, sessions, pendingJoins } = repositories;
  return {
    deleted:
      options.deletedRetentionMs === undefined ? 0 : inbox.purgeDeleted({ before: before(options.deletedRetentionMs) }),
    archived:
      options.archivedRetentionMs === undefined
        ? 0
        : inbox.purgeArchived({ before: before(options.archivedRetentionMs) }),
    delivered:
      options.deliveredRetentionMs === undefined
        ? 0
        : outbox.purgeDelivered({ before: before(options.deliveredRetentionMs)! }),
    sessions: options.sessionIdleMs === undefined ? 0 : sessions.purgeExpired(options.sessionIdleMs),
    pendingJoins: options.expiredPendingJoins ? pendingJoins.purgeExpired() : 0,
  };
}
