// Housekeeping in one transaction: rows that have served their time are removed, and each kind is counted. The
// retention policy (config `retention`) is the same housekeeping, applied by `swarm purge --retention` and, every
// `interval_minutes`, by `swarm serve`.

import type { Config } from '../../generated/types.js';
import { requireInteger } from './errors.js';
import type { RetainedStatus } from './inbox.js';
import type { Repositories } from './repositories.js';
import { type Clock, timestampAt } from './time.js';

/** Limits on the rows kept in one state: by age (since receipt) and by count per swarm (the newest are kept). */
export interface RetentionLimits {
  maxAgeMs?: number;
  maxPerSwarm?: number;
}

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
  /** Trim read inbox rows to these limits. */
  read?: RetentionLimits;
  /** Trim archived inbox rows to these limits. */
  archived?: RetentionLimits;
}

export interface PurgeCounts {
  deleted: number;
  archived: number;
  /** Read inbox rows removed by the retention limits. */
  read: number;
  delivered: number;
  sessions: number;
  pendingJoins: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The purge a config's `retention` asks for (nothing at all when it sets no limit). */
export function retentionPurgeOptions(retention: Config['retention']): PurgeOptions {
  const r = retention ?? {};
  const limits = (days: number | undefined, perSwarm: number | undefined): RetentionLimits | undefined =>
    days === undefined && perSwarm === undefined
      ? undefined
      : {
          ...(days === undefined ? {} : { maxAgeMs: days * DAY_MS }),
          ...(perSwarm === undefined ? {} : { maxPerSwarm: perSwarm }),
        };
  const read = limits(r.read_max_age_days, r.read_max_per_swarm);
  const archived = limits(r.archived_max_age_days, r.archived_max_per_swarm);
  return {
    ...(read ? { read } : {}),
    ...(archived ? { archived } : {}),
    ...(r.deleted_max_age_hours === undefined ? {} : { deletedRetentionMs: r.deleted_max_age_hours * HOUR_MS }),
    ...(r.delivered_max_age_days === undefined ? {} : { deliveredRetentionMs: r.delivered_max_age_days * DAY_MS }),
  };
}

export function purgeState(repositories: Repositories, clock: Clock, options: PurgeOptions): PurgeCounts {
  const now = clock();
  const before = (retentionMs: number | null) =>
    retentionMs === null ? undefined : timestampAt(now - requireInteger(retentionMs, 'retentionMs', 0));
  const { inbox, outbox, sessions, pendingJoins } = repositories;
  const trim = (status: RetainedStatus, limits: RetentionLimits | undefined): number => {
    if (limits === undefined) return 0;
    let removed = 0;
    if (limits.maxAgeMs !== undefined) removed += inbox.purgeReceivedBefore(status, before(limits.maxAgeMs)!);
    if (limits.maxPerSwarm !== undefined) removed += inbox.purgeBeyond(status, limits.maxPerSwarm);
    return removed;
  };
  return {
    deleted:
      options.deletedRetentionMs === undefined ? 0 : inbox.purgeDeleted({ before: before(options.deletedRetentionMs) }),
    archived:
      (options.archivedRetentionMs === undefined
        ? 0
        : inbox.purgeArchived({ before: before(options.archivedRetentionMs) })) + trim('archived', options.archived),
    read: trim('read', options.read),
    delivered:
      options.deliveredRetentionMs === undefined
        ? 0
        : outbox.purgeDelivered({ before: before(options.deliveredRetentionMs)! }),
    sessions: options.sessionIdleMs === undefined ? 0 : sessions.purgeExpired(options.sessionIdleMs),
    pendingJoins: options.expiredPendingJoins ? pendingJoins.purgeExpired() : 0,
  };
}

/** Whether a purge would remove nothing whatever the store holds. */
export function isEmptyPurge(options: PurgeOptions): boolean {
  return Object.values(options).every((value) => value === undefined || value === false);
}
