// Verified, durably stored messages per second through the agent server (Express, HTTP on loopback as behind
// its TLS proxy), measured with autocannon (10 connections, every request a unique signed message), next to a
// bare node:http server doing the same verify-and-store in the same run. Each server runs in its own process.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { encodePublicKey, generateSeed, keyPairFromSeed } from '../src/core/keys.js';
import { signMessage } from '../src/core/signature.js';
import { Store } from '../src/state/store.js';
import { tempDir } from '../test/helpers/tmp.js';
import type { BenchFigure } from './state.js';

const SWARM_ID = '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f';
const SENDERS = 20;
const DURATION_S = 6;
const CONNECTIONS = 10;

interface Run {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  stored: number;
}

async function measure(mode: 'express' | 'bare'): Promise<Run> {
  const dir = tempDir(`swarm-bench-${mode}-`);
  try {
    const seed = generateSeed();
    const self = keyPairFromSeed(seed);
    const senders = Array.from({ length: SENDERS }, (_, i) => ({
      id: `sender-${i}`,
      keyPair: keyPairFromSeed(generateSeed()),
    }));
    const dbPath = join(dir.path, 'swarm.db');
    const setup = Store.open(dbPath, { agentId: 'bench-agent' });
    setup.swarms.create({
      swarmId: SWARM_ID,
      name: 'bench',
      masterId: 'bench-agent',
      role: 'master',
      members: [
        { agentId: 'bench-agent', endpoint: 'https://127.0.0.1/swarm', publicKey: encodePublicKey(self.publicKey) },
        ...senders.map((s) => ({
          agentId: s.id,
          endpoint: `https://${s.id}.example/swarm`,
          publicKey: encodePublicKey(s.keyPair.publicKey),
        })),
      ],
    });
    setup.close();
    // Enough unique messages for the whole run, signed up front so the load generator only sends.
    const bodies: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      const s = senders[i % SENDERS]!;
      bodies.push(
        JSON.stringify(
          signMessage(
            {
              sender: { agent_id: s.id, endpoint: `https://${s.id}.example/swarm` },
              recipient: 'broadcast',
              swarm_id: SWARM_ID,
              type: 'message',
              content: `bench message ${i}`,
            },
            s.keyPair,
          ),
        ),
      );
    }
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'server-child.ts'),
        mode,
        dbPath,
        Buffer.from(seed).toString('hex'),
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const port = Number(/listening (\d+)/.exec(line)?.[1]);
    let next = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/swarm/message`,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        },
      ],
    });
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
    const check = Store.open(dbPath, { agentId: 'bench-agent' });
    const stored = check.inbox.count().total;
    check.close();
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      ok: result['2xx'],
      stored,
    };
  } finally {
    dir.cleanup();
  }
}

export async function benchServer(): Promise<BenchFigure[]> {
  const bare = await measure('bare');
  const express = await measure('express');
  return [
    {
      name: 'server: verified+stored messages/s (Express app)',
      value: Math.round(express.rps),
      unit: 'msg/s',
      baseline: Math.round(bare.rps),
      ratio: express.rps / bare.rps,
    },
    {
      name: 'server: p50 latency (Express app)',
      value: express.p50,
      unit: 'ms',
      baseline: bare.p50,
      ratio: express.p50 / Math.max(bare.p50, 0.001),
    },
    {
      name: 'server: p99 latency (Express app)',
      value: express.p99,
      unit: 'ms',
      baseline: bare.p99,
      ratio: express.p99 / Math.max(bare.p99, 0.001),
    },
    {
      name: 'server: answered 200 and found stored (Express app)',
      value: express.stored,
      unit: 'messages',
      baseline: express.ok,
      ratio: express.stored / Math.max(express.ok, 1),
    },
  ];
}
