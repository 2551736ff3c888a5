import type { Database, Statement } from 'better-sqlite3';
import { type Clock, timestampAt } from './time.js';

/** What every repository is built from: the open connection and the clock. */
export interface RepositoryContext {
  db: Database;
  clock: Clock;
}

export function nowOf(context: RepositoryContext): string {
  return timestampAt(context.clock());
}

/** The instant `nowOf` writes, as integer epoch milliseconds. */
export function nowMsOf(context: RepositoryContext): number {
  return new Date(context.clock()).getTime();
}

/** Runs `fn` in an IMMEDIATE transaction (a SAVEPOINT when already inside one), so it never fails with BUSY mid-way. */
export function inTransaction<T>(db: Database, fn: () => T): T {
  return db.inTransaction ? db.transaction(fn)() : db.transaction(fn).immediate();
}

/**
 * A repository's statements, each prepared on first use: opening the store then prepares nothing, which matters to
 * CLI commands that start, run two queries and exit.
 */
export function lazyStatements<K extends string>(
  makers: Record<K, () => Statement>,
): { readonly [key in K]: Statement } {
  const statements: Record<string, Statement> = {};
  for (const key of Object.keys(makers)) {
    let prepared: Statement | undefined;
    Object.defineProperty(statements, key, {
      enumerable: true,
      get: () => {
        prepared ??= makers[key as K]();
        return prepared;
      },
    });
  }
  return statements as { readonly [key in K]: Statement };
}

/** `lazyStatements` for a repository's named SQL (which it exports, so that tests can check every query plan). */
export function prepareLazily<K extends string>(
  db: Database,
  sql: Readonly<Record<K, string>>,
): { readonly [key in K]: Statement } {
  const makers = {} as Record<K, () => Statement>;
  for (const key of Object.keys(sql) as K[]) makers[key] = () => db.prepare(sql[key]);
  return lazyStatements(makers);
}
