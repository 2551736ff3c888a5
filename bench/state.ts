// Benchmark of the state layer's durable write path: acknowledged single-message writes per second through group
// commit (synchronous=FULL, N concurrent writers, each awaiting its acknowledgement before sending the next) next
// to raw batched inserts of the same rows (100 per transaction, same pragmas). Runs in about 6 seconds.
//
// How to read the ratios: with synchronous=FULL every commit waits for an fsync of the WAL (about 0.6 ms here), so
// throughput is (writes per commit) / (fsync + CPU per commit). Ten closed-loop writers can never put more than ten
// writes in one commit while the raw baseline puts a hundred, which caps the 10-writer ratio near 0.35 even with
// zero CPU cost; with 100 writers the batches match the baseline's and the ratio shows the true overhead of the
// path (canonical JSON + SHA-256 for idempotency, a savepoint and a promise per write).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Message } from '../generated/types.js';
import { INBOX_STATUS_CODES, MESSAGE_TYPE_CODES } from '../src/state/inbox-codes.js';
import { Store } from '../src/state/index.js';
import { packEnvelope } from '../src/state/packed-envelope.js';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

const SWARM_ID = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const RAW_ROWS = 20_000;
const GROUP_MS = 2_000;
const SINGLE_MS = 1_000;

let sequence = 0;

function nextEnvelope(): Message {
  sequence += 1;
  return {
    protocol_version: '0.1.0',
    message_id: `550e8400-e29b-41d4-a716-${sequence.toString(16).padStart(12, '0')}`,
    timestamp: '2026-02-05T14:30:00.000Z',
    sender: { agent_id: 'agent-beta', endpoint: 'https://beta.example.com/swarm' },
    recipient: 'agent-alpha',
    swarm_id: SWARM_ID,
    type: 'message',
    content: 'A message of about the size agents send each other: a sentence or two of plain text, no more.',
    signature: `${'Q'.repeat(86)}==`,
  };
}

/** Raw better-sqlite3: prepared INSERT, 100 rows per transaction, rows prepared in advance. */
function rawBatchedInserts(path: string): number {
  Store.open(path).close();
  const db = new Database(path, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const now = Date.now();
  // The row the store writes: the envelope packed, the time in milliseconds (migration 6), the swarm by number and
  // the type by code (8).
  const swarm = db.prepare('INSERT INTO swarm_numbers (swarm_id) VALUES (?) RETURNING n').pluck().get(SWARM_ID);
  const rows = Array.from({ length: RAW_ROWS }, () => {
    const message = nextEnvelope();
    const columns = {
      messageId: message.message_id,
      swarmId: SWARM_ID,
      senderId: message.sender.agent_id,
      recipient: message.recipient,
      messageType: message.type,
      body: message.content,
    };
    return {
      ...columns,
      recipientId: message.recipient,
      swarm,
      type: MESSAGE_TYPE_CODES[message.type],
      status: INBOX_STATUS_CODES.unread,
      envelope: packEnvelope(JSON.stringify(message), columns),
      receivedAt: now,
    };
  });
  const insert = db.prepare(`INSERT INTO inbox (message_id, swarm, sender_id, recipient_id, message_type, envelope,
    body, status, received_at) VALUES (@messageId, @swarm, @senderId, @recipientId, @type, @envelope, @body, @status,
    @receivedAt)`);
  const batch = db.transaction((chunk: typeof rows) => {
    for (const row of chunk) insert.run(row);
  });
  const started = performance.now();
  for (let i = 0; i < rows.length; i += 100) batch(rows.slice(i, i + 100));
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return RAW_ROWS / seconds;
}

/** `writers` loops, each storing one message and awaiting its durable acknowledgement before the next. */
async function acknowledgedWrites(path: string, writers: number, durationMs: number) {
  const store = Store.open(path, { synchronous: 'FULL' });
  let acknowledged = 0;
  const deadline = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (performance.now() < deadline) {
        const result = await store.receive(nextEnvelope());
        if (result.status !== 'stored') throw new Error(`unexpected ${result.status}`);
        acknowledged += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { commits, writes } = store.writeStats;
  store.close();
  return { perSecond: acknowledged / seconds, perCommit: writes / commits };
}

export async function benchState(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'asp-bench-state-'));
  try {
    const raw = rawBatchedInserts(join(dir, 'raw.db'));
    const ten = await acknowledgedWrites(join(dir, 'ten.db'), 10, GROUP_MS);
    const hundred = await acknowledgedWrites(join(dir, 'hundred.db'), 100, GROUP_MS);
    const one = await acknowledgedWrites(join(dir, 'one.db'), 1, SINGLE_MS);
    const versusRaw = (name: string, run: { perSecond: number }): BenchFigure => ({
      name,
      value: Math.round(run.perSecond),
      unit: 'writes/s',
      baseline: Math.round(raw),
      ratio: Number((run.perSecond / raw).toFixed(3)),
    });
    return [
      {
        name: 'state: raw inserts, 100 rows per transaction, synchronous=FULL',
        value: Math.round(raw),
        unit: 'rows/s',
      },
      versusRaw('state: acknowledged writes, group commit, 10 concurrent writers, synchronous=FULL', ten),
      versusRaw('state: acknowledged writes, group commit, 100 concurrent writers, synchronous=FULL', hundred),
      versusRaw('state: acknowledged writes, 1 writer, synchronous=FULL', one),
      {
        name: 'state: writes per group commit, 10 concurrent writers',
        value: Number(ten.perCommit.toFixed(1)),
        unit: 'writes/commit',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
