import type { Database } from 'better-sqlite3';
import { type Clock, timestampAt } from './time.js';

/** What every repository is built from: the open connection and the clock. */
export interface RepositoryContext {
  db: Database;
  clock: Clock;
}

export function nowOf(context: RepositoryContext): string {
  return timestampAt(context.clock());
}

/** Runs `fn` in an IMMEDIATE transaction (a SAVEPOINT when already inside one), so it never fails with BUSY mid-way. */
export function inTransaction<T>(db: Database, fn: () => T): T {
  return db.inTransaction ? db.transaction(fn)() : db.transaction(fn).immediate();
}
