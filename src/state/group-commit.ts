// Group commit: a write is acknowledged only once its transaction is durable, yet one fsync serves every write
// that arrived meanwhile. Writes queue up; a setImmediate tick (after the event loop has taken in all pending
// I/O, i.e. every request that arrived while the previous commit blocked the loop) runs the whole queue in one
// IMMEDIATE transaction, each write inside its own SAVEPOINT, then settles each promise with its own outcome.
//
// When another process holds the write lock, BEGIN does not sleep in SQLite's busy handler (which would freeze
// the event loop, and backs off up to 100 ms at a time so a busy peer starves us): it fails at once and the batch
// is retried on a short timer, gathering more writes, until the connection's busy timeout has elapsed.
// SQLite's lock is not fair: a saturated committer re-takes it microseconds after each COMMIT. So after a run of
// back-to-back commits longer than a slice, the committer pauses a few milliseconds to let other processes in.
import type { Database, Statement } from 'better-sqlite3';
import { StateError } from './errors.js';

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface PendingWrite<C> {
  fn: (context: C) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  /** Most writes in one transaction (the rest go into the next one, in the same tick). Default 1000. */
  maxBatch?: number;
}

const MAX_RETRY_DELAY_MS = 2;
/** Longest run of back-to-back commits before pausing for other processes, and the pause. */
const SLICE_MS = 50;
const PAUSE_MS = 3;

export class GroupCommit<C> {
  readonly #db: Database;
  readonly #context: C;
  readonly #maxBatch: number;
  readonly #busyTimeoutMs: number;
  readonly #statements: { begin: Statement; commit: Statement; rollback: Statement };
  readonly #savepoint: (fn: (context: C) => unknown) => unknown;
  #queue: PendingWrite<C>[] = [];
  #scheduled = false;
  #closed = false;
  #busySince: number | undefined;
  #retryDelayMs = 1;
  #commits = 0;
  #committedWrites = 0;
  #busyRetries = 0;
  #runStart = 0;
  #lastCommitEnd = -Infinity;

  constructor(db: Database, context: C, options: GroupCommitOptions = {}) {
    this.#db = db;
    this.#context = context;
    this.#maxBatch = options.maxBatch ?? 1000;
    this.#busyTimeoutMs = Number(db.pragma('busy_timeout', { simple: true }));
    this.#statements = {
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
    };
    // Inside an open transaction a transaction function runs as a SAVEPOINT: a failing write is undone alone.
    this.#savepoint = db.transaction((fn: (context: C) => unknown) => {
      const value = fn(this.#context);
      if (value instanceof Promise) throw new TypeError('a write function must be synchronous');
      return value;
    });
  }

  /**
   * Transactions committed, writes they carried (a write that failed inside a commit counts too), and how many
   * times a batch found the write lock taken by another connection and was retried.
   */
  get stats(): { commits: number; writes: number; busyRetries: number } {
    return { commits: this.#commits, writes: this.#committedWrites, busyRetries: this.#busyRetries };
  }

  /** Number of writes waiting for the next commit. */
  get pending(): number {
    return this.#queue.length;
  }

  /** Queues `fn` (synchronous, given the repositories) and resolves with its result once committed. */
  write<T>(fn: (context: C) => T): Promise<T> {
    if (this.#closed) return Promise.reject(new StateError('STORE_CLOSED', 'the store is closed'));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      this.#schedule();
    });
  }

  /** Commits everything queued now (also called by the scheduled tick); `wait` blocks on a busy lock (close). */
  flush(wait = false): void {
    this.#scheduled = false;
    while (this.#queue.length > 0) {
      const writes = this.#queue.splice(0, this.#maxBatch);
      const started = performance.now();
      if (started - this.#lastCommitEnd >= 1) this.#runStart = started;
      let began: boolean;
      try {
        began = this.#begin(wait);
      } catch (error) {
        for (const write of writes) write.reject(error);
        continue;
      }
      if (!began) {
        this.#queue.unshift(...writes);
        this.#retryLater();
        return;
      }
      const outcomes: Outcome[] = [];
      try {
        for (const write of writes) {
          try {
            outcomes.push({ ok: true, value: this.#savepoint(write.fn) });
          } catch (error) {
            // Some errors (disk full, I/O) make SQLite abandon the whole transaction: then nothing may commit.
            if (!this.#db.inTransaction) throw error;
            outcomes.push({ ok: false, error });
          }
        }
        this.#statements.commit.run();
      } catch (error) {
        if (this.#db.inTransaction) this.#statements.rollback.run();
        for (const write of writes) write.reject(error);
        continue;
      }
      this.#commits += 1;
      this.#committedWrites += writes.length;
      this.#lastCommitEnd = performance.now();
      writes.forEach((write, index) => {
        const outcome = outcomes[index]!;
        if (outcome.ok) write.resolve(outcome.value);
        else write.reject(outcome.error);
      });
    }
  }

  /** Commits what is queued (waiting for the lock if need be) and refuses later writes. */
  close(): void {
    this.#closed = true;
    this.flush(true);
  }

  #schedule(): void {
    if (this.#scheduled || this.#busySince !== undefined) return;
    this.#scheduled = true;
    const now = performance.now();
    if (now - this.#lastCommitEnd < 1 && now - this.#runStart > SLICE_MS) {
      this.#lastCommitEnd = -Infinity;
      setTimeout(() => this.flush(), PAUSE_MS);
    } else {
      setImmediate(() => this.flush());
    }
  }

  /** BEGIN IMMEDIATE without sleeping in SQLite; false when another connection holds the write lock. */
  #begin(wait: boolean): boolean {
    if (wait) {
      this.#statements.begin.run();
      return true;
    }
    // (db.pragma, not a prepared PRAGMA statement: those do not apply reliably when re-run.)
    this.#db.pragma('busy_timeout = 0');
    try {
      this.#statements.begin.run();
    } catch (error) {
      const overdue = this.#busySince !== undefined && Date.now() - this.#busySince >= this.#busyTimeoutMs;
      if ((error as { code?: unknown }).code === 'SQLITE_BUSY' && !overdue) {
        this.#busySince ??= Date.now();
        return false;
      }
      this.#busySince = undefined;
      throw error;
    } finally {
      this.#db.pragma(`busy_timeout = ${this.#busyTimeoutMs}`);
    }
    this.#busySince = undefined;
    this.#retryDelayMs = 1;
    return true;
  }

  #retryLater(): void {
    this.#busyRetries += 1;
    const delay = this.#retryDelayMs;
    this.#retryDelayMs = Math.min(MAX_RETRY_DELAY_MS, delay * 2);
    setTimeout(() => this.flush(), delay);
  }
}
