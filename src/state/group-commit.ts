// Group commit: a write is acknowledged only once its transaction is durable, yet one fsync serves every write
// that arrived meanwhile. Writes queue up; a setImmediate tick (after the event loop has taken in all pending
// I/O) runs the whole queue in one IMMEDIATE transaction, each write inside its own SAVEPOINT (unless it makes a
// single change, which undoes itself when it fails), then settles each promise with its own outcome.
//
// The fsync does not block the event loop. The connection given commits at synchronous=NORMAL (a transaction's
// frames reach the WAL file, not the disk) and, with `syncWal`, the WAL file is then fdatasync'd on libuv's thread
// pool; the writes are acknowledged when that sync completes. That is the guarantee of a FULL commit (the WAL is
// what recovery replays, and SQLite syncs it before any checkpoint copies it into the database), but requests keep
// being served while the disk works. Writes that arrive during a sync wait for it to end and then share one
// commit and the next sync: acknowledgement cannot come sooner, and fewer, larger commits write fewer pages.
// A sync always starts after the commits it acknowledges, so it also covers every earlier commit they may have read.
//
// When another process holds the write lock, BEGIN does not sleep in SQLite's busy handler (which would freeze
// the event loop, and backs off up to 100 ms at a time so a busy peer starves us): the connection has no busy
// timeout, BEGIN fails at once and the batch is retried on a short timer, gathering more writes, until
// `busyTimeoutMs` has elapsed.
// SQLite's lock is not fair: a saturated committer re-takes it microseconds after each COMMIT. So after a run of
// back-to-back commits longer than a slice, the committer pauses a few milliseconds to let other processes in.
// With `syncWal` there is no such run: the lock is free during every sync, and the next commit waits for it.
//
// A failed sync stops the group commit for good. After fdatasync fails, the kernel may have dropped the dirty pages
// it could not write, and a later sync that succeeds says nothing about them; a WAL frame missing on disk ends
// recovery there, taking every later frame with it. So the writes that sync covered, every write committed or
// queued since and every later write are refused (STORE_FAILED); the process must restart, and SQLite then recovers
// what the disk really holds.
import { closeSync, fdatasync, fdatasyncSync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database, Statement } from 'better-sqlite3';
import { StateError } from './errors.js';

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface PendingWrite<C> {
  fn: (context: C) => unknown;
  /** Runs without a savepoint of its own (see WriteOptions.oneChange). */
  oneChange: boolean;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  /** Most writes in one transaction (the rest go into the next one, in the same tick). Default 1000. */
  maxBatch?: number;
  /** Acknowledge only once the WAL file is synced (the connection then commits at synchronous=NORMAL). */
  syncWal?: boolean;
  /** How long a batch keeps retrying while another connection holds the write lock. Default 10 s. */
  busyTimeoutMs?: number;
  /** Makes a file descriptor's data durable (tests hold it to observe acknowledgement order). Default fdatasync. */
  syncFile?: (fd: number) => Promise<void>;
  /** Called once when a failed sync stops the group commit (see above). */
  onFailure?: (error: StateError) => void;
}

export interface WriteOptions {
  /**
   * The function makes at most one change, with one statement, and throws only before making it: then it needs no
   * savepoint of its own (a failing statement undoes itself), which saves two statements on the hot path. Should it
   * throw after changing something all the same, the whole transaction is rolled back and every write in it refused,
   * rather than committing half of it.
   */
  oneChange?: boolean;
}

/** A write that promised one change (WriteOptions.oneChange) and threw after changing something. */
class BrokenPromiseOfOneChange extends Error {}

/** Acknowledges (or, given a failure, rejects) one committed write once its sync has ended. */
type Settle = (failure: { error: unknown } | undefined) => void;

const fdatasyncAsync = (fd: number) =>
  new Promise<void>((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve())));

const MAX_RETRY_DELAY_MS = 2;
/** Longest run of back-to-back commits before pausing for other processes, and the pause. */
const SLICE_MS = 50;
const PAUSE_MS = 3;

export class GroupCommit<C> {
  readonly #db: Database;
  readonly #context: C;
  readonly #maxBatch: number;
  readonly #busyTimeoutMs: number;
  readonly #statements: { begin: Statement; commit: Statement; rollback: Statement; totalChanges: Statement };
  readonly #savepoint: (fn: (context: C) => unknown) => unknown;
  /** The WAL file synced off the event loop before acknowledging, or undefined (the COMMIT is enough). */
  readonly #walPath: string | undefined;
  readonly #syncFile: (fd: number) => Promise<void>;
  readonly #onFailure: ((error: StateError) => void) | undefined;
  /** Set by a failed sync: every write from then on is refused with it. */
  #failure: StateError | undefined;
  #walFd: number | undefined;
  /** Committed writes waiting for a sync that has not started yet, and those of the sync under way. */
  #unsynced: Settle[] = [];
  #syncing: Settle[] | undefined;
  #syncs = 0;
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
    this.#busyTimeoutMs = options.busyTimeoutMs ?? 10_000;
    this.#walPath = options.syncWal ? `${db.name}-wal` : undefined;
    this.#syncFile = options.syncFile ?? fdatasyncAsync;
    this.#onFailure = options.onFailure;
    this.#statements = {
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
      totalChanges: db.prepare('SELECT total_changes()').pluck(),
    };
    // Inside an open transaction a transaction function runs as a SAVEPOINT: a failing write is undone alone.
    this.#savepoint = db.transaction((fn: (context: C) => unknown) => {
      const value = fn(this.#context);
      if (value instanceof Promise) throw new TypeError('a write function must be synchronous');
      return value;
    });
  }

  /**
   * Transactions committed, writes they carried (a write that failed inside a commit counts too), how many
   * times a batch found the write lock taken by another connection and was retried, and WAL syncs run off the
   * event loop.
   */
  get stats(): { commits: number; writes: number; busyRetries: number; syncs: number } {
    return {
      commits: this.#commits,
      writes: this.#committedWrites,
      busyRetries: this.#busyRetries,
      syncs: this.#syncs,
    };
  }

  /** The error a failed sync stopped the group commit with, or undefined while it works. */
  get failure(): StateError | undefined {
    return this.#failure;
  }

  /** Number of writes waiting for the next commit. */
  get pending(): number {
    return this.#queue.length;
  }

  /** Queues `fn` (synchronous, given the repositories) and resolves with its result once committed. */
  write<T>(fn: (context: C) => T, options: WriteOptions = {}): Promise<T> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#closed) return Promise.reject(new StateError('STORE_CLOSED', 'the store is closed'));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({
        fn,
        oneChange: options.oneChange === true,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      this.#schedule();
    });
  }

  /** Commits everything queued now (also called by the scheduled tick); `wait` blocks on a busy lock (close). */
  flush(wait = false): void {
    this.#scheduled = false;
    if (this.#failure) return;
    this.#commitQueue(wait);
    this.#startSync();
  }

  /** Commits what is queued (waiting for the lock if need be), makes it durable, and refuses later writes. */
  close(): void {
    this.#closed = true;
    this.flush(true);
    const pending = [...(this.#syncing ?? []), ...this.#unsynced];
    this.#unsynced = [];
    if (pending.length > 0) {
      try {
        fdatasyncSync(this.#openWal());
        this.#syncs += 1;
        for (const settle of pending) settle(undefined);
      } catch (error) {
        this.#fail(pending, error);
      }
    }
    // A sync still running on the thread pool closes the file itself when it ends.
    if (!this.#syncing) this.#closeWal();
  }

  #commitQueue(wait: boolean): void {
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
            outcomes.push({ ok: true, value: write.oneChange ? this.#unguarded(write.fn) : this.#savepoint(write.fn) });
          } catch (error) {
            // Some errors (disk full, I/O) make SQLite abandon the whole transaction: then nothing may commit.
            if (!this.#db.inTransaction || error instanceof BrokenPromiseOfOneChange) throw error;
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
        if (!outcome.ok) write.reject(outcome.error);
        else if (!this.#walPath) write.resolve(outcome.value);
        else this.#unsynced.push((failure) => (failure ? write.reject(failure.error) : write.resolve(outcome.value)));
      });
    }
  }

  /** Runs a oneChange write without a savepoint; one that throws after changing something breaks the batch. */
  #unguarded(fn: (context: C) => unknown): unknown {
    const before = this.#statements.totalChanges.get();
    try {
      const value = fn(this.#context);
      if (value instanceof Promise) throw new TypeError('a write function must be synchronous');
      return value;
    } catch (error) {
      if (this.#statements.totalChanges.get() === before) throw error;
      throw new BrokenPromiseOfOneChange('a write declared to make one change threw after making it', {
        cause: error,
      });
    }
  }

  /** Syncs the WAL for the writes committed so far, unless a sync is under way (its end starts the next). */
  #startSync(): void {
    if (this.#syncing || this.#unsynced.length === 0 || this.#closed) return;
    const batch = this.#unsynced;
    this.#unsynced = [];
    this.#syncing = batch;
    let synced: Promise<void>;
    try {
      synced = this.#syncFile(this.#openWal());
    } catch (error) {
      synced = Promise.reject(error);
    }
    synced
      .then(
        () => {
          this.#syncs += 1;
          for (const settle of batch) settle(undefined);
        },
        (error: unknown) => {
          if (!this.#failure) this.#fail(batch, error);
        },
      )
      .finally(() => {
        this.#syncing = undefined;
        if (this.#closed) this.#closeWal();
        // On the next turn of the loop, not now: requests read in this turn then share the commit.
        else if (this.#queue.length > 0 && this.#busySince === undefined) this.#schedule();
        else this.#startSync();
      });
  }

  /** Stops for good (see the header): refuses `covered`, everything committed or queued since, and later writes. */
  #fail(covered: Settle[], cause: unknown): void {
    const failure = new StateError(
      'STORE_FAILED',
      `the write-ahead log could not be made durable (${String((cause as Error)?.message ?? cause)}); restart to recover`,
      { code: (cause as { code?: unknown })?.code ?? null },
      { cause },
    );
    this.#failure = failure;
    const refused = [...covered, ...this.#unsynced];
    this.#unsynced = [];
    for (const settle of refused) settle({ error: failure });
    for (const write of this.#queue.splice(0)) write.reject(failure);
    this.#onFailure?.(failure);
  }

  /** The WAL file, opened once (it lives as long as this connection); its directory entry is made durable too. */
  #openWal(): number {
    if (this.#walFd === undefined) {
      const path = this.#walPath as string;
      this.#walFd = openSync(path, 'r');
      const directory = openSync(dirname(path), 'r');
      try {
        fsyncSync(directory);
      } finally {
        closeSync(directory);
      }
    }
    return this.#walFd;
  }

  #closeWal(): void {
    if (this.#walFd === undefined) return;
    closeSync(this.#walFd);
    this.#walFd = undefined;
  }

  #schedule(): void {
    // A pending lock retry or sync will flush when it ends.
    if (this.#scheduled || this.#busySince !== undefined || this.#syncing) return;
    this.#scheduled = true;
    const now = performance.now();
    if (this.#walPath === undefined && now - this.#lastCommitEnd < 1 && now - this.#runStart > SLICE_MS) {
      this.#lastCommitEnd = -Infinity;
      setTimeout(() => this.flush(), PAUSE_MS);
    } else {
      setImmediate(() => this.flush());
    }
  }

  /** BEGIN IMMEDIATE without sleeping in SQLite; false when another connection holds the write lock. */
  #begin(wait: boolean): boolean {
    // Only on close may SQLite's busy handler wait (blocking) for the lock.
    if (wait) this.#db.pragma(`busy_timeout = ${this.#busyTimeoutMs}`);
    try {
      this.#statements.begin.run();
    } catch (error) {
      const overdue = this.#busySince !== undefined && Date.now() - this.#busySince >= this.#busyTimeoutMs;
      if (!wait && (error as { code?: unknown }).code === 'SQLITE_BUSY' && !overdue) {
        this.#busySince ??= Date.now();
        return false;
      }
      this.#busySince = undefined;
      throw error;
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
