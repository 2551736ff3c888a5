// Notices new inbox rows, whoever stores them (usually `swarm serve`, another process), without querying the inbox
// on a timer. Every 250 ms it reads `PRAGMA data_version` on a read connection of its own: one integer that SQLite
// keeps in the WAL index (shared memory), which changes when any other connection has committed to the file. Only
// when it changed does the watch look at the inbox, and then only at the rows past the newest one it has seen
// (a rowid range: a few B-tree pages however large the inbox). So an idle inbox costs a shared-memory read per tick
// and nothing else, and a new message is seen within one tick.
//
// Why not fs.watch on the WAL file: it fires on every write to it (checkpoints and status changes included), is
// coalesced or missing on some file systems (network mounts, containers), and its events still need a query to
// know whether a message arrived; data_version answers that question for every platform SQLite runs on.
//
// Rowids only grow while rows are added, but SQLite reuses the largest rowid once its row is gone: when the row at
// the watch's mark has been purged (or replaced), new rows may sit at or below the mark, so the watch reports a
// reset and the caller treats every inbox as changed. That happens only after a purge of the newest messages.
import type { Database, Statement } from 'better-sqlite3';
import { openConnection } from '../state/connection.js';
import { INBOX_WITH_SWARM_IDS } from '../state/inbox-codes.js';

export interface InboxWatchOptions {
  /** The agent's database file. */
  path: string;
  /** How often data_version is read; default 250 ms. */
  intervalMs?: number;
  /** The swarms that received messages since the last call. */
  onMessages(swarmIds: ReadonlySet<string>): void;
  /** The newest rows seen are gone (purged): any inbox may have changed. */
  onReset(): void;
  /** A tick failed (the file busy or gone); the next tick tries again. */
  onError?(error: unknown): void;
}

/** Where the watch has read up to: the newest row seen. */
interface Mark {
  rowid: number;
  messageId: string | null;
}

export const DEFAULT_WATCH_INTERVAL_MS = 250;

export class InboxWatch {
  readonly #options: InboxWatchOptions;
  readonly #db: Database;
  readonly #version: Statement;
  readonly #top: Statement;
  readonly #idAt: Statement;
  readonly #newer: Statement;
  readonly #timer: NodeJS.Timeout;
  #seenVersion: number;
  #mark: Mark;
  #checks = 0;
  #scans = 0;

  constructor(options: InboxWatchOptions) {
    this.#options = options;
    this.#db = openConnection(options.path, { busyTimeoutMs: 1_000 });
    this.#version = this.#db.prepare('PRAGMA data_version').pluck();
    this.#top = this.#db.prepare('SELECT rowid, message_id AS messageId FROM inbox ORDER BY rowid DESC LIMIT 1');
    this.#idAt = this.#db.prepare('SELECT message_id FROM inbox WHERE rowid = ?').pluck();
    this.#newer = this.#db
      .prepare(`SELECT DISTINCT sn.swarm_id FROM ${INBOX_WITH_SWARM_IDS} WHERE inbox.rowid > ?`)
      .pluck();
    this.#seenVersion = this.#version.get() as number;
    this.#mark = this.#readTop();
    this.#timer = setInterval(() => {
      try {
        this.check();
      } catch (error) {
        options.onError?.(error);
      }
    }, options.intervalMs ?? DEFAULT_WATCH_INTERVAL_MS);
    // The watch never keeps the process alive: the server exits when its stdin closes, timer or not.
    this.#timer.unref();
  }

  /** data_version reads, and inbox scans they led to (for the benchmark). */
  get stats(): { checks: number; scans: number } {
    return { checks: this.#checks, scans: this.#scans };
  }

  /** One tick: returns whether anything was committed since the last. Called by the timer; tests may call it. */
  check(): boolean {
    this.#checks++;
    const version = this.#version.get() as number;
    if (version === this.#seenVersion) return false;
    this.#scan();
    // Only once the scan worked: a failed one is made again at the next tick.
    this.#seenVersion = version;
    return true;
  }

  close(): void {
    clearInterval(this.#timer);
    this.#db.close();
  }

  #scan(): void {
    this.#scans++;
    // One read transaction: the rows past the mark and the new mark come from the same snapshot.
    const outcome = this.#db.transaction(() => {
      const top = this.#readTop();
      const mark = this.#mark;
      const intact = mark.rowid === 0 || this.#idAt.get(mark.rowid) === mark.messageId;
      const swarms = intact && top.rowid > mark.rowid ? (this.#newer.all(mark.rowid) as string[]) : [];
      return { top, intact, swarms };
    })();
    this.#mark = outcome.top;
    if (!outcome.intact) this.#options.onReset();
    else if (outcome.swarms.length > 0) this.#options.onMessages(new Set(outcome.swarms));
  }

  #readTop(): Mark {
    const row = this.#top.get() as { rowid: number; messageId: string } | undefined;
    return row ?? { rowid: 0, messageId: null };
  }
}
