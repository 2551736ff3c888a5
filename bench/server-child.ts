// The server under benchmark, in its own process (one core): `express` runs the real agent app; `bare` is a
// plain node:http server doing the same verify-and-store, as the baseline of what Express costs; `floor` does
// only what no server can skip (parse, hash, verify, insert, fsync before the answer), as the machine's ceiling.
// Usage: server-child.ts <express|bare|floor> <db> <seed-hex>; prints `listening <port>`.
// They run the compiled output in dist/ (what `swarm serve` ships), typed against the sources.
import { hash } from 'node:crypto';
import { fdatasync, openSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type BetterSqlite3 from 'better-sqlite3';
import type Sodium from 'sodium-native';
import type { Message } from '../generated/types.js';

const dist = (path: string) => import(new URL(`../dist/${path}`, import.meta.url).href);
const { validateMessage } = (await dist('generated/validators.js')) as typeof import('../generated/validators.js');
const { encodePublicKey, keyPairFromSeed } = (await dist('src/core/keys.js')) as typeof import('../src/core/keys.js');
const { verifyMessage } = (await dist('src/core/signature.js')) as typeof import('../src/core/signature.js');
const { createLogger } = (await dist('src/server/logger.js')) as typeof import('../src/server/logger.js');
const { startAgentServer } = (await dist('src/server/run.js')) as typeof import('../src/server/run.js');
const { Store } = (await dist('src/state/store.js')) as typeof import('../src/state/store.js');

const [mode, dbPath, seedHex] = process.argv.slice(2) as [string, string, string];
const keyPair = keyPairFromSeed(Buffer.from(seedHex, 'hex'));
const store = mode === 'floor' ? undefined : Store.open(dbPath, { agentId: 'bench-agent' });
let floorWrites = 0;

if (store === undefined) {
  const server = serveFloor();
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
  });
} else if (mode === 'express') {
  const server = await startAgentServer({
    store,
    identity: {
      agentId: 'bench-agent',
      endpoint: 'https://127.0.0.1/swarm',
      keyPair,
      publicKey: encodePublicKey(keyPair.publicKey),
    },
    server: {
      management: { token: 'bench-management-token-0123456789', loopbackOnly: true },
      rateLimits: { enabled: false, perSenderPerMinute: 1, perSwarmPerMinute: 1, joinsPerIpPerHour: 1 },
    },
    listen: { host: '127.0.0.1', port: 0 },
    logger: createLogger({ level: 'warn' }),
  });
  process.stdout.write(`listening ${server.running.port}\n`);
} else {
  // A server's checkpoints run off its event loop (startAgentServer does the same for the agent server).
  await store.checkpointInBackground();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
      if (!validateMessage(body)) return res.writeHead(400).end();
      const message = body as Message;
      const member = store.senders.cached(message.swarm_id, message.sender.agent_id);
      if (!member || !verifyMessage(message, member.publicKey).valid) return res.writeHead(401).end();
      const result = await store.receive(message);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'queued', message_id: message.message_id, stored: result.status }));
    });
  });
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
  });
}

// CPU time from the moment the server listens: per stored message, the figure least disturbed by the load
// generator sharing the machine.
const cpuAtListen = process.cpuUsage();
const eluAtListen = performance.eventLoopUtilization();
// CPU ticks per thread (Linux): the main thread's share is what "one core" limits; syncs run on libuv's pool.
function threadTicks(): Map<string, { name: string; ticks: number }> {
  const ticks = new Map<string, { name: string; ticks: number }>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      ticks.set(tid, {
        name: stat.slice(stat.indexOf('(') + 1, close),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    }
  } catch {
    // Not Linux: no per-thread figures.
  }
  return ticks;
}
const ticksAtListen = threadTicks();

// A clean exit on signals, so --cpu-prof can write its profile.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (process.env.BENCH_STATS) {
      const cpu = process.cpuUsage(cpuAtListen);
      const stats = store?.writeStats ?? { writes: floorWrites };
      const perWriteUs = Math.round((cpu.user + cpu.system) / Math.max(stats.writes, 1));
      const userUs = Math.round(cpu.user / Math.max(stats.writes, 1));
      // How busy the one thread was: below 1, the server waits (on syncs) rather than computes.
      const busy = Number(performance.eventLoopUtilization(eluAtListen).utilization.toFixed(2));
      const threads: Record<string, number> = {};
      for (const [tid, now] of threadTicks()) {
        const used = now.ticks - (ticksAtListen.get(tid)?.ticks ?? 0);
        const name = tid === String(process.pid) ? 'main' : now.name;
        if (used > 0) threads[name] = (threads[name] ?? 0) + Math.round((used * 10_000) / Math.max(stats.writes, 1));
      }
      process.stderr.write(
        `${JSON.stringify({ ...stats, cpuUsPerWrite: perWriteUs, userUsPerWrite: userUs, busy, usPerWriteByThread: threads })}\n`,
      );
    }
    process.exit(0);
  });
}

/**
 * The floor: one table, keys in a Map, no schema validation, canonical-form or replay checks, no membership or
 * mutes, no content hash for duplicates. Writes that arrive while a commit's fsync runs share the next commit.
 */
function serveFloor(): Server {
  const require = createRequire(import.meta.url);
  const sodium = require('sodium-native') as typeof Sodium;
  const Database = require('better-sqlite3') as typeof BetterSqlite3;
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE bench_floor (message_id TEXT PRIMARY KEY, sender_id TEXT, envelope TEXT, received_at TEXT)
    STRICT`);
  const keys = new Map(
    (
      db.prepare('SELECT agent_id, public_key FROM swarm_members').all() as { agent_id: string; public_key: string }[]
    ).map((row) => [row.agent_id, Buffer.from(row.public_key, 'base64')]),
  );
  const insert = db.prepare('INSERT INTO bench_floor VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const wal = openSync(`${dbPath}-wal`, 'r');
  let queue: { row: [string, string, string]; done: () => void }[] = [];
  let busy = false;
  const flush = () => {
    busy = queue.length > 0;
    if (!busy) return;
    const batch = queue;
    queue = [];
    const at = new Date().toISOString();
    begin.run();
    for (const write of batch) insert.run(...write.row, at);
    commit.run();
    floorWrites += batch.length;
    fdatasync(wal, () => {
      for (const write of batch) write.done();
      flush();
    });
  };
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const m = JSON.parse(text) as Message;
      const signed = hash(
        'sha256',
        m.message_id + m.timestamp + m.swarm_id + m.recipient + m.type + m.content,
        'buffer',
      );
      const key = keys.get(m.sender.agent_id);
      if (!key || !sodium.crypto_sign_verify_detached(Buffer.from(m.signature, 'base64'), signed, key)) {
        res.writeHead(401).end();
        return;
      }
      queue.push({
        row: [m.message_id, m.sender.agent_id, text],
        done: () => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: 'queued', message_id: m.message_id }));
        },
      });
      if (!busy) {
        busy = true;
        setImmediate(flush);
      }
    });
  });
}
