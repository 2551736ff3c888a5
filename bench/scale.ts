// Scale: one store filled to 10k, 100k and 1M messages (BENCH_SCALE_SIZES) through the store's write path (one
// write per message, as the server makes them, group-committed), and at each size (and on the empty store, the
// baseline): listing 50 and counting in process, bytes per stored message, a streamed export's time and peak memory
// (in a process of its own), and the server's accepted messages per second and p99 under the server benchmark's load
// (its child-process runner, BENCH_SCALE_ROUNDS rounds (default 1, the median reported) of BENCH_SCALE_SECONDS
// against the filled file, each paired with a round on a fresh copy of the empty store). The load adds its messages
// to the store: each size is the count measured before it.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Message } from '../generated/types.js';
import { encodePublicKey, generateSeed, keyPairFromSeed } from '../src/core/keys.js';
import { Store } from '../src/state/store.js';
import { tempDir } from '../test/helpers/tmp.js';
import { loadServer, SWARM_ID, workload } from './server.js';
import type { BenchFigure } from './state.js';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 5);
/** Server rounds at each size, the median reported: one round moves 20–30 % on a shared machine. */
const ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 1);
const SENDERS = 20;
const BATCH = 5_000;
const SAMPLES = 21;
const CLI_RUNS = 7;
const BIN = join(import.meta.dirname, '..', 'bin', 'swarm.js');
/** Enough signed bodies for one warm-up and one measured run at the server's pace. */
const LOAD_MESSAGES = Math.max(20_000, SECONDS * 6_000);

interface Row {
  size: number;
  list50: number;
  count: number;
  /** The CLI commands as fresh processes: `swarm messages --limit 50` and `swarm messages count`. */
  cliList: number;
  cliCount: number;
  bytes: number;
  exportMs: number;
  exportMb: number;
  rps: number;
  p99: number;
  /** The empty store's rounds paired with this size's (for the empty store itself, its own). */
  emptyRps: number;
  emptyP99: number;
}

export async function benchScale(): Promise<BenchFigure[]> {
  const dir = tempDir('swarm-bench-scale-');
  try {
    const dbPath = join(dir.path, 'swarm.db');
    // An agent home around the store, for the CLI's commands (`swarm init` makes swarm.db there).
    execFileSync(process.execPath, [BIN, 'init', '-a', 'bench-agent', '-e', 'https://127.0.0.1/swarm', '--json'], {
      env: { ...process.env, SWARM_HOME: dir.path },
    });
    const seeds = { self: generateSeed(), senders: Array.from({ length: SENDERS }, () => generateSeed()) };
    const setup = Store.open(dbPath, { agentId: 'bench-agent' });
    const senders = seeds.senders.map((seed, i) => ({
      agentId: `sender-${i}`,
      endpoint: `https://sender-${i}.example/swarm`,
      publicKey: encodePublicKey(keyPairFromSeed(seed).publicKey),
    }));
    setup.swarms.create({
      swarmId: SWARM_ID,
      name: 'bench',
      masterId: 'bench-agent',
      role: 'master',
      members: [
        {
          agentId: 'bench-agent',
          endpoint: 'https://127.0.0.1/swarm',
          publicKey: encodePublicKey(keyPairFromSeed(seeds.self).publicKey),
        },
        ...senders,
      ],
    });
    // The empty store as it is now, for the empty-store rounds: each of them gets a copy of its own, so that the
    // messages a round adds never count in the next one's baseline.
    const empty = join(dir.path, 'empty.db');
    setup.close();
    const raw = new Database(dbPath);
    try {
      raw.exec(`VACUUM INTO '${empty}'`);
    } finally {
      raw.close();
    }
    const rows: Row[] = [];
    let fillMs = 0;
    for (const target of [0, ...SIZES]) {
      const store = await openStore(dbPath);
      const started = performance.now();
      await fill(store, target - store.inbox.count().total);
      fillMs += performance.now() - started;
      const size = store.inbox.count().total;
      if (target > 0) console.error(`  scale: ${size} stored (filling took ${(fillMs / 1000).toFixed(1)} s so far)`);
      const inProcess = {
        list50: median(() => store.inbox.list({ limit: 50 })),
        count: median(() => store.inbox.count()),
      };
      // The commands and the server then have the file to themselves, as on an agent's machine: the bench's own
      // connection and its checkpoint worker (whose RESTARTs take the write lock) are closed meanwhile. They stayed
      // open before, and weighed on the filled file's server rounds only, never on the empty store's copies.
      store.close();
      rows.push(await measureAt(dir.path, size, inProcess, seeds, empty));
    }
    printCurve(rows, fillMs);
    return rows.flatMap((row) => figures(row, rows[0]!));
  } finally {
    dir.cleanup();
  }
}

/**
 * Stores `count` messages through the group commit as the server does: one write per message, without a savepoint
 * of its own (a receive is one INSERT), BATCH of them in flight at a time, committed together (up to the group
 * commit's batch per transaction).
 */
async function fill(store: Store, count: number): Promise<void> {
  const content = 'x'.repeat(100);
  for (let done = 0; done < count; done += BATCH) {
    const n = Math.min(BATCH, count - done);
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < n; i++) {
      const message = fillerMessage(done + i, content);
      writes.push(store.write((repositories) => repositories.inbox.receive(message), { oneChange: true }));
    }
    await Promise.all(writes);
  }
}

function fillerMessage(i: number, content: string): Message {
  const sender = `sender-${i % SENDERS}`;
  return {
    protocol_version: '0.1.0',
    message_id: randomUUID(),
    timestamp: new Date().toISOString(),
    sender: { agent_id: sender, endpoint: `https://${sender}.example/swarm` },
    recipient: 'bench-agent',
    swarm_id: SWARM_ID,
    type: 'message',
    content,
    signature: `${'A'.repeat(86)}==`,
  };
}

/** Median wall time of `swarm <args>` as fresh processes, the two commands in alternation (a busy spell hits both). */
function cliTimes(home: string, commands: string[][]): number[] {
  const env = { ...process.env, SWARM_HOME: home, NO_COLOR: '1' };
  const times: number[][] = commands.map(() => []);
  for (let run = 0; run < CLI_RUNS + 1; run++) {
    commands.forEach((args, i) => {
      const started = performance.now();
      execFileSync(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (run > 0) times[i]!.push(performance.now() - started); // the first warms the disk cache
    });
  }
  return times.map((values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
}

/** The bench's own store: as `swarm serve` does, checkpoints on a worker thread, not inside the writer's commits. */
async function openStore(dbPath: string): Promise<Store> {
  const store = Store.open(dbPath, { agentId: 'bench-agent' });
  await store.checkpointInBackground();
  return store;
}

async function measureAt(
  home: string,
  size: number,
  { list50, count }: Pick<Row, 'list50' | 'count'>,
  seeds: Parameters<typeof workload>[1],
  /** The empty store: each baseline round runs on a copy of its own. */
  emptyTemplate: string,
): Promise<Row> {
  const dbPath = join(home, 'swarm.db');
  const [cliList, cliCount] = cliTimes(home, [
    ['messages', '--limit', '50', '--no-mark-read', '--json'],
    ['messages', 'count', '--json'],
  ]) as [number, number];
  const bytes = size === 0 ? 0 : storeBytes(dbPath) / size;
  const exported = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'scale-export.ts'), dbPath], {
      encoding: 'utf8',
    }),
  ) as { ms: number; maxRssKb: number };
  // Each round on the filled file is paired with one on a fresh copy of the empty store, in alternating order, so
  // that a busy spell or a drift of the machine weighs on both sides of the ratio alike.
  type Run = Awaited<ReturnType<typeof loadServer>>;
  const filled: Run[] = [];
  const baseline: Run[] = [];
  // Signed just before each round, so their timestamps are fresh whatever came before.
  const round = (file: string) => loadServer('express', file, workload(LOAD_MESSAGES, seeds), SECONDS);
  const onCopy = async (n: number) => {
    const copy = join(home, `empty-${size}-${n}.db`);
    copyFileSync(emptyTemplate, copy);
    baseline.push(await round(copy));
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  };
  const onFile = async () => filled.push(await round(dbPath));
  for (let n = 0; n < ROUNDS; n++) {
    if (size === 0) await onCopy(n);
    else if (n % 2 === 0) await onCopy(n).then(onFile);
    else await onFile().then(() => onCopy(n));
  }
  const middle = (values: Run[], key: (value: Run) => number) =>
    key([...values].sort((a, b) => key(a) - key(b))[Math.floor(values.length / 2)]!);
  const runs = size === 0 ? baseline : filled;
  const run = { rps: middle(runs, (r) => r.rps), p99: middle(runs, (r) => r.p99) };
  const base = { rps: middle(baseline, (r) => r.rps), p99: middle(baseline, (r) => r.p99) };
  return {
    size,
    list50,
    count,
    cliList,
    cliCount,
    bytes,
    exportMs: exported.ms,
    exportMb: exported.maxRssKb / 1024,
    rps: run.rps,
    p99: run.p99,
    emptyRps: base.rps,
    emptyP99: base.p99,
  };
}

/** The store's pages in use (the write-ahead log's newest versions included), in bytes. */
function storeBytes(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    const pragma = (name: string) => db.pragma(name, { simple: true }) as number;
    return (pragma('page_count') - pragma('freelist_count')) * pragma('page_size');
  } finally {
    db.close();
  }
}

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function figures(row: Row, empty: Row): BenchFigure[] {
  const at = `scale ${label(row.size)}:`;
  const list: BenchFigure[] = [
    { name: `${at} list 50, in process, median`, value: round(row.list50), unit: 'ms', baseline: round(empty.list50) },
    { name: `${at} count, in process, median`, value: round(row.count), unit: 'ms', baseline: round(empty.count) },
    {
      name: `${at} \`swarm messages --limit 50\`, fresh process, median of ${CLI_RUNS} (vs empty store; goal ≤ 1.5)`,
      value: Math.round(row.cliList),
      unit: 'ms',
      baseline: Math.round(empty.cliList),
      ratio: row.cliList / empty.cliList,
    },
    {
      name: `${at} \`swarm messages count\`, fresh process (vs empty store; goal ≤ 1.5)`,
      value: Math.round(row.cliCount),
      unit: 'ms',
      baseline: Math.round(empty.cliCount),
      ratio: row.cliCount / empty.cliCount,
    },
    { name: `${at} export`, value: Math.round(row.exportMs), unit: 'ms' },
    {
      name: `${at} export peak RSS`,
      value: Math.round(row.exportMb),
      unit: 'MB',
      baseline: Math.round(empty.exportMb),
    },
    {
      name: `${at} server msgs/s (vs empty store)`,
      value: Math.round(row.rps),
      unit: 'msg/s',
      baseline: Math.round(row.emptyRps),
      ratio: row.rps / row.emptyRps,
    },
    {
      name: `${at} server p99 (vs the empty store's rounds paired with these)`,
      value: row.p99,
      unit: 'ms',
      baseline: row.emptyP99,
      ratio: row.p99 / row.emptyP99,
    },
  ];
  if (row.size > 0) list.splice(2, 0, { name: `${at} bytes per message`, value: Math.round(row.bytes), unit: 'B' });
  return list;
}

function printCurve(rows: Row[], fillMs: number): void {
  const header = [
    'stored',
    'list 50 ms',
    'count ms',
    'CLI list ms',
    'CLI count ms',
    'B/msg',
    'export s',
    'export MB',
    'msgs/s',
    'p99 ms',
    'empty msgs/s',
    'empty p99',
  ];
  const lines = rows.map((r) => [
    String(r.size),
    r.list50.toFixed(2),
    r.count.toFixed(2),
    String(Math.round(r.cliList)),
    String(Math.round(r.cliCount)),
    r.size === 0 ? '' : String(Math.round(r.bytes)),
    (r.exportMs / 1000).toFixed(2),
    r.exportMb.toFixed(0),
    String(Math.round(r.rps)),
    String(r.p99),
    String(Math.round(r.emptyRps)),
    String(r.emptyP99),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.error(`scale curve (filled through the group commit in ${(fillMs / 1000).toFixed(1)} s):`);
  console.error(format(header));
  for (const line of lines) console.error(format(line));
}

function label(size: number): string {
  return size >= 1_000_000 ? `${size / 1_000_000}M` : size >= 1000 ? `${Math.round(size / 1000)}k` : String(size);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
