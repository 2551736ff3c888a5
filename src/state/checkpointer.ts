// Checkpoints off the event loop. SQLite copies the write-ahead log back into the database file from inside the
// COMMIT that fills it past 1,000 pages: on the server's writer, that is a stall of several milliseconds every few
// hundred messages, most of it an fsync of the database file. A long-running server therefore turns that off on its
// writer and leaves checkpoints to a worker thread with a connection of its own (checkpoint-worker.ts).
// If the worker ever stops unasked, the writer takes checkpoints back, so the log can never grow without bound.
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import type { CheckpointReport, CheckpointWorkerData } from './checkpoint-worker.js';

// The worker's script sits next to this module, compiled as shipped. Run from the sources (the tests, through tsx),
// it is the .ts file, and the worker registers tsx itself: a worker thread does not inherit the loader.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_FILE = new URL(FROM_SOURCE ? './checkpoint-worker.ts' : './checkpoint-worker.js', import.meta.url);

function startWorker(file: URL, workerData: CheckpointWorkerData): Worker {
  if (!FROM_SOURCE || file.protocol !== 'file:') return new Worker(file, { workerData });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** SQLite's own default threshold, restored on the writer when the worker is gone. */
const WRITER_AUTOCHECKPOINT = 1000;

export interface CheckpointerOptions {
  /** How often the worker copies the log. Default 100 ms. */
  intervalMs?: number;
  /** Log length (frames) from which the worker makes the log start over. Default 4,096 (16 MiB of 4 KiB pages). */
  restartFrames?: number;
  /** Replaces the worker's script (tests give one that fails). */
  workerFile?: URL;
}

export interface CheckpointStats {
  /** `background` while the worker runs; `inline` once the writer checkpoints again (stopped, or the worker failed). */
  mode: 'background' | 'inline';
  checkpoints: number;
  restarts: number;
  /** Why the worker stopped unasked, if it did. */
  failure?: string;
}

export class Checkpointer {
  readonly #writer: Database;
  readonly #worker: Worker;
  #stats: CheckpointStats = { mode: 'background', checkpoints: 0, restarts: 0 };
  #stopping = false;

  constructor(writer: Database, options: CheckpointerOptions = {}) {
    this.#writer = writer;
    const workerData: CheckpointWorkerData = {
      path: writer.name,
      intervalMs: options.intervalMs ?? 100,
      restartFrames: options.restartFrames ?? 4096,
      // RESTART holds off writers while it waits for the lock and for readers: it gives up soon and tries again later.
      busyTimeoutMs: 10,
    };
    writer.pragma('wal_autocheckpoint = 0');
    this.#worker = startWorker(options.workerFile ?? WORKER_FILE, workerData);
    // The worker never keeps the process alive; the store's close stops it.
    this.#worker.unref();
    this.#worker.on('message', (report: CheckpointReport) => {
      if ('error' in report) this.#takeBack(report.error);
      else this.#stats = { ...this.#stats, ...report };
    });
    this.#worker.on('error', (error) => this.#takeBack(String(error?.message ?? error)));
    this.#worker.on('exit', (code) => this.#takeBack(`the checkpoint worker exited (${code})`));
  }

  get stats(): CheckpointStats {
    return { ...this.#stats };
  }

  /** Stops the worker; the writer checkpoints by itself again (and SQLite checkpoints when it closes). */
  stop(): void {
    if (this.#stopping) return;
    this.#stopping = true;
    this.#restoreWriter();
    this.#worker.postMessage('stop');
  }

  #takeBack(reason: string): void {
    if (this.#stats.mode === 'inline') return;
    this.#restoreWriter();
    if (!this.#stopping) this.#stats = { ...this.#stats, failure: reason };
  }

  #restoreWriter(): void {
    this.#stats = { ...this.#stats, mode: 'inline' };
    if (this.#writer.open) this.#writer.pragma(`wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT}`);
  }
}
