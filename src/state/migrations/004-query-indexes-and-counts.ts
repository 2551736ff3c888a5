// Migration 4: every inbox and outbox query costs what it returns, not what is stored.
//
// Indexes follow the queries one to one (each repository exports its SQL and test/state/query-plans.test.ts checks
// every plan): listings filter by equality on their leading columns and read the index in order, newest first, so
// `LIMIT n` stops after n rows. Purges walk small partial indexes that hold only the rows in the purged state.
//
// Counts are not computed from the rows at all: triggers keep `inbox_counts` / `outbox_counts` (rows per swarm and
// status) in the same transaction as every insert, status change and delete, whoever makes it (the group commit,
// the CLI, an import, a purge, another process). They commit or roll back with the change, so they stay exact
// across a crash; an index-only count would still read every row it counts (a million at a million messages).
import type { Migration } from './types.js';

const counters = (table: string) => `
CREATE TABLE ${table}_counts (
  swarm_id TEXT NOT NULL,
  status TEXT NOT NULL,
  n INTEGER NOT NULL CHECK (n >= 0),
  PRIMARY KEY (swarm_id, status)
) STRICT, WITHOUT ROWID;
INSERT INTO ${table}_counts (swarm_id, status, n) SELECT swarm_id, status, count(*) FROM ${table} GROUP BY 1, 2;
${countTriggers(table)}`;

/**
 * The triggers that keep `<table>_counts` (a migration that rebuilds the table creates them again). `swarm` names the
 * column both tables key a swarm by (migration 8 numbers the inbox's swarms).
 */
export const countTriggers = (table: string, swarm = 'swarm_id') => `
CREATE TRIGGER ${table}_counts_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${table}_counts (${swarm}, status, n) VALUES (NEW.${swarm}, NEW.status, 1)
    ON CONFLICT (${swarm}, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER ${table}_counts_delete AFTER DELETE ON ${table} BEGIN
  UPDATE ${table}_counts SET n = n - 1 WHERE ${swarm} = OLD.${swarm} AND status = OLD.status;
END;
CREATE TRIGGER ${table}_counts_update AFTER UPDATE OF ${swarm}, status ON ${table}
  WHEN OLD.${swarm} IS NOT NEW.${swarm} OR OLD.status IS NOT NEW.status BEGIN
  UPDATE ${table}_counts SET n = n - 1 WHERE ${swarm} = OLD.${swarm} AND status = OLD.status;
  INSERT INTO ${table}_counts (${swarm}, status, n) VALUES (NEW.${swarm}, NEW.status, 1)
    ON CONFLICT (${swarm}, status) DO UPDATE SET n = n + 1;
END;`;

export const QUERY_INDEXES_AND_COUNTS = `
CREATE INDEX inbox_swarm_status_received ON inbox (swarm_id, status, received_at);
CREATE INDEX inbox_sender_status_received ON inbox (sender_id, status, received_at);
CREATE INDEX inbox_deleted_at ON inbox (deleted_at) WHERE status = 'deleted';
CREATE INDEX inbox_archived_at ON inbox (archived_at) WHERE status = 'archived';
CREATE INDEX outbox_status_created ON outbox (status, created_at);
CREATE INDEX outbox_delivered_at ON outbox (delivered_at) WHERE status = 'delivered';
${counters('inbox')}
${counters('outbox')}
`;

export const queryIndexesAndCounts: Migration = {
  version: 4,
  name: 'indexes for every inbox and outbox query; counts kept by triggers',
  up(db) {
    db.exec(QUERY_INDEXES_AND_COUNTS);
  },
};
