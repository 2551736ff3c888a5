// Opening the SQLite file: WAL so the CLI and the server can share it, a busy timeout so that concurrent writers
// wait instead of failing, foreign keys on, and synchronous=FULL by default so an acknowledged message survives
// power loss (group commit keeps that affordable).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type DatabaseConstructor from 'better-sqlite3';
import type { Database as Connection } from 'better-sqlite3';
import { invalidArgument } from './errors.js';

// better-sqlite3 is CommonJS: required, not imported. An ESM import of it makes Node scan its source for export
// names (cjs-module-lexer), which took 18 ms of a 200 ms CLI command; require() does not.
const nodeRequire = createRequire(import.meta.url);
const Database = nodeRequire('better-sqlite3') as typeof DatabaseConstructor;

export type SynchronousMode = 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';

export interface ConnectionOptions {
  /** Default FULL: every commit is fsynced before it is acknowledged. */
  synchronous?: SynchronousMode;
  /** How long a writer waits for another connection's lock before SQLITE_BUSY. Default 10 s. */
  busyTimeoutMs?: number;
  /**
   * Keep statement journals (and temporary tables) in memory. Every insert into the inbox or outbox fires a count
   * trigger, so SQLite journals the pages each such statement changes in case it must undo it alone; on file, that
   * journal, once it has spilled past 64 KiB, is written through the file system for every statement of the
   * transaction, which took more than half of a receive's time. Only for a connection whose writes are each small
   * (the group commit's): the journal holds every page one statement, or one write's savepoint, changes.
   */
  tempInMemory?: boolean;
}

const SYNCHRONOUS_MODES: readonly SynchronousMode[] = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

// The compiled addon, named directly: better-sqlite3's default lookup (the `bindings` package) probes a dozen
// candidate paths on the first open, which costs a short CLI command more than the query it runs. An install
// that keeps the addon elsewhere gets the default lookup.
let addonPath: string | null | undefined;
function nativeBinding(): string | undefined {
  if (addonPath === undefined) {
    try {
      addonPath = nodeRequire.resolve('better-sqlite3/build/Release/better_sqlite3.node');
    } catch {
      addonPath = null;
    }
  }
  return addonPath ?? undefined;
}

/** Opens the file with connection-level pragmas only: nothing here writes to the file. */
export function openConnection(path: string, options: ConnectionOptions = {}): Connection {
  const synchronous = options.synchronous ?? 'FULL';
  if (!SYNCHRONOUS_MODES.includes(synchronous)) throw invalidArgument(`unknown synchronous mode ${synchronous}`);
  const busyTimeoutMs = options.busyTimeoutMs ?? 10_000;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: busyTimeoutMs, nativeBinding: nativeBinding() });
  try {
    db.pragma('foreign_keys = ON');
    db.pragma(`synchronous = ${synchronous}`);
    if (options.tempInMemory) db.pragma('temp_store = MEMORY');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Switches the file to WAL; called only once the schema check has passed (it rewrites the file header). */
export function enableWal(db: Connection): void {
  db.pragma('journal_mode = WAL');
}
