// Migration 2: the inbox keeps only the indexes its queries use. Inbox listings filter by status and order by
// time (inbox_status_received); the per-swarm and per-sender filters are optional parameters, which SQLite
// evaluates on those rows rather than through an index, so inbox_swarm_received and inbox_sender were never read.
// Every stored message still paid for them: two more B-tree inserts, and the sender one at a random page that each
// group commit had to write to the WAL.
import type { Migration } from './types.js';

export const leanInboxIndexes: Migration = {
  version: 2,
  name: 'drop inbox indexes no query uses',
  up(db) {
    db.exec('DROP INDEX IF EXISTS inbox_swarm_received; DROP INDEX IF EXISTS inbox_sender;');
  },
};
