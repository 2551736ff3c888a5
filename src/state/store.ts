// The Store: opens (and if needed migrates) the SQLite file and exposes the repositories, a durable group-committed
// write path, purge, export and import. SQLite is the embedded default; callers depend on these interfaces only.
import { statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { ExportV2, Message } from '../../generated/types.js';
import type { Checkpointer, CheckpointerOptions, CheckpointStats } from './checkpointer.js';
import { type ConnectionOptions, enableWal, openConnection } from './connection.js';
import { inTransaction, type RepositoryContext } from './context.js';
import { StateError } from './errors.js';
import type { ExportSink, ExportSummary } from './export.js';
import { GroupCommit, type WriteOptions } from './group-commit.js';
import type { ImportOptions, ImportSummary, StagedImport } from './import.js';
import type { ReceiveResult } from './inbox.js';
import { inspectSchema, MIGRATIONS, type Migration, type MigrationReport, migrate } from './migrations/index.js';
import { type PurgeCounts, type PurgeOptions, purgeState } from './purge.js';
import { createRepositories, type Repositories } from './repositories.js';
import { createSenderLookup, type SenderLookup } from './senders.js';
import { type Clock, systemClock } from './time.js';

export interface StoreOptions extends ConnectionOptions {
  /** Injected time (tests). */
  clock?: Clock;
  /** This agent's id: decides our role in swarms adopted from a reference database. */
  agentId?: string;
  /** Most writes per group commit. */
  maxBatch?: number;
  /** Replaces the migration list (tests of the migration runner). */
  migrations?: readonly Migration[];
  /** Replaces the fdatasync of the write-ahead log (tests give it a failing disk). */
  syncFile?: (fd: number) => Promise<void>;
}

/** The group commit, its connection, and the hot path's look-up on that connection. */
interface Writer {
  db: Database;
  commits: GroupCommit<Repositories>;
  senders: SenderLookup;
}

export class Store implements Repositories {
  readonly path: string;
  readonly migration: MigrationReport;
  readonly swarms: Repositories['swarms'];
  readonly mutes: Repositories['mutes'];
  readonly keys: Repositories['keys'];
  readonly invites: Repositories['invites'];
  readonly pendingJoins: Repositories['pendingJoins'];
  readonly inbox: Repositories['inbox'];
  readonly outbox: Repositories['outbox'];
  readonly sessions: Repositories['sessions'];
  readonly peerProtocols: Repositories['peerProtocols'];
  readonly #context: RepositoryContext;
  readonly #options: StoreOptions;
  /** The group commit and its own connection, made on the first write (most CLI commands never write so). */
  #writer: Writer | undefined;
  #checkpointer: Checkpointer | undefined;
  #open = true;
  readonly #failureListeners: Array<(error: StateError) => void> = [];

  private constructor(path: string, db: Database, migration: MigrationReport, options: StoreOptions) {
    this.path = path;
    this.migration = migration;
    this.#context = { db, clock: options.clock ?? systemClock };
    const repositories = createRepositories(this.#context);
    this.swarms = repositories.swarms;
    this.mutes = repositories.mutes;
    this.keys = repositories.keys;
    this.invites = repositories.invites;
    this.pendingJoins = repositories.pendingJoins;
    this.inbox = repositories.inbox;
    this.outbox = repositories.outbox;
    this.sessions = repositories.sessions;
    this.peerProtocols = repositories.peerProtocols;
    this.#options = options;
  }

  /**
   * Opens the file, creating it at the newest schema or migrating an older one (ours or the reference's) in one
   * transaction. A file from a newer version is refused with STORE_TOO_NEW before anything is written to it.
   */
  static open(path: string, options: StoreOptions = {}): Store {
    let db: Database;
    try {
      db = openConnection(path, options);
    } catch (error) {
      throw notADatabase(path, error);
    }
    try {
      const migrations = options.migrations ?? MIGRATIONS;
      inspectSchema(db, migrations);
      // Migrate before switching to WAL: a failed migration then leaves the file exactly as it was.
      const report = migrate(db, { clock: options.clock ?? systemClock, agentId: options.agentId }, migrations);
      enableWal(db);
      return new Store(path, db, report, options);
    } catch (error) {
      db.close();
      throw notADatabase(path, error);
    }
  }

  /**
   * The durable write path: `fn` (synchronous) runs with the repositories inside a group commit and the promise
   * settles once the transaction is on disk. A throwing `fn` rejects its own promise only.
   */
  write<T>(fn: (repositories: Repositories) => T, options?: WriteOptions): Promise<T> {
    if (!this.#open) return Promise.reject(new StateError('STORE_CLOSED', 'the store is closed'));
    return this.#writerOf().commits.write(fn, options);
  }

  /**
   * The receiving hot path's look-up, on the group commit's connection: SQLite drops a connection's whole page
   * cache whenever another connection has written, so under load only the connection doing the writes reads warm.
   */
  get senders(): SenderLookup {
    this.#assertOpen();
    return this.#writerOf().senders;
  }

  /** Group-commit counters: transactions, the writes they carried, retries on another connection's lock, WAL syncs. */
  get writeStats(): { commits: number; writes: number; busyRetries: number; syncs: number } {
    return this.#writer?.commits.stats ?? { commits: 0, writes: 0, busyRetries: 0, syncs: 0 };
  }

  /**
   * Why durable writes stopped (a sync of the write-ahead log failed), or undefined while they work. Once set, every
   * write is refused with it until the process restarts and SQLite recovers what the disk holds.
   */
  get writeFailure(): StateError | undefined {
    return this.#writer?.commits.failure;
  }

  /** Calls `listener` once, when durable writes stop (see writeFailure): a server then shuts down to be restarted. */
  onWriteFailure(listener: (error: StateError) => void): void {
    this.#failureListeners.push(listener);
  }

  /**
   * For a long-running server: checkpoints move from inside the writer's commits to a worker thread (see
   * checkpointer.ts), so they never stall the event loop. Nothing changes for an in-memory database.
   */
  async checkpointInBackground(options?: CheckpointerOptions): Promise<void> {
    this.#assertOpen();
    if (this.#checkpointer || this.#writerOf().db.memory) return;
    // Loaded on use: the CLI's short commands never start the worker.
    const { Checkpointer } = await import('./checkpointer.js');
    if (!this.#open || this.#checkpointer) return;
    this.#checkpointer = new Checkpointer(this.#writerOf().db, options);
  }

  /** Where checkpoints run, and how many the background worker has made (undefined when it was never started). */
  get checkpointStats(): CheckpointStats | undefined {
    return this.#checkpointer?.stats;
  }

  /** Stores a received envelope durably (group commit); resolves stored / duplicate / conflict. */
  receive(envelope: Message, options?: { receivedAt?: string }): Promise<ReceiveResult> {
    // One INSERT, unless the swarm was never seen (then it is numbered in the same write, which needs a savepoint).
    const swarmId = envelope.swarm_id;
    // (A closed store refuses the write below, STORE_CLOSED, without reading anything.)
    const oneChange = !this.#open || typeof swarmId !== 'string' || this.inbox.numbersSwarm(swarmId.toLowerCase());
    return this.write((repositories) => repositories.inbox.receive(envelope, options), { oneChange });
  }

  /** Runs `fn` now in one IMMEDIATE transaction (for multi-step changes that need no group commit). */
  transaction<T>(fn: (repositories: Repositories) => T): T {
    this.#assertOpen();
    return inTransaction(this.#context.db, () => fn(this));
  }

  purge(options: PurgeOptions): PurgeCounts {
    return this.transaction((repositories) => purgeState(repositories, this.#context.clock, options));
  }

  // Export and import load their code (and their large document validators) on first use: every CLI command
  // opens the store, few of them move whole states.

  /** The whole state as a validated 2.0.0 export document. */
  async exportState(agentId: string): Promise<ExportV2> {
    this.#assertOpen();
    const { exportState } = await import('./export.js');
    this.#assertOpen();
    return exportState(this.#context, agentId);
  }

  /**
   * Writes the export to `sink` as it reads it (the same bytes as `JSON.stringify(exportState(), null, 2)` and a
   * newline), from a snapshot on a read-only connection of its own: memory does not grow with the history.
   */
  async exportTo(agentId: string, sink: ExportSink): Promise<ExportSummary> {
    this.#assertOpen();
    const { streamExport } = await import('./export.js');
    this.#assertOpen();
    return streamExport(this.path, this.#context.clock, agentId, sink);
  }

  /** Validates then applies a 1.0.0 or 2.0.0 document (object, or JSON text) all or nothing. */
  async importState(document: unknown, options?: ImportOptions): Promise<ImportSummary> {
    this.#assertOpen();
    const { importState } = await import('./import.js');
    this.#assertOpen();
    return importState(this.#context, document, options);
  }

  /**
   * Parses a file as it is read (text chunks, e.g. `createReadStream(path, 'utf8')`), validating and staging each
   * row; nothing in the store changes until `apply()` on the result, which imports it all or nothing.
   */
  async stageImport(chunks: AsyncIterable<string>, options: { agentId?: string } = {}): Promise<StagedImport> {
    this.#assertOpen();
    const { stageStream } = await import('./import.js');
    this.#assertOpen();
    return stageStream(this.#context, chunks, options.agentId);
  }

  /** `importState` for the text of a file. */
  async importText(text: string, options?: ImportOptions): Promise<ImportSummary> {
    const { parseImportText } = await import('./import.js');
    return this.importState(parseImportText(text), options);
  }

  /**
   * How big the store is: the main file and its write-ahead log in bytes, and the inbox and outbox rows (from the
   * counters, so this reads a few pages whatever the store holds).
   */
  size(): { bytes: number; walBytes: number; inboxRows: number; outboxRows: number } {
    this.#assertOpen();
    const { db } = this.#context;
    const pragma = (name: string) => Number(db.pragma(name, { simple: true }));
    let walBytes = 0;
    if (!db.memory) {
      try {
        walBytes = statSync(`${this.path}-wal`).size;
      } catch {
        walBytes = 0;
      }
    }
    return {
      bytes: pragma('page_count') * pragma('page_size'),
      walBytes,
      inboxRows: this.inbox.count().total,
      outboxRows: this.outbox.count().total,
    };
  }

  /** The connection's effective settings (for `swarm status --verbose` and tests). */
  diagnostics(): {
    journalMode: string;
    synchronous: number;
    foreignKeys: boolean;
    busyTimeoutMs: number;
    schemaVersion: number;
  } {
    this.#assertOpen();
    const pragma = (name: string) => this.#context.db.pragma(name, { simple: true });
    return {
      journalMode: String(pragma('journal_mode')),
      synchronous: Number(pragma('synchronous')),
      foreignKeys: pragma('foreign_keys') === 1,
      busyTimeoutMs: Number(pragma('busy_timeout')),
      schemaVersion: Number(pragma('user_version')),
    };
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /** Commits queued writes, then closes the file. Idempotent. */
  close(): void {
    if (!this.#open) return;
    this.#checkpointer?.stop();
    if (this.#writer) {
      this.#writer.commits.close();
      if (this.#writer.db !== this.#context.db) this.#writer.db.close();
    }
    this.#open = false;
    this.#context.db.close();
  }

  /**
   * Group commits run on a second connection of their own. It has no busy timeout (the group commit retries on a
   * timer instead of sleeping in SQLite) and commits at synchronous=NORMAL when the store asks for FULL, because
   * the group commit then syncs the WAL itself, off the event loop, before acknowledging. The main connection keeps
   * the settings it was opened with for everything else. An in-memory database has no second connection.
   */
  #writerOf(): Writer {
    if (this.#writer) return this.#writer;
    const main = this.#context.db;
    const busyTimeoutMs = Number(main.pragma('busy_timeout', { simple: true }));
    if (main.memory) {
      const commits = new GroupCommit<Repositories>(main, this, { maxBatch: this.#options.maxBatch, busyTimeoutMs });
      this.#writer = { db: main, commits, senders: createSenderLookup(this.#context) };
      return this.#writer;
    }
    const syncWal = Number(main.pragma('synchronous', { simple: true })) >= 2;
    const db = openConnection(this.path, {
      synchronous: syncWal ? 'NORMAL' : this.#options.synchronous,
      busyTimeoutMs: 0,
      tempInMemory: true,
    });
    const context = { db, clock: this.#context.clock };
    const repositories = createRepositories(context);
    const commits = new GroupCommit<Repositories>(db, repositories, {
      maxBatch: this.#options.maxBatch,
      busyTimeoutMs,
      syncWal,
      syncFile: this.#options.syncFile,
      onFailure: (error) => {
        for (const listener of this.#failureListeners) listener(error);
      },
    });
    this.#writer = { db, commits, senders: createSenderLookup(context) };
    return this.#writer;
  }

  #assertOpen(): void {
    if (!this.#open) throw new StateError('STORE_CLOSED', 'the store is closed');
  }
}

/** SQLITE_NOTADB (a file that is not SQLite) becomes NOT_A_SWARM_DATABASE; anything else passes through. */
function notADatabase(path: string, error: unknown): unknown {
  if ((error as { code?: unknown }).code !== 'SQLITE_NOTADB') return error;
  return new StateError('NOT_A_SWARM_DATABASE', `${path} is not a SQLite database`, {}, { cause: error });
}
