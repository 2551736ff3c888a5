// Group commit: a write is acknowledged only once its transaction is durable, yet one fsync serves every write
// that arrived meanwhile. Writes queue up; a setImmediate tick (after the event loop has taken in all pending
// I/O, i.e. every request that arrived while the previous commit blocked the loop) runs the whole queue in one
// IMMEDIATE transaction, each write inside its own SAVEPOINT, then settles each promise with its own outcome.
import type { Database, Transaction } from 'better-sqlite3';
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

export class GroupCommit<C> {
  readonly #db: Database;
  readonly #context: C;
  readonly #maxBatch: number;
  #queue: PendingWrite<C>[] = [];
  #scheduled = false;
  #closed = false;
  #commits = 0;
  #committedWrites = 0;
  readonly #savepoint: (fn: (context: C) => unknown) => unknown;
  readonly #batch: Transaction<(writes: PendingWrite<C>[], outcomes: Outcome[]) => void>;

  constructor(db: Database, context: C, options: GroupCommitOptions = {}) {
    this.#db = db;
    this.#context = context;
    this.#maxBatch = options.maxBatch ?? 1000;
    // A transaction function called inside another one runs as a SAVEPOINT: a failing write is rolled back alone.
    this.#savepoint = db.transaction((fn: (context: C) => unknown) => {
      const value = fn(this.#context);
      if (value instanceof Promise) throw new TypeError('a write function must be synchronous');
      return value;
    });
    this.#batch = db.transaction((writes: PendingWrite<C>[], outcomes: Outcome[]) => {
      for (const write of writes) {
        try {
          outcomes.push({ ok: true, value: this.#savepoint(write.fn) });
        } catch (error) {
          // Some errors (disk full, I/O) make SQLite abandon the whole transaction: then nothing may commit.
          if (!this.#db.inTransaction) throw error;
          outcomes.push({ ok: false, error });
        }
      }
    });
  }

  /** Transactions committed and writes they carried (a write that failed inside a commit counts too). */
  get stats(): { commits: number; writes: number } {
    return { commits: this.#commits, writes: this.#committedWrites };
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
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits everything queued now (also called by the scheduled tick and by close). */
  flush(): void {
    this.#scheduled = false;
    while (this.#queue.length > 0) {
      const writes = this.#queue.splice(0, this.#maxBatch);
      const outcomes: Outcome[] = [];
      try {
        this.#batch.immediate(writes, outcomes);
      } catch (error) {
        for (const write of writes) write.reject(error);
        continue;
      }
      this.#commits += 1;
      this.#committedWrites += writes.length;
      writes.forEach((write, index) => {
        const outcome = outcomes[index]!;
        if (outcome.ok) write.resolve(outcome.value);
        else write.reject(outcome.error);
      });
    }
  }

  /** Commits what is queued and refuses later writes. */
  close(): void {
    this.flush();
    this.#closed = true;
  }
}
