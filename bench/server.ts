// Verified, durably stored messages per second through the agent server (Express, HTTP on loopback as behind
// its TLS proxy), measured with autocannon (10 connections, every request a unique signed message), next to two
// baselines in the same run, each server in its own process:
// - `bare`: a plain node:http server doing the same verify-and-store with the same store (what Express costs);
// - `floor`: the least any server must do per message here: parse, hash the signed fields, verify Ed25519,
//   insert one row and fsync before answering, with none of the protocol's checks (what this machine allows).
// The modes take turns for several rounds, so that the machine's drift falls on all of them alike; each run
// starts with a warm-up (JIT, page cache) that is not measured, and the medians are reported.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import type { Message } from '../generated/types.js';
import type { MessageDraft } from '../src/core/envelope.js';
import { encodePublicKey, generateSeed, type KeyPair, keyPairFromSeed } from '../src/core/keys.js';
import { signMessage } from '../src/core/signature.js';
import { Store } from '../src/state/store.js';
import { tempDir } from '../test/helpers/tmp.js';
import type { BenchFigure } from './state.js';

export const SWARM_ID = '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f';
const SENDERS = 20;
const CONNECTIONS = 10;
const WARMUP_S = 1;
const DURATION_S = Number(process.env.BENCH_SERVER_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_SERVER_ROUNDS ?? 3);
const MESSAGES = 40_000;

export type Mode = 'express' | 'bare' | 'floor';

export interface Run {
  rps: number;
  p50: number;
  p99: number;
  /** Answered 200, warm-up included. */
  ok: number;
  /** Answered anything else, warm-up included: a workload the server refuses measures nothing. */
  refused: number;
  stored: number;
}

export interface Workload {
  seed: Uint8Array;
  senders: { id: string; publicKey: string }[];
  bodies: string[];
}

export interface BenchSender {
  id: string;
  keyPair: KeyPair;
}

/** How a sender makes the i-th message of the workload; `server` is the receiving agent's key pair. */
export type MakeMessage = (i: number, sender: BenchSender, server: KeyPair) => Message;

/** The i-th message of the workload, unsigned: a short broadcast. */
export function benchDraft(i: number, sender: BenchSender): MessageDraft {
  return {
    sender: { agent_id: sender.id, endpoint: `https://${sender.id}.example/swarm` },
    recipient: 'broadcast',
    swarm_id: SWARM_ID,
    type: 'message',
    content: `bench message ${i}`,
  };
}

/** Protocol 0.1.0, as every agent speaks it. */
export const signedV01: MakeMessage = (i, sender) => signMessage(benchDraft(i, sender), sender.keyPair);

/** Signed up front, once: the load generator only sends. Each run has a fresh database, so every body is new. */
export function workload(
  messages = MESSAGES,
  seeds: { self: Uint8Array; senders: Uint8Array[] } = {
    self: generateSeed(),
    senders: Array.from({ length: SENDERS }, () => generateSeed()),
  },
  make: MakeMessage = signedV01,
): Workload {
  const seed = seeds.self;
  const server = keyPairFromSeed(seed);
  const keyPairs = seeds.senders.map((senderSeed, i) => ({
    id: `sender-${i}`,
    keyPair: keyPairFromSeed(senderSeed),
  }));
  const bodies: string[] = [];
  for (let i = 0; i < messages; i++) {
    bodies.push(JSON.stringify(make(i, keyPairs[i % SENDERS]!, server)));
  }
  return {
    seed,
    senders: keyPairs.map((s) => ({ id: s.id, publicKey: encodePublicKey(s.keyPair.publicKey) })),
    bodies,
  };
}

async function load(port: number, bodies: string[], seconds: number, start: number) {
  let next = start;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/swarm/message`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
  });
  return { result, next };
}

/** Runs the server child on an existing database and loads it: warm-up, then the measured seconds. */
export async function loadServer(
  mode: Mode,
  dbPath: string,
  work: Workload,
  seconds = DURATION_S,
): Promise<Omit<Run, 'stored'>> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, 'server-child.ts'),
      mode,
      dbPath,
      Buffer.from(work.seed).toString('hex'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const port = Number(/listening (\d+)/.exec(line)?.[1]);
  const warm = await load(port, work.bodies, WARMUP_S, 0);
  const { result } = await load(port, work.bodies, seconds, warm.next);
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: warm.result['2xx'] + result['2xx'],
    refused: warm.result.non2xx + result.non2xx,
  };
}

export async function measure(mode: Mode, work: Workload): Promise<Run> {
  const dir = tempDir(`swarm-bench-${mode}-`);
  try {
    const self = keyPairFromSeed(work.seed);
    const dbPath = join(dir.path, 'swarm.db');
    const setup = Store.open(dbPath, { agentId: 'bench-agent' });
    setup.swarms.create({
      swarmId: SWARM_ID,
      name: 'bench',
      masterId: 'bench-agent',
      role: 'master',
      members: [
        { agentId: 'bench-agent', endpoint: 'https://127.0.0.1/swarm', publicKey: encodePublicKey(self.publicKey) },
        ...work.senders.map((s) => ({
          agentId: s.id,
          endpoint: `https://${s.id}.example/swarm`,
          publicKey: s.publicKey,
        })),
      ],
    });
    setup.close();
    const run = await loadServer(mode, dbPath, work);
    return { ...run, stored: countStored(mode, dbPath) };
  } finally {
    dir.cleanup();
  }
}

function countStored(mode: Mode, dbPath: string): number {
  if (mode !== 'floor') {
    const check = Store.open(dbPath, { agentId: 'bench-agent' });
    try {
      return check.inbox.count().total;
    } finally {
      check.close();
    }
  }
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM bench_floor').pluck().get() as number;
  } finally {
    db.close();
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export async function benchServer(): Promise<BenchFigure[]> {
  const work = workload();
  const runs: Record<Mode, Run[]> = { floor: [], bare: [], express: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ['floor', 'bare', 'express'] as const) runs[mode].push(await measure(mode, work));
  }
  const of = (mode: Mode, key: 'rps' | 'p50' | 'p99') => median(runs[mode].map((run) => run[key]));
  const rounds = `median of ${ROUNDS}`;
  const figures: BenchFigure[] = [
    {
      name: `server: verified+stored messages/s (Express app, ${rounds}) vs bare node:http`,
      value: Math.round(of('express', 'rps')),
      unit: 'msg/s',
      baseline: Math.round(of('bare', 'rps')),
      ratio: of('express', 'rps') / of('bare', 'rps'),
    },
    {
      name: `server: the same vs the floor (verify+insert+fsync, no protocol checks)`,
      value: Math.round(of('express', 'rps')),
      unit: 'msg/s',
      baseline: Math.round(of('floor', 'rps')),
      ratio: of('express', 'rps') / of('floor', 'rps'),
    },
    {
      name: `server: p50 latency (Express app, ${rounds}) vs bare`,
      value: of('express', 'p50'),
      unit: 'ms',
      baseline: of('bare', 'p50'),
      ratio: of('express', 'p50') / Math.max(of('bare', 'p50'), 0.001),
    },
    {
      name: `server: p99 latency (Express app, ${rounds}) vs bare`,
      value: of('express', 'p99'),
      unit: 'ms',
      baseline: of('bare', 'p99'),
      ratio: of('express', 'p99') / Math.max(of('bare', 'p99'), 0.001),
    },
  ];
  for (const mode of ['express', 'bare', 'floor'] as const) {
    const ok = runs[mode].reduce((sum, run) => sum + run.ok, 0);
    const stored = runs[mode].reduce((sum, run) => sum + run.stored, 0);
    figures.push({
      name: `server: answered 200 and found stored (${mode}, all rounds)`,
      value: stored,
      unit: 'messages',
      baseline: ok,
      ratio: stored / Math.max(ok, 1),
    });
  }
  return figures;
}
