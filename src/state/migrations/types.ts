import type { Database } from 'better-sqlite3';
import type { Clock } from '../time.js';

export interface MigrationContext {
  clock: Clock;
  /** This agent's id; decides `role` for swarms adopted from a reference database (absent: `member`). */
  agentId: string | undefined;
}

/** One step of our schema history. `up` runs inside the migration transaction and must not commit. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database, context: MigrationContext): void;
}
