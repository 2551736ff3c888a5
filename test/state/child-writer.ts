// A second process for the concurrency tests: opens the store, says "ready", reads a start instant on stdin, runs
// its burst from that instant and prints one JSON line with what happened.
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
  /** receive: after the first round, hold the write lock this long on a connection of its own (blocking). */
  holdMs?: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;

/** Takes the write lock and keeps it for `ms`, this thread asleep: the other process must meet it taken. */
function holdWriteLock(ms: number): void {
  const holder = new Database(job.path, { timeout: 10_000 });
  try {
    holder.exec('BEGIN IMMEDIATE');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    holder.exec('COMMIT');
  } finally {
    holder.close();
  }
}
const store = Store.open(job.path);
const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
// The parent answers with the wall-clock instant at which every process starts its burst.
const startAt = await new Promise<number>((resolve) => lines.once('line', (line) => resolve(Number(line))));
lines.close();
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
      if (start === 0 && job.holdMs) holdWriteLock(job.holdMs);
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
result.busyRetries = store.writeStats.busyRetries;
store.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
