// A second process for the concurrency tests: opens the store, says "ready", reads a start instant on stdin, runs
// its burst from that instant and prints one JSON line with what happened.
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { Store } from '../../src/state/index.js';
import { envelope } from './helpers.js';

interface Job {
  path: string;
  task: 'receive' | 'redeem';
  /** receive: messages to write; redeem: redemption attempts. */
  count: number;
  prefix?: string;
  token?: string;
  /**
   * On a "hold" line on stdin: take the write lock on a connection of its own, say "holding", and keep it (this
   * thread asleep) until this file exists.
   */
  releaseFile?: string;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;

/** Takes the write lock and keeps it until the parent, having met it taken, creates the release file. */
function holdWriteLock(releaseFile: string): void {
  const holder = new Database(job.path, { timeout: 10_000 });
  try {
    holder.exec('BEGIN IMMEDIATE');
    // Pipes are written synchronously on Linux: the parent reads this while the thread sleeps below.
    process.stdout.write('holding\n');
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    const until = Date.now() + 10_000;
    while (!existsSync(releaseFile) && Date.now() < until) Atomics.wait(sleeper, 0, 0, 2);
    holder.exec('COMMIT');
  } finally {
    holder.close();
  }
}
const store = Store.open(job.path);
const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
// The parent answers with the wall-clock instant at which every process starts its burst; it may ask for a hold later.
const startAt = await new Promise<number>((resolve) => lines.once('line', (line) => resolve(Number(line))));
let markHeld: () => void = () => {};
const held = new Promise<void>((resolve) => {
  markHeld = resolve;
});
lines.on('line', (line) => {
  if (line !== 'hold' || !job.releaseFile) return;
  holdWriteLock(job.releaseFile);
  markHeld();
});
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));

const result = { ok: 0, other: 0, busyRetries: 0, errors: [] as string[] };
const round = 25;
try {
  if (job.task === 'receive') {
    for (let start = 0; start < job.count; start += round) {
      const writes = [];
      for (let i = start; i < Math.min(job.count, start + round); i++) {
        const suffix = String(i).padStart(12, '0');
        writes.push(store.receive(envelope({ message_id: `${job.prefix}-0000-4000-8000-${suffix}` })));
      }
      for (const outcome of await Promise.allSettled(writes)) {
        if (outcome.status === 'fulfilled' && outcome.value.status === 'stored') result.ok += 1;
        else if (outcome.status === 'fulfilled') result.other += 1;
        else result.errors.push(String(outcome.reason));
      }
    }
  } else {
    for (let i = 0; i < job.count; i++) {
      const status = await store.write((r) => r.invites.redeem(job.token ?? ''));
      if (status.status === 'ok') result.ok += 1;
      else result.other += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
} catch (error) {
  result.errors.push(String(error));
}
// A parent that asks for a hold waits for it: do not leave before it has been served.
if (job.releaseFile) await held;
result.busyRetries = store.writeStats.busyRetries;
lines.close();
store.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
