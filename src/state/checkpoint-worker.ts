// The checkpointer's thread (see checkpointer.ts): copies the write-ahead log into the database file on a
// connection of its own, so that neither the copy nor its fsyncs ever run on the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { openConnection } from './connection.js';

export interface CheckpointWorkerData {
  path: string;
  intervalMs: number;
  restartFrames: number;
  busyTimeoutMs: number;
}

export type CheckpointReport = { checkpoints: number; restarts: number } | { error: string };

const { path, intervalMs, restartFrames, busyTimeoutMs } = workerData as CheckpointWorkerData;
const port = parentPort;
if (!port) throw new Error('checkpoint-worker.ts runs as a worker thread');

// synchronous=FULL (the default): a checkpoint syncs the log before copying it and the database after.
const db = openConnection(path, { busyTimeoutMs });
const passive = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const restart = db.prepare('PRAGMA wal_checkpoint(RESTART)');
let checkpoints = 0;
let restarts = 0;
let last = { log: 0, checkpointed: 0 };

const checkpoint = (): void => {
  // PASSIVE copies what it can while the server keeps committing; it never holds the write lock.
  const copied = passive.get() as { busy: number; log: number; checkpointed: number };
  // An idle log is not news: the server's thread is told only when something was copied.
  if (copied.log === last.log && copied.checkpointed === last.checkpointed) return;
  last = copied;
  checkpoints += 1;
  // Under steady load the newest frames are always still being written, so the log is never wholly copied and never
  // starts over by itself. Once it is long, RESTART takes the write lock (the group commit retries meanwhile, off the
  // event loop), copies the little PASSIVE left and makes the next commit start the log from the beginning.
  // Only when PASSIVE got close to the end: a wide gap means a reader still holds an old snapshot, which RESTART
  // would wait for while holding writers off.
  if (copied.log >= restartFrames && copied.log - copied.checkpointed <= restartFrames / 4) {
    const restarted = restart.get() as { busy: number; log: number; checkpointed: number };
    if (restarted.busy === 0) restarts += 1;
    last = restarted;
  }
  port.postMessage({ checkpoints, restarts } satisfies CheckpointReport);
};

const timer = setInterval(() => {
  try {
    checkpoint();
  } catch (error) {
    clearInterval(timer);
    port.postMessage({ error: String((error as Error)?.message ?? error) } satisfies CheckpointReport);
    db.close();
    port.close();
  }
}, intervalMs);

port.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  port.close();
});
